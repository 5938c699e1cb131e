package io.vankien.extract;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Whether a word is a well-formed Vietnamese syllable: onset, vowel nucleus, coda, at most one tone
 * mark. Used to judge which reading of a text (as it is, TCVN3-decoded, VNI-decoded, Windows-1258) is
 * Vietnamese; not a dictionary, so loan words and names may fail it.
 */
final class VietnameseSyllables {
  private static final String ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?";
  private static final String NUCLEUS = "(?:uyê|uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|"
      + "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iê|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|ya|yê|"
      + "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)";
  private static final String CODA = "(?:ng|nh|ch|[cmnpt])?";
  private static final Pattern SYLLABLE = Pattern.compile(ONSET + NUCLEUS + CODA);

  private VietnameseSyllables() {}

  static boolean isSyllable(String word) {
    String decomposed = Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder toneless = new StringBuilder(decomposed.length());
    int tones = 0;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      switch (c) {
        case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> tones++;
        default -> toneless.append(c);
      }
    }
    if (tones > 1) {
      return false;
    }
    String base = Normalizer.normalize(toneless, Normalizer.Form.NFC);
    return SYLLABLE.matcher(base).matches();
  }
}
