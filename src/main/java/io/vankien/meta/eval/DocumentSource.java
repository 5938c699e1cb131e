package io.vankien.meta.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the copy of a judged document is and how its text is read (before cleaning). */
@FunctionalInterface
public interface DocumentSource {

  /**
   * The text of the copy of the judged document named {@code judgedFile} (the "file" of its judged line).
   *
   * @throws MissingCopy when there is no such copy
   * @throws UnreadableCopy when the copy exists but yields no text (scored as a document read as empty)
   */
  String text(String judgedFile) throws IOException;

  /** The judged documents themselves: {@code folder/judgedFile}, read as UTF-8. */
  static DocumentSource originals(Path folder) {
    return judgedFile -> {
      Path doc = folder.resolve(judgedFile);
      if (!Files.isRegularFile(doc)) {
        throw new MissingCopy("document not found: " + doc);
      }
      return Files.readString(doc, StandardCharsets.UTF_8);
    };
  }

  /** No copy of a judged document: the judged file or the folder is wrong. */
  final class MissingCopy extends IOException {
    public MissingCopy(String message) {
      super(message);
    }
  }

  /** A copy that exists but yields no text (a converter wrote an empty file, extraction failed). */
  final class UnreadableCopy extends IOException {
    public UnreadableCopy(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
