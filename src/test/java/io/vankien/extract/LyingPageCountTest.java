package io.vankien.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF whose page tree claims 2,147,483,647 pages (/Count) but holds one typed page: its text layer is
 * judged on the pages actually parsed, so it is read as text, not sent whole to OCR as a scan.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LyingPageCountTest {
  private static final String LINE = "Nghi quyet ve xay dung nong thon moi, van ban mau so 01-NQ/TU.";
  @TempDir Path dir;

  @Test
  void aTypedPdfClaimingBillionsOfPagesIsReadAsText() throws Exception {
    Path file = dir.resolve("lying.pdf");
    Files.write(file, withCount(onePagePdf(), "2147483647"));
    // OCR off: judged on its claimed count, the PDF would need OCR and fail; on its one page it is text
    ExtractedText t = new TextExtractor(ExtractionLimits.defaults().withOcr(false)).extract(file);
    assertEquals("tika", t.method());
    assertTrue(t.text().contains("nong thon moi"), t.text());
  }

  @Test
  void thePageCountIsThePagesParsed() throws Exception {
    Path file = dir.resolve("lying.pdf");
    Files.write(file, withCount(onePagePdf(), "2147483647"));
    TikaDocumentParser.Parsed parsed =
        new TikaDocumentParser(ExtractionLimits.defaults()).parseText(file, "application/pdf");
    assertEquals(1, parsed.pages());
  }

  /** One page of typed text (12 lines, well above the per-page threshold), uncompressed so /Count shows. */
  private static byte[] onePagePdf() throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(50, 700);
        for (int i = 0; i < 12; i++) {
          content.showText(LINE);
          content.newLineAtOffset(0, -16);
        }
        content.endText();
      }
      doc.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  /** The PDF with its page tree's /Count replaced (the cross-reference offsets shift; readers repair them). */
  private static byte[] withCount(byte[] pdf, String count) {
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    String patched = s.replace("/Count 1", "/Count " + count);
    assertTrue(!patched.equals(s), "no /Count 1 in the generated PDF");
    return patched.getBytes(StandardCharsets.ISO_8859_1);
  }
}
