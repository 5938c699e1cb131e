package io.vankien.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * File to text. The format is detected from the content (the name is only a hint; a {@code .txt} file
 * whose bytes are plain text skips detection, see {@link PlainTextShortcut}): plain text and Markdown
 * are decoded directly ({@link PlainTextDecoder}); PDF, DOCX, DOC, ODT, RTF, HTML go through
 * Tika; a PDF without a usable text layer and images (TIFF, PNG, JPEG) are OCRed with Tesseract (method
 * {@code ocr}); a typed PDF with some pages that have no text (scans appended) gets those pages OCRed
 * (method {@code tika+ocr}), or a note {@code ocr skipped: ...} when OCR cannot run. Text typed
 * in the legacy TCVN3 / VNI font encodings is converted to Unicode. Every failure is an
 * {@link ExtractionException} whose message says what is wrong with the file; each file gets at most
 * {@link ExtractionLimits#timeout()}. Thread-safe: one instance can serve parallel ingest workers.
 */
public class TextExtractor {
  static final String TESSERACT_COMMAND = "tesseract";

  private final ExtractionLimits limits;
  private final String tesseractCommand;
  private volatile Tika tikaParts; // built on first use: an ingest of plain .txt files never needs it

  /** Tika's detector, type registry and parsers (about a second of start-up to build). */
  private record Tika(Detector detector, MediaTypeRegistry registry, TikaDocumentParser parser) {}

  /** Default limits: see {@link ExtractionLimits#defaults()}. */
  public TextExtractor() {
    this(ExtractionLimits.defaults());
  }

  public TextExtractor(ExtractionLimits limits) {
    this(limits, TESSERACT_COMMAND);
  }

  /** With the Tesseract executable to use (a name on the PATH or a path); for tests. */
  TextExtractor(ExtractionLimits limits, String tesseractCommand) {
    this.limits = limits;
    this.tesseractCommand = tesseractCommand;
  }

  private Tika tika() {
    Tika t = tikaParts;
    if (t == null) {
      synchronized (this) {
        t = tikaParts;
        if (t == null) {
          TikaConfig config = TikaConfig.getDefaultConfig();
          t = new Tika(config.getDetector(), config.getMediaTypeRegistry(), new TikaDocumentParser(limits));
          tikaParts = t;
        }
      }
    }
    return t;
  }

  public ExtractionLimits limits() {
    return limits;
  }

  public ExtractedText extract(Path file) throws ExtractionException {
    checkReadableFile(file);
    try {
      return TimeLimit.run(() -> extractNow(file), limits.timeout());
    } catch (ExtractionException e) {
      throw new ExtractionException(file.getFileName() + ": " + e.getMessage(), e.getCause());
    }
  }

  /** Refuses what is not a readable, non-empty regular file within the size limit. */
  private void checkReadableFile(Path file) throws ExtractionException {
    if (!Files.exists(file)) {
      throw new ExtractionException(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new ExtractionException(file + ": is a directory, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new ExtractionException(file + ": not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new ExtractionException(file + ": permission denied (not readable)");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new ExtractionException(file + ": cannot read file size: " + e.getMessage(), e);
    }
    if (size == 0) {
      throw new ExtractionException(file + ": empty file (0 bytes)");
    }
    if (size > limits.maxFileBytes()) {
      throw new ExtractionException(file + ": file is " + size + " bytes, larger than the limit of "
          + limits.maxFileBytes() + " bytes (maxFileBytes)");
    }
  }

  private ExtractedText extractNow(Path file) throws ExtractionException {
    if (PlainTextShortcut.namedAsText(file)) {
      byte[] bytes = readAll(file);
      if (PlainTextShortcut.looksLikeText(bytes)) {
        return readPlainText(bytes, MediaType.TEXT_PLAIN.toString());
      }
    }
    MediaType type = detect(file);
    String typeName = type.getBaseType().toString();
    if (isPlainText(type)) {
      return readPlainText(readAll(file), typeName);
    }
    if (MediaType.OCTET_STREAM.equals(type.getBaseType())) {
      throw new ExtractionException("unrecognised binary content (detected " + typeName
          + "), not a document format vankien reads");
    }
    if ("image".equals(type.getType())) {
      requireOcr("an image (" + typeName + ")");
      TikaDocumentParser.Parsed parsed = tika().parser().parseWithOcr(file, typeName);
      return finish(parsed.text(), "ocr", typeName, new ArrayList<>(List.of("ocr: " + limits.ocrLanguage())));
    }
    TikaDocumentParser.Parsed parsed = tika().parser().parseText(file, typeName);
    if ("application/pdf".equals(typeName) && !hasUsableTextLayer(parsed)) {
      String why = "a PDF without a usable text layer (" + nonBlankChars(parsed.text()) + " characters on "
          + Math.max(1, parsed.pages()) + " page(s))";
      requireOcr(why);
      TikaDocumentParser.Parsed ocred = tika().parser().parseWithOcr(file, typeName);
      List<String> notes = new ArrayList<>(List.of("ocr: " + limits.ocrLanguage() + ", " + ocred.pages() + " page(s)"));
      return finish(ocred.text(), "ocr", typeName, notes);
    }
    int emptyPages = "application/pdf".equals(typeName) ? parsed.pagesBelow(TikaDocumentParser.EMPTY_PAGE_CHARS) : 0;
    if (emptyPages > 0) {
      String why = emptyPages + " of " + parsed.pageChars().size() + " page(s) without text";
      String ocrProblem = ocrProblem(why);
      if (ocrProblem != null) {
        return finish(parsed.text(), "tika", typeName, new ArrayList<>(List.of("ocr skipped: " + ocrProblem)));
      }
      TikaDocumentParser.Parsed mixed = tika().parser().parseWithOcrOfEmptyPages(file, typeName);
      List<String> notes = new ArrayList<>(List.of("ocr: " + limits.ocrLanguage() + ", " + why));
      return finish(mixed.text(), "tika+ocr", typeName, notes);
    }
    return finish(parsed.text(), "tika", typeName, new ArrayList<>());
  }

  private MediaType detect(Path file) throws ExtractionException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      return tika().detector().detect(in, metadata);
    } catch (IOException e) {
      throw new ExtractionException("cannot read file: " + e.getMessage(), e);
    }
  }

  private boolean isPlainText(MediaType type) {
    MediaType base = type.getBaseType();
    if (MediaType.TEXT_PLAIN.equals(base) || base.getSubtype().contains("markdown")) {
      return true;
    }
    String sub = base.getSubtype().toLowerCase(Locale.ROOT);
    return tika().registry().isSpecializationOf(base, MediaType.TEXT_PLAIN)
        && !sub.contains("html") && !sub.contains("xml") && !sub.contains("rtf");
  }

  private static byte[] readAll(Path file) throws ExtractionException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ExtractionException("cannot read file: " + e.getMessage(), e);
    }
  }

  private ExtractedText readPlainText(byte[] bytes, String typeName) throws ExtractionException {
    PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(bytes);
    if (decoded.text().length() > limits.maxChars()) {
      throw new ExtractionException("too much text: " + decoded.text().length()
          + " characters, limit maxChars=" + limits.maxChars());
    }
    List<String> notes = new ArrayList<>(decoded.notes());
    boolean alreadyRepaired = notes.stream().anyMatch(n -> n.startsWith("repaired:"));
    return alreadyRepaired
        ? checked(new ExtractedText(normalise(decoded.text()), "plain-text", typeName, notes))
        : finish(decoded.text(), "plain-text", typeName, notes);
  }

  /** Repairs legacy encodings, normalises line ends and Unicode (NFC), refuses empty text. */
  private ExtractedText finish(String text, String method, String typeName, List<String> notes)
      throws ExtractionException {
    String result = normalise(text);
    Optional<LegacyEncodingRepair.Repair> repair = LegacyEncodingRepair.repair(text);
    if (repair.isPresent()) {
      result = repair.get().text();
      notes.add("repaired: " + repair.get().encoding());
    }
    return checked(new ExtractedText(result, method, typeName, notes));
  }

  /** "\n" line ends, no byte-order mark, NFC (PDF text layers and Windows-1258 give decomposed marks). */
  private static String normalise(String text) {
    String lines = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    String noBom = lines.replace("\uFEFF", "");
    return Normalizer.isNormalized(noBom, Normalizer.Form.NFC) ? noBom : Normalizer.normalize(noBom, Normalizer.Form.NFC);
  }

  private static ExtractedText checked(ExtractedText extracted) throws ExtractionException {
    if (extracted.text().isBlank()) {
      throw new ExtractionException("no text found in " + extracted.mediaType()
          + ("ocr".equals(extracted.method()) ? " (OCR recognised nothing)" : ""));
    }
    return extracted;
  }

  private boolean hasUsableTextLayer(TikaDocumentParser.Parsed parsed) {
    int pages = Math.max(1, parsed.pages());
    return nonBlankChars(parsed.text()) >= (long) limits.minTextCharsPerPage() * pages;
  }

  private static int nonBlankChars(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private void requireOcr(String what) throws ExtractionException {
    String problem = ocrProblem(what);
    if (problem != null) {
      throw new ExtractionException(problem);
    }
  }

  /** Why OCR cannot run (disabled, no tesseract, no language model), or null when it can. */
  private String ocrProblem(String what) {
    if (!limits.ocrEnabled()) {
      return what + ": OCR needed but OCR is disabled (ocrEnabled=false)";
    }
    TesseractProbe.Result tesseract = TesseractProbe.probe(tesseractCommand);
    if (!tesseract.found()) {
      return what + ": OCR needed but tesseract not found (" + tesseract.problem()
          + "; install the Debian packages tesseract-ocr and tesseract-ocr-vie)";
    }
    for (String language : limits.ocrLanguage().split("\\+")) {
      if (!tesseract.languages().contains(language)) {
        return what + ": OCR needed but the tesseract language '" + language
            + "' is not installed (installed: " + tesseract.languages() + "; for Vietnamese install tesseract-ocr-vie)";
      }
    }
    return null;
  }
}
