package io.vankien.extract;

import static io.vankien.extract.TestDocuments.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scanned PDFs and images through Tesseract (vie); skipped when tesseract or its Vietnamese model is absent. */
class TextExtractorOcrTest {
  private static final TextExtractor EXTRACTOR = new TextExtractor();

  @TempDir Path dir;

  private static void assumeTesseract() {
    TesseractProbe.Result probe = TesseractProbe.probe(TextExtractor.TESSERACT_COMMAND);
    assumeTrue(probe.found(), "tesseract not installed (Debian packages tesseract-ocr tesseract-ocr-vie): " + probe.problem());
    assumeTrue(probe.languages().contains("vie"), "tesseract has no Vietnamese model (Debian package tesseract-ocr-vie)");
    assumeTrue(fontAvailable(), "no " + FONT + " to render the test text (Debian package fonts-dejavu-core)");
  }

  private static Set<String> words(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return new HashSet<>(Arrays.asList(normal.split("[^\\p{L}\\p{N}]+")));
  }

  /** At least 80% of the rendered words, diacritics included, are among the recognised words. */
  private static void assertRecognised(ExtractedText extracted) {
    List<String> expected = OCR_LINES.stream().flatMap(l -> words(l).stream()).filter(w -> !w.isEmpty()).toList();
    Set<String> got = words(extracted.text());
    long found = expected.stream().filter(got::contains).count();
    assertTrue(found >= 0.8 * expected.size(),
        "recognised " + found + " of " + expected.size() + " words " + expected + " in:\n" + extracted.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "tiff", "jpeg"})
  void imagesAreOcred(String format) throws Exception {
    assumeTesseract();
    ExtractedText extracted = EXTRACTOR.extract(image(dir.resolve("scan." + format), format, OCR_LINES));
    assertEquals("ocr", extracted.method());
    assertEquals("image/" + format, extracted.mediaType());
    assertRecognised(extracted);
    assertTrue(extracted.notes().contains("ocr: vie"), extracted.notes().toString());
  }

  @Test
  void scannedPdfWithoutTextLayerIsOcred() throws Exception {
    assumeTesseract();
    ExtractedText extracted = EXTRACTOR.extract(scannedPdf(dir.resolve("scan.pdf"), OCR_LINES));
    assertEquals("ocr", extracted.method());
    assertEquals("application/pdf", extracted.mediaType());
    assertRecognised(extracted);
  }

  @Test
  void scannedPagesInsideATypedPdfAreOcred() throws Exception {
    assumeTesseract();
    Path pdf = mixedPdf(dir.resolve("mixed.pdf"), List.of(ISSUER, MOTTO, BODY), OCR_LINES);
    ExtractedText extracted = EXTRACTOR.extract(pdf);
    assertEquals("tika+ocr", extracted.method());
    List<String> lines = Arrays.stream(extracted.text().split("\n")).map(String::strip).toList();
    assertTrue(lines.containsAll(List.of(ISSUER, MOTTO, BODY)), "typed page kept:\n" + extracted.text());
    assertRecognised(extracted);
    assertEquals(List.of("ocr: vie, 1 of 2 page(s) without text"), extracted.notes());
  }

  @Test
  void typedPdfWithScannedPagesWithoutTesseractKeepsTheTextAndSaysSo() throws Exception {
    assumeTrue(fontAvailable(), "no " + FONT + " (Debian package fonts-dejavu-core)");
    TextExtractor noTesseract = new TextExtractor(ExtractionLimits.defaults(), "/nonexistent/bin/tesseract");
    Path pdf = mixedPdf(dir.resolve("mixed.pdf"), List.of(ISSUER, MOTTO, BODY), OCR_LINES);
    ExtractedText extracted = noTesseract.extract(pdf);
    assertEquals("tika", extracted.method());
    assertTrue(extracted.text().contains(BODY), extracted.text());
    assertEquals(1, extracted.notes().size(), extracted.notes().toString());
    assertTrue(extracted.notes().get(0).startsWith("ocr skipped: 1 of 2 page(s) without text: OCR needed but tesseract not found"),
        extracted.notes().toString());
  }

  @Test
  void missingTesseractIsAClearError() throws Exception {
    assumeTrue(fontAvailable(), "no " + FONT + " (Debian package fonts-dejavu-core)");
    TextExtractor noTesseract = new TextExtractor(ExtractionLimits.defaults(), "/nonexistent/bin/tesseract");
    Path pdf = scannedPdf(dir.resolve("scan.pdf"), OCR_LINES);
    ExtractionException e = assertThrows(ExtractionException.class, () -> noTesseract.extract(pdf));
    assertTrue(e.getMessage().contains("OCR needed but tesseract not found"), e.getMessage());
    Path png = image(dir.resolve("scan.png"), "png", OCR_LINES);
    ExtractionException onImage = assertThrows(ExtractionException.class, () -> noTesseract.extract(png));
    assertTrue(onImage.getMessage().contains("OCR needed but tesseract not found"), onImage.getMessage());
  }

  @Test
  void ocrDisabledIsAClearError() throws Exception {
    assumeTrue(fontAvailable(), "no " + FONT + " (Debian package fonts-dejavu-core)");
    TextExtractor noOcr = new TextExtractor(ExtractionLimits.defaults().withOcr(false));
    Path pdf = scannedPdf(dir.resolve("scan.pdf"), OCR_LINES);
    ExtractionException e = assertThrows(ExtractionException.class, () -> noOcr.extract(pdf));
    assertTrue(e.getMessage().contains("without a usable text layer") && e.getMessage().contains("OCR is disabled"),
        e.getMessage());
  }

  @Test
  void missingLanguageModelIsAClearError() throws Exception {
    assumeTesseract();
    TextExtractor klingon = new TextExtractor(ExtractionLimits.defaults().withOcrLanguage("tlhxyz"));
    Path png = image(dir.resolve("scan.png"), "png", OCR_LINES);
    ExtractionException e = assertThrows(ExtractionException.class, () -> klingon.extract(png));
    assertTrue(e.getMessage().contains("language 'tlhxyz' is not installed"), e.getMessage());
  }

  @Test
  void anImageTesseractCannotReadFailsAndLeavesNoOutputFileBehind() throws Exception {
    assumeTesseract();
    byte[] garbage = new byte[3000];
    new java.util.Random(5).nextBytes(garbage);
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    System.arraycopy(signature, 0, garbage, 0, signature.length);
    Path png = java.nio.file.Files.write(dir.resolve("broken.png"), garbage);
    ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(png));
    assertTrue(e.getMessage().contains("image/png"), e.getMessage());
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (var leftovers = java.nio.file.Files.newDirectoryStream(tmp, "apache-tika-*.tmp.txt")) {
      for (Path output : leftovers) {
        String base = output.getFileName().toString().replaceAll("\\.txt$", "");
        assertTrue(java.nio.file.Files.exists(output.resolveSibling(base)),
            "Tesseract's output of a finished parse left in " + tmp + ": " + output);
      }
    }
  }
}
