package io.vankien.extract;

import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML events, ending a line after every paragraph, heading, list item,
 * table cell and table row, so that a two-column header table ("TỈNH ỦY HÀ NAM | ĐẢNG CỘNG SẢN VIỆT
 * NAM") comes out one cell per line, left cell first, instead of the cells run together. Throws once more
 * than {@code maxChars} characters were collected.
 */
final class LinePerBlockHandler extends DefaultHandler {
  private static final Set<String> LINE_ENDING = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "tr", "table",
      "br", "pre", "blockquote", "title", "section", "header", "footer", "address");

  /** Thrown when the text outgrows the limit. */
  static final class TooMuchText extends SAXException {
    TooMuchText(String message) {
      super(message);
    }
  }

  private final StringBuilder text = new StringBuilder();
  private final int maxChars;
  /** Non-blank characters of each {@code <div class="page">} (Tika's PDF pages), in order. */
  private final java.util.List<Integer> pageChars = new java.util.ArrayList<>();
  private int divDepth;
  private int pageDivDepth = -1;
  private int pageStart;

  /** HTML's source line breaks are white space, not line ends (outside {@code <pre>}). */
  private final boolean htmlWhitespace;
  private int preDepth;

  LinePerBlockHandler(int maxChars) {
    this(maxChars, false);
  }

  /**
   * @param htmlWhitespace the source is HTML: a line break inside a paragraph's text is a space there (pandoc
   *     and editors wrap the source at 72 columns), so it is written as one
   */
  LinePerBlockHandler(int maxChars, boolean htmlWhitespace) {
    this.maxChars = maxChars;
    this.htmlWhitespace = htmlWhitespace;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    String name = localName.isEmpty() ? qName : localName;
    if ("td".equals(name) || "th".equals(name) || "li".equals(name)) {
      endLine();
    }
    if ("pre".equals(name)) {
      preDepth++;
    }
    if ("div".equals(name)) {
      divDepth++;
      if (pageDivDepth < 0 && "page".equals(atts.getValue("class"))) {
        pageDivDepth = divDepth;
        pageStart = text.length();
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = localName.isEmpty() ? qName : localName;
    if (LINE_ENDING.contains(name)) {
      endLine();
    }
    if ("pre".equals(name) && preDepth > 0) {
      preDepth--;
    }
    if ("div".equals(name)) {
      if (divDepth == pageDivDepth) {
        int nonBlank = 0;
        for (int i = Math.min(pageStart, text.length()); i < text.length(); i++) {
          nonBlank += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
        }
        pageChars.add(nonBlank);
        pageDivDepth = -1;
      }
      divDepth--;
    }
  }

  /** Non-blank characters per page, for formats Tika splits into pages (PDF); empty otherwise. */
  java.util.List<Integer> pageChars() {
    return java.util.List.copyOf(pageChars);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (htmlWhitespace && preDepth == 0) {
      for (int i = start; i < start + length; i++) {
        if (ch[i] == '\n' || ch[i] == '\r') {
          char[] copy = java.util.Arrays.copyOfRange(ch, start, start + length);
          for (int k = 0; k < copy.length; k++) {
            copy[k] = copy[k] == '\n' || copy[k] == '\r' ? ' ' : copy[k];
          }
          append(copy, 0, copy.length);
          return;
        }
      }
    }
    append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    // Tika's own layout newlines (after a paragraph, a PDF line): one line end, never an empty line
    for (int i = start; i < start + length; i++) {
      if (ch[i] == '\n') {
        endLine();
      } else {
        append(ch, i, 1);
      }
    }
  }

  private void append(char[] ch, int start, int length) throws SAXException {
    if (text.length() + length > maxChars) {
      throw new TooMuchText("more than " + maxChars + " characters of text");
    }
    text.append(ch, start, length);
  }

  /** Ends the current line; a line of white space only (Tika's indentation tabs) is dropped instead. */
  private void endLine() {
    int lineStart = text.lastIndexOf("\n") + 1;
    boolean blank = true;
    for (int i = lineStart; i < text.length() && blank; i++) {
      blank = Character.isWhitespace(text.charAt(i));
    }
    if (blank) {
      text.setLength(lineStart);
    } else {
      text.append('\n');
    }
  }

  /** The text with trailing blanks removed from lines and at most one empty line in a row. */
  String text() {
    String[] lines = text.toString().split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    int blanks = 0;
    for (String line : lines) {
      String stripped = line.stripTrailing();
      if (stripped.isBlank()) {
        blanks++;
        if (blanks > 1 || out.isEmpty()) {
          continue;
        }
        out.append('\n');
      } else {
        blanks = 0;
        out.append(stripped).append('\n');
      }
    }
    return out.toString().strip();
  }
}
