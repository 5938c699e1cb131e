package io.vankien.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A PDF's text layer read with PDFBox in reading order ({@link ReadingOrderStripper}): one line per line
 * of text, no blank lines (as Tika's text of the other formats reads through {@link LinePerBlockHandler}),
 * and the non-blank characters of each page. Tika's PDF parser takes no stripper of one's own, so the text
 * layer is read here; OCR still goes through Tika.
 */
final class PdfTextLayer {
  /** The text and the non-blank characters of each page with content. */
  record Read(String text, List<Integer> pageChars) {}

  private PdfTextLayer() {}

  /**
   * Reads the text layer of {@code file}.
   *
   * @throws LinePerBlockHandler.TooMuchText (wrapped in an IOException) past {@code maxChars} characters
   * @throws IOException when PDFBox cannot read the file (an InvalidPasswordException when it is encrypted)
   */
  static Read read(Path file, int maxChars) throws IOException {
    BoundedText out = new BoundedText(maxChars);
    List<Integer> pageChars = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      ReadingOrderStripper stripper = new ReadingOrderStripper() {
        private int pageStart;

        @Override
        public void processPage(PDPage page) throws IOException {
          pageStart = out.length();
          super.processPage(page);
          pageChars.add(out.nonBlankSince(pageStart));
        }
      };
      stripper.writeText(doc, out);
    }
    return new Read(withoutBlankLines(out.toString()), List.copyOf(pageChars));
  }

  private static String withoutBlankLines(String text) {
    StringBuilder result = new StringBuilder(text.length());
    for (String line : text.split("\n")) {
      if (!blank(line)) {
        result.append(line.stripTrailing()).append('\n');
      }
    }
    return result.toString().strip();
  }

  /** White space only, no-break spaces included (an empty paragraph LibreOffice writes as one). */
  private static boolean blank(String line) {
    return line.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** Collects the text; fails once it outgrows the limit. */
  private static final class BoundedText extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final int maxChars;

    BoundedText(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (text.length() + length > maxChars) {
        throw new IOException(new LinePerBlockHandler.TooMuchText("more than " + maxChars + " characters of text"));
      }
      text.append(chars, offset, length);
    }

    int length() {
      return text.length();
    }

    int nonBlankSince(int start) {
      int n = 0;
      for (int i = start; i < text.length(); i++) {
        n += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
      }
      return n;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
