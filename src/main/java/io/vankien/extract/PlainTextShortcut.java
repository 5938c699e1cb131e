package io.vankien.extract;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which files skip format detection: a file named {@code .txt} whose first bytes are text rather than the
 * start of a format Tika reads. Tika's detection tries the magic of every known type and cost about a
 * tenth of a plain-text ingest; the files it would send elsewhere are kept out of the shortcut: binary
 * content (office files, images, most PDFs), and text that opens like PDF or PostScript ({@code %}), RTF
 * ({@code {}) or markup ({@code <}). What is left is decoded by {@link PlainTextDecoder} as before.
 */
final class PlainTextShortcut {
  private PlainTextShortcut() {}

  /** The name says plain text. */
  static boolean namedAsText(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  /** The bytes read as text (a UTF-16 byte-order mark, or no binary bytes) and open like no other format. */
  static boolean looksLikeText(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return true;
    }
    int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    if (i < bytes.length && (bytes[i] == '%' || bytes[i] == '{' || bytes[i] == '<')) {
      return false;
    }
    return PlainTextDecoder.binaryReason(bytes) == null;
  }
}
