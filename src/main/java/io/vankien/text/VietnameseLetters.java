package io.vankien.text;

import java.text.Normalizer;

/**
 * Per-character tables for Vietnamese letters: which tone a precomposed vowel carries, the vowel without its
 * tone, the same vowel with another tone, and the fully folded ASCII letter. Built once from the Unicode
 * decompositions, so that the hot paths of the analysis chain are array look-ups.
 *
 * <p>Tones are numbered {@link #NO_TONE} (ngang), {@link #GRAVE} (huyền), {@link #ACUTE} (sắc), {@link #HOOK}
 * (hỏi), {@link #TILDE} (ngã), {@link #DOT} (nặng). Vowel quality marks (ă â ê ô ơ ư) are not tones.
 */
public final class VietnameseLetters {
  public static final int NO_TONE = 0;
  public static final int GRAVE = 1;
  public static final int ACUTE = 2;
  public static final int HOOK = 3;
  public static final int TILDE = 4;
  public static final int DOT = 5;

  /** Characters above this bound are never Vietnamese letters with marks. */
  public static final int TABLE_SIZE = 0x1F00;

  private static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  /** Tone of a precomposed Vietnamese vowel (0 when none or not a vowel). */
  private static final byte[] TONE = new byte[TABLE_SIZE];
  /** The letter with its tone removed (quality marks kept); identity for other characters. */
  private static final char[] TONELESS = new char[TABLE_SIZE];
  /** The letter with every mark removed and đ to d; identity for other characters. */
  private static final char[] FOLDED = new char[TABLE_SIZE];
  /** For a toneless vowel v and tone t: WITH_TONE[v * 6 + t]; 0 when no such character. */
  private static final char[] WITH_TONE = new char[0x1B2 * 6];
  /** 1 for vowels (a ă â e ê i o ô ơ u ư y, any tone, any case). */
  private static final boolean[] VOWEL = new boolean[TABLE_SIZE];
  /** 1 for vowels carrying a quality mark (ă â ê ô ơ ư, any tone, any case). */
  private static final boolean[] MARKED_VOWEL = new boolean[TABLE_SIZE];
  /** Lower case (Character.toLowerCase) of each character below TABLE_SIZE. */
  private static final char[] LOWER = new char[TABLE_SIZE];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      TONELESS[c] = (char) c;
      FOLDED[c] = (char) c;
      int lower = Character.toLowerCase(c);
      LOWER[c] = lower < 0x10000 ? (char) lower : (char) c;
    }
    String vowels = "aeiouyAEIOUY";
    for (int c = 0; c < TABLE_SIZE; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
      if (d.isEmpty() || vowels.indexOf(d.charAt(0)) < 0 && d.charAt(0) != 'd' && d.charAt(0) != 'D') {
        continue;
      }
      char base = d.charAt(0);
      int tone = NO_TONE;
      StringBuilder quality = new StringBuilder();
      boolean foreign = false;
      for (int i = 1; i < d.length(); i++) {
        char m = d.charAt(i);
        int t = toneOfMark(m);
        if (t > 0 && tone == NO_TONE) {
          tone = t;
        } else if ((m == '\u0302' || m == '\u0306' || m == '\u031B') && quality.isEmpty()) {
          quality.append(m);
        } else {
          foreign = true;
        }
      }
      if (foreign || base == 'd' || base == 'D') {
        continue;
      }
      char toneless = Normalizer.normalize(base + quality.toString(), Normalizer.Form.NFC).charAt(0);
      if (toneless >= 0x1B2) {
        continue;
      }
      VOWEL[c] = true;
      MARKED_VOWEL[c] = !quality.isEmpty();
      TONE[c] = (byte) tone;
      TONELESS[c] = toneless;
      FOLDED[c] = base;
      WITH_TONE[toneless * 6 + tone] = (char) c;
    }
    FOLDED['\u0110'] = 'D';
    FOLDED['\u0111'] = 'd';
    FOLDED['\u00D0'] = 'D';
    FOLDED['\u00F0'] = 'd';
  }

  private VietnameseLetters() {}

  private static int toneOfMark(char m) {
    for (int t = 1; t < TONE_MARKS.length; t++) {
      if (TONE_MARKS[t] == m) {
        return t;
      }
    }
    return NO_TONE;
  }

  public static int tone(char c) {
    return c < TABLE_SIZE ? TONE[c] : NO_TONE;
  }

  public static char toneless(char c) {
    return c < TABLE_SIZE ? TONELESS[c] : c;
  }

  /** Lower case of c (one char to one char). */
  public static char lower(char c) {
    return c < TABLE_SIZE ? LOWER[c] : Character.toLowerCase(c);
  }

  public static char fold(char c) {
    return c < TABLE_SIZE ? FOLDED[c] : c;
  }

  public static boolean isVowel(char c) {
    return c < TABLE_SIZE && VOWEL[c];
  }

  public static boolean isMarkedVowel(char c) {
    return c < TABLE_SIZE && MARKED_VOWEL[c];
  }

  /** The toneless vowel {@code v} with tone {@code tone}; {@code v} itself when no such letter exists. */
  public static char withTone(char v, int tone) {
    if (v >= 0x1B2) {
      return v;
    }
    char c = WITH_TONE[v * 6 + tone];
    return c == 0 ? v : c;
  }

  /** True for the combining marks that NFC would fold into a preceding letter (U+0300..U+036F). */
  public static boolean isCombiningMark(char c) {
    return c >= '\u0300' && c <= '\u036F';
  }

  /** Characters that are dropped from terms: zero-width space/joiners, BOM, soft hyphen. */
  public static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\uFEFF' || c == '\u00AD';
  }
}
