package io.vankien.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Text typed in TCVN3 (ABC) fonts and read as Latin-1 ("Céng hoµ x· héi") back to Unicode ("Cộng hoà xã
 * hội"). The table is the resource {@code tcvn3.txt}. Upper-case letters with a tone mark have no code of
 * their own in TCVN3 (a capitals font shows the lower-case code as a capital), so a decoded letter is made
 * upper case when its word is written in capitals ("CéNG" → "CỘNG"), or when the word is a single capital
 * standing between words in capitals ("CéNG HOµ X· HéI" → "CỘNG HOÀ XÃ HỘI").
 */
final class Tcvn3Decoder {
  private static final char[] TABLE = loadTable();

  private Tcvn3Decoder() {}

  /** The Unicode letter for a TCVN3 code, or 0 when the char is not a TCVN3 letter code. */
  static char letterFor(char c) {
    return c < TABLE.length ? TABLE[c] : 0;
  }

  static String decode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean[] decoded = new boolean[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char letter = letterFor(c);
      if (letter != 0) {
        out.append(letter);
        decoded[i] = true;
      } else {
        out.append(c);
      }
    }
    restoreCapitals(out, decoded);
    return out.toString();
  }

  /** Upper-cases decoded letters inside words written in capitals (one output char per input char). */
  private static void restoreCapitals(StringBuilder s, boolean[] decoded) {
    int n = s.length();
    int[] wordCase = new int[n]; // per char: case class of its word, 0 none, 1 capitals, 2 lower/mixed, 3 single capital
    int start = 0;
    while (start < n) {
      while (start < n && !Character.isLetter(s.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < n && Character.isLetter(s.charAt(end))) {
        end++;
      }
      if (start >= n) {
        break;
      }
      int upper = 0;
      int lower = 0;
      for (int i = start; i < end; i++) {
        char c = s.charAt(i);
        if (decoded[i] && Character.isLowerCase(c)) {
          continue; // its case is what we are trying to find
        }
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (Character.isLowerCase(c)) {
          lower++;
        }
      }
      int cls = lower > 0 ? 2 : upper >= 2 ? 1 : upper == 1 ? 3 : 0;
      for (int i = start; i < end; i++) {
        wordCase[i] = cls;
      }
      start = end;
    }
    for (int i = 0; i < n; i++) {
      if (!decoded[i] || !Character.isLowerCase(s.charAt(i))) {
        continue;
      }
      boolean capitals = wordCase[i] == 1
          || (wordCase[i] == 3 && (neighbourWordCase(s, wordCase, i, -1) == 1
              || neighbourWordCase(s, wordCase, i, +1) == 1));
      if (capitals) {
        s.setCharAt(i, Character.toUpperCase(s.charAt(i)));
      }
    }
  }

  /** Case class of the previous (dir -1) or next (dir +1) word on the same line, 0 when none. */
  private static int neighbourWordCase(CharSequence s, int[] wordCase, int i, int dir) {
    int j = i;
    while (j >= 0 && j < s.length() && Character.isLetter(s.charAt(j))) {
      j += dir;
    }
    while (j >= 0 && j < s.length() && !Character.isLetter(s.charAt(j))) {
      if (s.charAt(j) == '\n') {
        return 0;
      }
      j += dir;
    }
    return j >= 0 && j < s.length() ? wordCase[j] : 0;
  }

  private static char[] loadTable() {
    char[] table = new char[256];
    try (InputStream in = Tcvn3Decoder.class.getResourceAsStream("tcvn3.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource io/vankien/extract/tcvn3.txt missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.trim().split("\\s+");
        table[Integer.parseInt(parts[0], 16)] = parts[1].charAt(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}
