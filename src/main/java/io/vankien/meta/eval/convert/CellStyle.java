package io.vankien.meta.eval.convert;

/**
 * How a typist puts several lines in one table cell or title block, both common in real Word files: one
 * paragraph per line (Enter), or one paragraph with soft line breaks (Shift+Enter, which pandoc writes as
 * a trailing backslash and HTML as {@code <br>}).
 */
public enum CellStyle {
  PARAGRAPHS("p"),
  LINE_BREAKS("br");

  private final String id;

  CellStyle(String id) {
    this.id = id;
  }

  /** The short name used in folder names and tables: "p", "br". */
  public String id() {
    return id;
  }

  /** The style of a short name. */
  public static CellStyle of(String id) {
    for (CellStyle s : values()) {
      if (s.id.equals(id) || s.name().equalsIgnoreCase(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no cell style \"" + id + "\" (p or br)");
  }
}
