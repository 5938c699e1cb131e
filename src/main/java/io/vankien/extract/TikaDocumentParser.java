package io.vankien.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Runs Tika's auto-detecting parser on one file, with or without OCR, into a {@link LinePerBlockHandler} (a
 * PDF's text layer without OCR is read by {@link PdfTextLayer} instead);
 * turns Tika's failures into {@link ExtractionException}s that say what is wrong with the file.
 */
final class TikaDocumentParser {
  /**
   * The text, the page count (the pages parsed for a PDF; what the file claims for other formats; 0 when
   * the format has no pages) and the non-blank characters of each page (PDF only).
   */
  record Parsed(String text, int pages, List<Integer> pageChars) {
    /** Pages with fewer than {@code min} non-blank characters. */
    int pagesBelow(int min) {
      return (int) pageChars.stream().filter(c -> c < min).count();
    }
  }

  /** What to OCR: nothing, every page (and images), or only PDF pages with almost no text. */
  enum Ocr {
    NONE, ALL, EMPTY_PAGES
  }

  /** A PDF page with fewer non-blank characters than this is OCRed in {@link Ocr#EMPTY_PAGES} mode. */
  static final int EMPTY_PAGE_CHARS = 10;

  private static final String PDF = "application/pdf";

  private final AutoDetectParser parser = new AutoDetectParser();
  /** Tika 3 routes only image/ocr-* types to Tesseract through the auto-detecting parser, so images go here. */
  private final TesseractOCRParser imageOcr = new TesseractOCRParser();
  private final ExtractionLimits limits;

  TikaDocumentParser(ExtractionLimits limits) {
    this.limits = limits;
  }

  /** Parses with the text layer only (no OCR of pages or embedded images). */
  Parsed parseText(Path file, String mediaType) throws ExtractionException {
    return parse(file, mediaType, Ocr.NONE);
  }

  /** Parses with OCR: PDF pages are rendered and OCRed, images are OCRed. */
  Parsed parseWithOcr(Path file, String mediaType) throws ExtractionException {
    return parse(file, mediaType, Ocr.ALL);
  }

  /** Parses a PDF's text layer and OCRs the pages that have almost no text (scans inside a typed PDF). */
  Parsed parseWithOcrOfEmptyPages(Path file, String mediaType) throws ExtractionException {
    return parse(file, mediaType, Ocr.EMPTY_PAGES);
  }

  private Parsed parse(Path file, String mediaType, Ocr ocr) throws ExtractionException {
    if (ocr == Ocr.NONE && PDF.equals(mediaType)) {
      return parsePdfTextLayer(file, mediaType);
    }
    LinePerBlockHandler handler = new LinePerBlockHandler(limits.maxChars(),
        mediaType.startsWith("text/html") || mediaType.startsWith("application/xhtml"));
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    metadata.set(Metadata.CONTENT_TYPE, mediaType);
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      Parser chosen = ocr != Ocr.NONE && mediaType.startsWith("image/") ? imageOcr : parser;
      // only the body: the head's <title> (often "Microsoft Word - x.doc") would come before the header lines
      chosen.parse(in, new BodyContentHandler(handler), metadata, context(ocr));
    } catch (EncryptedDocumentException e) {
      throw passwordProtected(mediaType, e);
    } catch (TikaException | SAXException | IOException | RuntimeException e) {
      throw explain(mediaType, e);
    } finally {
      if (ocr != Ocr.NONE) {
        // a failed, killed or interrupted Tesseract run leaves its output file (also a page of a PDF parsed on)
        TesseractLeftovers.sweep();
      }
    }
    List<Integer> pageChars = handler.pageChars();
    // the pages parsed, where the format has pages: a PDF's page tree may claim any count (/Count
    // 2147483647 over one typed page), which judged the text layer too thin and sent the file to OCR
    String claimed = metadata.get(PagedText.N_PAGES);
    int pageCount = !pageChars.isEmpty() ? pageChars.size() : claimed == null ? 0 : parseIntOrZero(claimed);
    return new Parsed(handler.text(), pageCount, pageChars);
  }

  /** A PDF's text layer in reading order (see {@link ReadingOrderStripper}); the pages are those with content. */
  private Parsed parsePdfTextLayer(Path file, String mediaType) throws ExtractionException {
    try {
      PdfTextLayer.Read read = PdfTextLayer.read(file, limits.maxChars());
      return new Parsed(read.text(), read.pageChars().size(), read.pageChars());
    } catch (IOException | RuntimeException e) {
      throw explain(mediaType, e);
    }
  }

  private ParseContext context(Ocr ocr) {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    // OCR of empty pages keeps Tika's text layer, in position order: LibreOffice draws the letters a font lacks
    // (ở, ủ, ế in Liberation Serif) in a second run from a fallback font, which unsorted extraction puts at the
    // end of the line; the price (header and signature cells side by side on one line) is undone by HeaderReader
    // and SignatureColumns. A PDF's text layer alone is read by PdfTextLayer, which keeps the cells apart.
    pdf.setSortByPosition(true);
    switch (ocr) {
      case NONE -> pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
      case ALL -> pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.OCR_ONLY);
      case EMPTY_PAGES -> {
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        // Tika's syntax: "unmapped-chars%, total-chars-per-page"; a page under either threshold is OCRed
        pdf.setOcrStrategyAuto("10%, " + EMPTY_PAGE_CHARS);
      }
    }
    context.set(PDFParserConfig.class, pdf);
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true); // streams document.xml instead of building a DOM: bounded memory
    office.setUseSAXPptxExtractor(true);
    office.setIncludeHeadersAndFooters(true);
    context.set(OfficeParserConfig.class, office);
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(ocr == Ocr.NONE);
    tesseract.setLanguage(limits.ocrLanguage());
    tesseract.setTimeoutSeconds((int) Math.max(1, Math.min(Integer.MAX_VALUE, limits.timeout().toSeconds())));
    context.set(TesseractOCRConfig.class, tesseract);
    context.set(Parser.class, parser);
    return context;
  }

  private static ExtractionException passwordProtected(String mediaType, Throwable e) {
    return new ExtractionException("password-protected (encrypted) " + mediaType
        + ": cannot extract text without the password", e);
  }

  private ExtractionException explain(String mediaType, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || t.getClass().getName().contains("InvalidPassword")
          || t.getClass().getSimpleName().equals("EncryptedDocumentException")) {
        return passwordProtected(mediaType, e);
      }
      if (t instanceof LinePerBlockHandler.TooMuchText) {
        return new ExtractionException("too much text: " + t.getMessage() + " (limit maxChars="
            + limits.maxChars() + "; a zip bomb or a runaway document)", e);
      }
      String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("zip bomb")) {
        return new ExtractionException("suspected zip bomb: " + t.getMessage(), e);
      }
      if (message.contains("password") || message.contains("encrypted")) {
        return passwordProtected(mediaType, e);
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    // the innermost cause says what is wrong with the file; Tika's wrappers only say which parser failed
    String detail = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    detail = detail.strip().replaceAll("\\s*\\R\\s*", "; "); // one line in the ingest report
    return new ExtractionException("corrupt or unreadable " + mediaType + ": " + detail, e);
  }

  private static int parseIntOrZero(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
