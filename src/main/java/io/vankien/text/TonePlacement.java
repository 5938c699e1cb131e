package io.vankien.text;

/**
 * Puts the tone mark of one Vietnamese syllable on the vowel where the traditional orthography puts it, so
 * that "hoà"/"hòa", "khoẻ"/"khỏe", "thuỷ"/"thủy", "uỷ"/"ủy" become one spelling (the canonical one is the
 * style used by most state documents: "hòa", "khỏe", "thủy", "ủy").
 *
 * <p>The syllable is decomposed into onset consonants, a vowel nucleus of one to three vowels and a final
 * consonant; the tone is taken off whatever vowel carries it and re-placed:
 *
 * <ol>
 *   <li>on the (last) vowel with a quality mark when the nucleus has one (ă â ê ô ơ ư: "người", "tiếng");
 *   <li>otherwise on the last vowel when a final consonant follows ("hoàng", "huỳnh");
 *   <li>otherwise on the middle vowel of a three-vowel nucleus ("ngoài", "khuỷu");
 *   <li>otherwise on the first vowel ("hòa", "khỏe", "thủy", "mùa", "bài").
 * </ol>
 *
 * "qu" and "gi" (before another vowel) count as onsets. Anything that is not one syllable with exactly one
 * tone (foreign words, concatenations, digits) is left untouched. Letter case is preserved.
 */
public final class TonePlacement {
  private TonePlacement() {}

  /** Re-places the tone inside {@code buf[off, off+len)} in place; returns true when a character changed. */
  public static boolean apply(char[] buf, int off, int len) {
    if (len == 0 || len > 8) {
      return false;
    }
    int end = off + len;
    int tonePos = -1;
    int tone = VietnameseLetters.NO_TONE;
    for (int i = off; i < end; i++) {
      int t = VietnameseLetters.tone(buf[i]);
      if (t != VietnameseLetters.NO_TONE) {
        if (tonePos >= 0) {
          return false; // two tones: not one syllable
        }
        tonePos = i;
        tone = t;
      }
    }
    if (tonePos < 0) {
      return false;
    }
    if ((tonePos == off || !VietnameseLetters.isVowel(buf[tonePos - 1]))
        && (tonePos + 1 == end || !VietnameseLetters.isVowel(buf[tonePos + 1]))) {
      return false; // the toned vowel is the whole nucleus: nothing to move (most syllables)
    }
    // onset
    int p = off;
    while (p < end && !VietnameseLetters.isVowel(buf[p])) {
      if (!isConsonant(buf[p])) {
        return false;
      }
      p++;
    }
    if (p == end) {
      return false;
    }
    int onsetLen = p - off;
    char first = Character.toLowerCase(buf[off]);
    if (onsetLen == 1 && first == 'q' && Character.toLowerCase(VietnameseLetters.toneless(buf[p])) == 'u') {
      p++;
    } else if (onsetLen == 1
        && first == 'g'
        && Character.toLowerCase(VietnameseLetters.toneless(buf[p])) == 'i'
        && p + 1 < end
        && VietnameseLetters.isVowel(buf[p + 1])) {
      p++;
    }
    int nucleusStart = p;
    while (p < end && VietnameseLetters.isVowel(buf[p])) {
      p++;
    }
    int nucleusLen = p - nucleusStart;
    if (nucleusLen == 0 || nucleusLen > 3 || !isFinal(buf, p, end)) {
      return false;
    }
    boolean hasFinal = p < end;
    int target = -1;
    for (int i = nucleusStart; i < nucleusStart + nucleusLen; i++) {
      if (VietnameseLetters.isMarkedVowel(buf[i])) {
        target = i;
      }
    }
    if (target < 0) {
      if (hasFinal) {
        target = nucleusStart + nucleusLen - 1;
      } else if (nucleusLen == 3) {
        target = nucleusStart + 1;
      } else {
        target = nucleusStart;
      }
    }
    if (target == tonePos) {
      return false;
    }
    buf[tonePos] = VietnameseLetters.toneless(buf[tonePos]);
    buf[target] = VietnameseLetters.withTone(buf[target], tone);
    return true;
  }

  private static boolean isConsonant(char c) {
    char l = Character.toLowerCase(c);
    return (l >= 'b' && l <= 'z' && "eiouy".indexOf(l) < 0) || l == '\u0111';
  }

  /** Valid final consonants: none, c, ch, m, n, ng, nh, p, t. */
  private static boolean isFinal(char[] buf, int from, int end) {
    int n = end - from;
    if (n == 0) {
      return true;
    }
    char a = Character.toLowerCase(buf[from]);
    if (n == 1) {
      return a == 'c' || a == 'm' || a == 'n' || a == 'p' || a == 't';
    }
    if (n == 2) {
      char b = Character.toLowerCase(buf[from + 1]);
      return (a == 'c' && b == 'h') || (a == 'n' && (b == 'g' || b == 'h'));
    }
    return false;
  }
}
