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
 * upper case when its word is written in capitals ("CéNG" → "CỘNG") or its whole line is ("TØNH ñY Hµ NAM" →
 * "TỈNH ỦY HÀ NAM"); a lone capital in a mixed-case line keeps a lower-case letter ("Uû ban" → "Uỷ ban").
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

  /**
   * Upper-cases decoded letters in words written in capitals (two or more capitals, no lower-case letter,
   * not counting the decoded letters whose case is unknown) and in lines written in capitals.
   */
  private static void restoreCapitals(StringBuilder s, boolean[] decoded) {
    int n = s.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = indexOf(s, '\n', lineStart);
      boolean capitalsLine = writtenInCapitals(s, decoded, lineStart, lineEnd);
      int start = lineStart;
      while (start < lineEnd) {
        while (start < lineEnd && !Character.isLetter(s.charAt(start))) {
          start++;
        }
        int end = start;
        while (end < lineEnd && Character.isLetter(s.charAt(end))) {
          end++;
        }
        if (capitalsLine || writtenInCapitals(s, decoded, start, end)) {
          for (int i = start; i < end; i++) {
            if (decoded[i]) {
              s.setCharAt(i, Character.toUpperCase(s.charAt(i)));
            }
          }
        }
        start = end;
      }
      lineStart = lineEnd + 1;
    }
  }

  private static int indexOf(CharSequence s, char c, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return s.length();
  }

  /** Two or more capitals and no lower-case letter in [start, end), decoded letters not counted. */
  private static boolean writtenInCapitals(CharSequence s, boolean[] decoded, int start, int end) {
    int upper = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (decoded[i] && Character.isLowerCase(c)) {
        continue; // its case is what we are trying to find
      }
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
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
