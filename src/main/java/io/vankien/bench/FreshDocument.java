package io.vankien.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A new document like the corpus's own, for timing a one-file ingest: a corpus document's text with its
 * number replaced by a new one and a line naming the run appended, so its bytes (and id) are new.
 */
public final class FreshDocument {
  private FreshDocument() {}

  /** Writes the new document to {@code out} and returns its bytes. */
  public static byte[] write(Path source, String oldNumber, String newNumber, String tag, Path out)
      throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    if (oldNumber != null && !oldNumber.isBlank() && text.contains(oldNumber)) {
      text = text.replace(oldNumber, newNumber);
    }
    byte[] bytes = (text + "\n\nBản thử đo thời gian nạp: " + tag + "\n").getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(out.getParent());
    Files.write(out, bytes);
    return bytes;
  }
}
