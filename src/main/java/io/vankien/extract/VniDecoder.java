package io.vankien.extract;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text typed in VNI fonts (VNI-Times ...) and read as Windows-1252 ("Coäng hoøa xaõ hoäi") back to
 * Unicode ("Cộng hòa xã hội"). VNI writes a vowel as its base letter followed by one code for the marks
 * (tone, or breve/circumflex plus tone); a few letters have a code of their own (ơ ư đ and the i's, ỵ).
 * Upper-case marks are the lower-case codes minus 0x20, so the tables below list lower case only.
 */
final class VniDecoder {
  private static final char ACUTE = '\u0301';
  private static final char GRAVE = '\u0300';
  private static final char HOOK = '\u0309';
  private static final char TILDE = '\u0303';
  private static final char DOT = '\u0323';
  private static final char BREVE = '\u0306';
  private static final char CIRCUMFLEX = '\u0302';

  /** Mark code after a vowel → the combining marks it stands for (vowel mark first, then tone). */
  private static final Map<Character, String> MARKS = Map.ofEntries(
      Map.entry('ù', "" + ACUTE), Map.entry('ø', "" + GRAVE), Map.entry('û', "" + HOOK),
      Map.entry('õ', "" + TILDE), Map.entry('ï', "" + DOT),
      Map.entry('ê', "" + BREVE), Map.entry('é', "" + BREVE + ACUTE), Map.entry('è', "" + BREVE + GRAVE),
      Map.entry('ú', "" + BREVE + HOOK), Map.entry('ü', "" + BREVE + TILDE), Map.entry('ë', "" + BREVE + DOT),
      Map.entry('â', "" + CIRCUMFLEX), Map.entry('á', "" + CIRCUMFLEX + ACUTE),
      Map.entry('à', "" + CIRCUMFLEX + GRAVE), Map.entry('å', "" + CIRCUMFLEX + HOOK),
      Map.entry('ã', "" + CIRCUMFLEX + TILDE), Map.entry('ä', "" + CIRCUMFLEX + DOT));

  /** Letters with a code of their own. */
  private static final Map<Character, Character> SINGLE = Map.of(
      'ô', 'ơ', 'ö', 'ư', 'ñ', 'đ', 'í', 'í', 'ì', 'ì', 'æ', 'ỉ', 'ó', 'ĩ', 'ò', 'ị', 'î', 'ỵ');

  private VniDecoder() {}

  static String decode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char base = baseLetter(c);
      if (base != 0 && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        String marks = MARKS.get(Character.toLowerCase(next));
        if (marks != null && allowed(base, marks)) {
          out.append(Normalizer.normalize(base + marks, Normalizer.Form.NFC));
          i += 2;
          continue;
        }
      }
      out.append(base != 0 ? base : c);
      i++;
    }
    return out.toString();
  }

  /** The Unicode letter a char stands for when it can carry a VNI mark code, else 0 (or the single letter). */
  private static char baseLetter(char c) {
    char lower = Character.toLowerCase(c);
    Character single = SINGLE.get(lower);
    char letter;
    if (single != null) {
      letter = single;
    } else if ("aeouy".indexOf(lower) >= 0) {
      letter = lower;
    } else {
      return 0;
    }
    return Character.isUpperCase(c) ? Character.toUpperCase(letter) : letter;
  }

  /** Whether a vowel takes these marks in Vietnamese: breve on a only, circumflex on a e o only. */
  private static boolean allowed(char base, String marks) {
    char b = Character.toLowerCase(base);
    if (marks.charAt(0) == BREVE) {
      return b == 'a';
    }
    if (marks.charAt(0) == CIRCUMFLEX) {
      return b == 'a' || b == 'e' || b == 'o';
    }
    return "aeouyơư".indexOf(b) >= 0;
  }
}
