package io.vankien.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which .txt files skip Tika's detection, and that those read the same as through it. */
class PlainTextShortcutTest {
  @TempDir Path dir;

  @Test
  void textSkipsDetectionOtherFormatsDoNot() {
    assertTrue(PlainTextShortcut.looksLikeText("TỈNH ỦY HÀ NAM\nSố 12-NQ/TU\n".getBytes(StandardCharsets.UTF_8)));
    assertTrue(PlainTextShortcut.looksLikeText(LegacyEncoders.toTcvn3("Nghị quyết").getBytes(StandardCharsets.ISO_8859_1)));
    assertTrue(PlainTextShortcut.looksLikeText("\uFEFFvăn bản".getBytes(StandardCharsets.UTF_16)), "UTF-16 with BOM");
    assertFalse(PlainTextShortcut.looksLikeText("%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(PlainTextShortcut.looksLikeText("{\\rtf1\\ansi Nghị quyết}".getBytes(StandardCharsets.UTF_8)));
    assertFalse(PlainTextShortcut.looksLikeText("\uFEFF  <html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(PlainTextShortcut.looksLikeText(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}), "zip (DOCX, ODT)");
    assertTrue(PlainTextShortcut.namedAsText(Path.of("a/B.TXT")));
    assertFalse(PlainTextShortcut.namedAsText(Path.of("a/b.txt.pdf")));
  }

  @Test
  void legacyEncodedTextReadsAsBeforeWithoutDetection() throws Exception {
    Path f = dir.resolve("tcvn3.txt");
    Files.write(f, LegacyEncoders.toTcvn3("Nghị quyết về xây dựng nông thôn mới").getBytes(StandardCharsets.ISO_8859_1));
    ExtractedText t = new TextExtractor().extract(f);
    assertEquals("Nghị quyết về xây dựng nông thôn mới", t.text());
    assertEquals("text/plain", t.mediaType());
    assertEquals("plain-text", t.method());
  }
}
