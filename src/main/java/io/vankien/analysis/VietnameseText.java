package io.vankien.analysis;

import java.text.Normalizer;

/** String-level Vietnamese helpers shared by analysis and by callers that need the same normal forms. */
public final class VietnameseText {
  private VietnameseText() {}

  /** NFC, "Ð" to "Đ", invisible characters removed. PLACEHOLDER: tone placement not yet unified. */
  public static String normalize(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
    return n.replaceAll("[\\u200B-\\u200D\\uFEFF]", "").replace('\u00A0', ' ');
  }

  /** Lower case with tones and vowel marks removed, đ to d: "Đảng bộ" to "dang bo". */
  public static String fold(String s) {
    String d = Normalizer.normalize(normalize(s).toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}+", "").replace('đ', 'd');
  }
}
