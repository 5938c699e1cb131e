package io.vankien.extract;

import static io.vankien.extract.TestDocuments.FONT;
import static io.vankien.extract.TestDocuments.fontAvailable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text layer of PDFs drawn the way Word and LibreOffice draw them (sample lines written for the test): a
 * borderless two-column table drawn cell by cell, and letters a font lacks drawn after their line from a
 * fallback font.
 */
class PdfTextLayerTest {
  @TempDir Path dir;

  private static final float SIZE = 12;
  private static final float LEFT = 60;
  private static final float RIGHT = 320;

  @BeforeEach
  void font() {
    assumeTrue(fontAvailable(), "no " + FONT + " (Debian package fonts-dejavu-core)");
  }

  /** One glyph run: text at (x, y). */
  private record Run(String text, float x, float y) {}

  private Path pdf(String name, List<Run> runs) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType0Font font = PDType0Font.load(doc, FONT.toFile());
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        for (Run run : runs) {
          content.beginText();
          content.setFont(font, SIZE);
          content.newLineAtOffset(run.x(), run.y());
          content.showText(run.text());
          content.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static float width(String text) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      return PDType0Font.load(doc, FONT.toFile()).getStringWidth(text) / 1000 * SIZE;
    }
  }

  @Test
  void aTableDrawnCellByCellReadsLeftCellThenRightCell() throws Exception {
    // the signature table of a sample letter: recipients in the left cell, the signature in the right one,
    // their lines at the same heights; position order would read "- Như trên; KT. CHỦ TỊCH"
    Path file = pdf("table.pdf", List.of(
        new Run("Nơi nhận:", LEFT, 700), new Run("- Như trên;", LEFT, 684), new Run("- Lưu: VT.", LEFT, 668),
        new Run("KT. CHỦ TỊCH", RIGHT, 700), new Run("PHÓ CHỦ TỊCH", RIGHT, 684), new Run("Trần Văn Mẫu", RIGHT, 636),
        new Run("Đoạn văn sau bảng.", LEFT, 600)));
    assertEquals("""
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Trần Văn Mẫu
        Đoạn văn sau bảng.""", PdfTextLayer.read(file, 10_000).text());
  }

  @Test
  void lettersDrawnAfterTheirLineGoBackIntoTheirWords() throws Exception {
    // "TỈNH ỦY MẪU" drawn as LibreOffice draws it in a font without Ỉ and Ủ: the line with gaps, then the two
    // letters from the fallback font at their places
    float t = width("T");
    float i = width("Ỉ");
    float nh = width("NH ");
    float u = width("Ủ");
    Path file = pdf("fallback.pdf", List.of(
        new Run("T", LEFT, 700), new Run("NH ", LEFT + t + i, 700), new Run("Y MẪU", LEFT + t + i + nh + u, 700),
        new Run("Ỉ", LEFT + t, 700), new Run("Ủ", LEFT + t + i + nh, 700),
        new Run("Dòng thứ hai.", LEFT, 684)));
    assertEquals("TỈNH ỦY MẪU\nDòng thứ hai.", PdfTextLayer.read(file, 10_000).text());
  }

  @Test
  void countsTheNonBlankCharactersOfEachPage() throws Exception {
    Path file = pdf("one-page.pdf", List.of(new Run("Số 12-NQ/TU", LEFT, 700)));
    assertEquals(List.of(10), PdfTextLayer.read(file, 10_000).pageChars());
  }

  @Test
  void failsPastTheCharacterLimit() throws Exception {
    Path file = pdf("long.pdf", List.of(new Run("Nghị quyết về xây dựng nông thôn mới", LEFT, 700)));
    IOException e = assertThrows(IOException.class, () -> PdfTextLayer.read(file, 10));
    assertTrue(e.getCause() instanceof LinePerBlockHandler.TooMuchText, String.valueOf(e.getCause()));
  }
}
