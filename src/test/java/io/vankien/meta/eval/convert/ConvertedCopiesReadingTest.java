package io.vankien.meta.eval.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.extract.ExtractedText;
import io.vankien.extract.TextExtractor;
import io.vankien.meta.eval.DocumentSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converted copies are read as ingest reads a file; a Markdown copy is text. */
class ConvertedCopiesReadingTest {
  @TempDir Path dir;

  private static final String MARKDOWN = "**TỈNH ỦY HÀ NAM**\n\n\\*\n\nSố 12-NQ/TU\n\n**NGHỊ QUYẾT**\n";

  @Test
  void aMarkdownCopyIsDecodedAsText() throws Exception {
    Path md = Files.writeString(dir.resolve("a.md"), MARKDOWN);
    ExtractedText t = new TextExtractor().extract(md);
    assertEquals("plain-text", t.method());
    assertTrue(t.mediaType().contains("markdown"), t.mediaType());
    assertEquals(MARKDOWN, t.text());
    assertEquals(MARKDOWN, new ConvertedCopies(dir, "md", new TextExtractor()).text("a.txt"), "x.txt's copy is x.md");
  }

  @Test
  void aMissingOrEmptyCopyIsUnreadableNotAnError() throws Exception {
    ConvertedCopies copies = new ConvertedCopies(dir, "md", new TextExtractor());
    assertThrows(DocumentSource.UnreadableCopy.class, () -> copies.text("none.txt"));
    Files.writeString(dir.resolve("empty.md"), "");
    DocumentSource.UnreadableCopy e = assertThrows(DocumentSource.UnreadableCopy.class, () -> copies.text("empty.txt"));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }
}
