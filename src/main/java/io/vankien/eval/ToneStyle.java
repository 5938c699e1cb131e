package io.vankien.eval;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites text in the other tone-mark style, to test that both styles search alike: in open syllables
 * ending in oa, oe or uy the old style marks the second vowel ("hoà", "khoẻ", "thuỷ"), the new style the
 * first ("hòa", "khỏe", "thủy"). Syllables with a final consonant are the same in both styles.
 */
public final class ToneStyle {
  private ToneStyle() {}

  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");

  /** The text with every oa/oe/uy open syllable's tone mark moved to the other vowel. */
  public static String swap(String text) {
    Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFD));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(swapWord(m.group())));
    }
    m.appendTail(sb);
    return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
  }

  private static String swapWord(String nfd) {
    // split into base letters, each with its marks
    StringBuilder base = new StringBuilder();
    java.util.List<StringBuilder> marks = new java.util.ArrayList<>();
    for (char c : nfd.toCharArray()) {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        if (!marks.isEmpty()) {
          marks.get(marks.size() - 1).append(c);
        }
      } else {
        base.append(c);
        marks.add(new StringBuilder());
      }
    }
    int n = base.length();
    if (n < 2) {
      return nfd;
    }
    String last2 = base.substring(n - 2).toLowerCase(java.util.Locale.ROOT);
    boolean nucleus = last2.equals("oa") || last2.equals("oe") || last2.equals("uy");
    if (!nucleus || (last2.equals("uy") && n >= 3 && Character.toLowerCase(base.charAt(n - 3)) == 'q')) {
      return nfd;
    }
    StringBuilder first = marks.get(n - 2);
    StringBuilder second = marks.get(n - 1);
    if (!first.isEmpty() && !onlyTone(first) || !second.isEmpty() && !onlyTone(second)) {
      return nfd; // vowel marks other than tone (e.g. ô): not this rule
    }
    StringBuilder tmp = new StringBuilder(first);
    first.setLength(0);
    first.append(second);
    second.setLength(0);
    second.append(tmp);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(base.charAt(i)).append(marks.get(i));
    }
    return out.toString();
  }

  private static boolean onlyTone(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (TONES.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
