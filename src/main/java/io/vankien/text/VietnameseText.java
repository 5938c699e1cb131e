package io.vankien.text;

import java.text.Normalizer;

/**
 * String-level Vietnamese helpers giving the same normal forms as the analysis chain, for callers outside
 * Lucene (metadata, display, keyword fields).
 */
public final class VietnameseText {
  private VietnameseText() {}

  /**
   * NFC, "Ð"/"ð" to "Đ"/"đ", zero-width characters and soft hyphens removed, no-break space as space, and
   * the tone mark of each word placed by the canonical rule ("Hoà" to "Hòa", "Uỷ ban" to "Ủy ban"). Letter
   * case is kept.
   */
  public static String normalize(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    char[] b = new char[n.length()];
    int len = 0;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (VietnameseLetters.isInvisible(c)) {
        continue;
      }
      if (c == '\u00D0') {
        c = '\u0110';
      } else if (c == '\u00F0') {
        c = '\u0111';
      } else if (c == '\u00A0') {
        c = ' ';
      }
      b[len++] = c;
    }
    int i = 0;
    while (i < len) {
      if (CharClass.of(b[i]) != CharClass.LETTER) {
        i++;
        continue;
      }
      int start = i;
      while (i < len && CharClass.of(b[i]) == CharClass.LETTER) {
        i++;
      }
      TonePlacement.apply(b, start, i - start);
    }
    return new String(b, 0, len);
  }

  /** One term as the analysis chain indexes it: {@link #normalize(String)} and lower case. */
  public static String normalizeTerm(String s) {
    char[] b = Normalizer.normalize(s, Normalizer.Form.NFC).toCharArray();
    return new String(b, 0, TermNormalizer.normalizeComposed(b, b.length));
  }

  /** Lower case with tones and vowel marks removed, đ to d: "Đảng bộ" to "dang bo". */
  public static String fold(String s) {
    char[] b = normalize(s).toLowerCase(java.util.Locale.ROOT).toCharArray();
    for (int i = 0; i < b.length; i++) {
      b[i] = VietnameseLetters.fold(b[i]);
    }
    return new String(b);
  }

  /** True when {@code s} has a letter that folding changes (a tone, a vowel mark or đ). */
  public static boolean hasDiacritics(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (VietnameseLetters.fold(c) != c) {
        return true;
      }
    }
    return false;
  }
}
