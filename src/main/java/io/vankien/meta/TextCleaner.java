package io.vankien.meta;

/** Converted text (markdown, footnote markup, escapes) to clean display text. PLACEHOLDER (foundation). */
public final class TextCleaner {
  private TextCleaner() {}

  public static String clean(String raw) {
    return raw;
  }
}
