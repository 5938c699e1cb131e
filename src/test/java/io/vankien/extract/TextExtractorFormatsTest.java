package io.vankien.extract;

import static io.vankien.extract.TestDocuments.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every non-OCR format, generated with Vietnamese text, read back through TextExtractor. */
class TextExtractorFormatsTest {
  private static final TextExtractor EXTRACTOR = new TextExtractor();

  @TempDir Path dir;

  private static List<String> lines(ExtractedText extracted) {
    return Arrays.stream(extracted.text().split("\n")).map(String::strip).toList();
  }

  /** Each cell of the header table on its own line, left before right, first row before second. */
  private static void assertHeaderTableInReadingOrder(ExtractedText extracted) {
    List<String> lines = lines(extracted);
    int issuer = lines.indexOf(ISSUER);
    int motto = lines.indexOf(MOTTO);
    int number = lines.indexOf(NUMBER);
    int date = lines.indexOf(PLACE_DATE);
    assertTrue(issuer >= 0 && motto >= 0 && number >= 0 && date >= 0,
        "every header cell should be a line of its own, got:\n" + extracted.text());
    assertTrue(motto == issuer + 1 && number == motto + 1 && date == number + 1,
        "header cells should be consecutive lines, left to right, row by row:\n" + extracted.text());
  }

  @Test
  void docxHeaderAndSignatureTablesComeOutOneCellPerLine() throws Exception {
    ExtractedText extracted = EXTRACTOR.extract(docx(dir.resolve("nghi-quyet.docx")));
    assertEquals("tika", extracted.method());
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", extracted.mediaType());
    assertHeaderTableInReadingOrder(extracted);
    List<String> lines = lines(extracted);
    assertTrue(lines.contains(BODY), extracted.text());
    int role = lines.indexOf(SIGNER_ROLE);
    assertTrue(role >= 0 && lines.indexOf(SIGNER) == role + 1, "signer below the role:\n" + extracted.text());
    assertTrue(lines.contains(RECIPIENTS), extracted.text());
    assertEquals(List.of(), extracted.notes());
  }

  /** A Word file typed in .VnTime (TCVN3) or VNI-Times: Tika gives mojibake, the extractor repairs it. */
  @Test
  void legacyFontWordFilesAreRepaired() throws Exception {
    for (String encoding : List.of("TCVN3", "VNI")) {
      Path file = dir.resolve(encoding + ".docx");
      try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
          java.io.OutputStream out = Files.newOutputStream(file)) {
        for (String line : List.of(ISSUER, MOTTO, BODY)) {
          String legacy = encoding.equals("TCVN3") ? LegacyEncoders.toTcvn3(line) : LegacyEncoders.toVni(line);
          var run = doc.createParagraph().createRun();
          run.setFontFamily(encoding.equals("TCVN3") ? ".VnTime" : "VNI-Times");
          run.setText(legacy);
        }
        doc.write(out);
      }
      ExtractedText extracted = EXTRACTOR.extract(file);
      assertEquals(List.of(ISSUER, MOTTO, BODY), lines(extracted), encoding);
      assertEquals(List.of("repaired: " + encoding), extracted.notes());
    }
  }

  @Test
  void wrongExtensionIsDetectedFromContent() throws Exception {
    Path docx = docx(dir.resolve("real.docx"));
    Path misnamed = Files.move(docx, dir.resolve("looks-like.pdf"));
    ExtractedText extracted = EXTRACTOR.extract(misnamed);
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", extracted.mediaType());
    assertHeaderTableInReadingOrder(extracted);

    Path pdf = textPdf(dir.resolve("real.pdf"), List.of(ISSUER, BODY));
    Path pdfAsTxt = Files.move(pdf, dir.resolve("notes.txt"));
    ExtractedText fromPdf = EXTRACTOR.extract(pdfAsTxt);
    assertEquals("application/pdf", fromPdf.mediaType());
    assertTrue(fromPdf.text().contains(BODY), fromPdf.text());
  }

  @Test
  void pdfWithTextLayer() throws Exception {
    assumeTrue(fontAvailable(), "no " + FONT + " (Debian package fonts-dejavu-core)");
    ExtractedText extracted = EXTRACTOR.extract(
        textPdf(dir.resolve("van-ban.pdf"), List.of(ISSUER, MOTTO, NUMBER, PLACE_DATE, TITLE, BODY)));
    assertEquals("tika", extracted.method());
    assertEquals("application/pdf", extracted.mediaType());
    List<String> lines = lines(extracted);
    for (String expected : List.of(ISSUER, MOTTO, NUMBER, PLACE_DATE, TITLE, BODY)) {
      assertTrue(lines.contains(expected), "missing line '" + expected + "' in:\n" + extracted.text());
    }
  }

  @Test
  void odtWrittenByHand() throws Exception {
    ExtractedText extracted = EXTRACTOR.extract(odt(dir.resolve("van-ban.odt")));
    assertEquals("application/vnd.oasis.opendocument.text", extracted.mediaType());
    assertHeaderTableInReadingOrder(extracted);
    assertTrue(lines(extracted).contains(BODY), extracted.text());
  }

  @Test
  void rtfWithUnicodeEscapes() throws Exception {
    ExtractedText extracted = EXTRACTOR.extract(rtf(dir.resolve("van-ban.rtf"), List.of(ISSUER, MOTTO, BODY)));
    assertEquals("application/rtf", extracted.mediaType());
    List<String> lines = lines(extracted);
    assertTrue(lines.indexOf(ISSUER) >= 0 && lines.indexOf(ISSUER) < lines.indexOf(MOTTO), extracted.text());
    assertTrue(lines.contains(BODY), extracted.text());
  }

  @Test
  void html() throws Exception {
    ExtractedText extracted = EXTRACTOR.extract(TestDocuments.html(dir.resolve("van-ban.html")));
    assertEquals("text/html", extracted.mediaType());
    assertEquals(ISSUER, lines(extracted).get(0), "the <title> in <head> is not body text:\n" + extracted.text());
    assertHeaderTableInReadingOrder(extracted);
    assertTrue(lines(extracted).contains(BODY), extracted.text());
  }

  @Test
  void markdownAndPlainTextAreReadDirectly() throws Exception {
    Path md = dir.resolve("ghi-chu.md");
    Files.writeString(md, "# " + TITLE + "\n\n" + BODY + "\n", StandardCharsets.UTF_8);
    ExtractedText fromMd = EXTRACTOR.extract(md);
    assertEquals("plain-text", fromMd.method());
    assertTrue(fromMd.text().contains(BODY));
    assertEquals(List.of("encoding: UTF-8"), fromMd.notes());

    Path txt = dir.resolve("ghi-chu.txt");
    Files.writeString(txt, ISSUER + "\n" + BODY + "\n", StandardCharsets.UTF_8);
    ExtractedText fromTxt = EXTRACTOR.extract(txt);
    assertEquals("plain-text", fromTxt.method());
    assertEquals("text/plain", fromTxt.mediaType());
    assertEquals(ISSUER + "\n" + BODY + "\n", fromTxt.text());
  }

  @Test
  void docConvertedByLibreOffice() throws Exception {
    assumeTrue(onPath("soffice"), "soffice not installed (Debian package libreoffice-writer-nogui)");
    Path source = docx(dir.resolve("nghi-quyet.docx"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Path doc = sofficeConvert(source, "doc", out);
    ExtractedText extracted = EXTRACTOR.extract(doc);
    assertEquals("application/msword", extracted.mediaType());
    assertHeaderTableInReadingOrder(extracted);
    assertTrue(lines(extracted).contains(BODY), extracted.text());
  }
}
