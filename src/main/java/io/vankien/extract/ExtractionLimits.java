package io.vankien.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * What extraction may spend on one file and whether it may OCR.
 *
 * @param maxFileBytes files larger than this are refused before parsing
 * @param timeout per-file time limit for the whole extraction (parse and OCR)
 * @param maxChars more extracted characters than this is an error (zip bombs, runaway output)
 * @param ocrEnabled whether scanned PDFs and images are OCRed with Tesseract
 * @param ocrLanguage Tesseract language(s), e.g. {@code vie} or {@code vie+eng}
 * @param minTextCharsPerPage a PDF whose text layer has fewer non-blank characters per page than this on
 *     average is treated as scanned and OCRed
 */
public record ExtractionLimits(
    long maxFileBytes,
    Duration timeout,
    int maxChars,
    boolean ocrEnabled,
    String ocrLanguage,
    int minTextCharsPerPage) {

  public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
  public static final int DEFAULT_MAX_CHARS = 20_000_000;
  public static final String DEFAULT_OCR_LANGUAGE = "vie";
  public static final int DEFAULT_MIN_TEXT_CHARS_PER_PAGE = 40;

  public ExtractionLimits {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(ocrLanguage, "ocrLanguage");
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be > 0, was " + maxFileBytes);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be > 0, was " + timeout);
    }
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be > 0, was " + maxChars);
    }
    if (!ocrLanguage.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
      throw new IllegalArgumentException("ocrLanguage must look like 'vie' or 'vie+eng', was '" + ocrLanguage + "'");
    }
    if (minTextCharsPerPage < 0) {
      throw new IllegalArgumentException("minTextCharsPerPage must be >= 0, was " + minTextCharsPerPage);
    }
  }

  /** 200 MB, 120 s, 20 million characters, OCR on in Vietnamese, 40 characters per page. */
  public static ExtractionLimits defaults() {
    return new ExtractionLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT, DEFAULT_MAX_CHARS, true,
        DEFAULT_OCR_LANGUAGE, DEFAULT_MIN_TEXT_CHARS_PER_PAGE);
  }

  public ExtractionLimits withMaxFileBytes(long bytes) {
    return new ExtractionLimits(bytes, timeout, maxChars, ocrEnabled, ocrLanguage, minTextCharsPerPage);
  }

  public ExtractionLimits withTimeout(Duration limit) {
    return new ExtractionLimits(maxFileBytes, limit, maxChars, ocrEnabled, ocrLanguage, minTextCharsPerPage);
  }

  public ExtractionLimits withMaxChars(int chars) {
    return new ExtractionLimits(maxFileBytes, timeout, chars, ocrEnabled, ocrLanguage, minTextCharsPerPage);
  }

  public ExtractionLimits withOcr(boolean enabled) {
    return new ExtractionLimits(maxFileBytes, timeout, maxChars, enabled, ocrLanguage, minTextCharsPerPage);
  }

  public ExtractionLimits withOcrLanguage(String language) {
    return new ExtractionLimits(maxFileBytes, timeout, maxChars, ocrEnabled, language, minTextCharsPerPage);
  }
}
