package io.vankien.meta.eval.convert;

import io.vankien.extract.ExtractionException;
import io.vankien.extract.TextExtractor;
import io.vankien.meta.eval.DocumentSource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The converted copies of judged documents in a folder, read exactly as ingest reads a file
 * ({@link TextExtractor#extract}); the copy of "x.txt" is "x.EXTENSION". A copy the converter did not
 * write, or that yields no text, is scored as an empty document and listed as unread.
 */
public final class ConvertedCopies implements DocumentSource {
  private final Path folder;
  private final String extension;
  private final TextExtractor extractor;

  public ConvertedCopies(Path folder, String extension, TextExtractor extractor) {
    this.folder = folder;
    this.extension = extension;
    this.extractor = extractor;
  }

  /** The copy's file name: the judged file's name with the extension replaced. */
  public static String copyName(String judgedFile, String extension) {
    int dot = judgedFile.lastIndexOf('.');
    return (dot > 0 ? judgedFile.substring(0, dot) : judgedFile) + "." + extension;
  }

  @Override
  public String text(String judgedFile) throws java.io.IOException {
    Path copy = folder.resolve(copyName(judgedFile, extension));
    if (!Files.isRegularFile(copy)) {
      throw new UnreadableCopy("no converted copy " + copy + " (the converter failed on it)", null);
    }
    try {
      return extractor.extract(copy).text();
    } catch (ExtractionException e) {
      throw new UnreadableCopy(e.getMessage(), e);
    }
  }
}
