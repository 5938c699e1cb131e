package io.vankien.extract;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Removes the output files Tesseract leaves in the temporary folder when an OCR run fails. Tika's {@code
 * TesseractOCRParser} (3.3.1) has Tesseract write to {@code apache-tika-N.tmp.txt} beside its own temporary file
 * {@code apache-tika-N.tmp}, and deletes that output only after reading it: when Tesseract exits with an error (an
 * image it cannot read), is killed at the time limit, or the parse is interrupted, the output file stays, one empty
 * file per failed image or page, for as long as the server runs.
 *
 * <p>An output file is left over when its base file is gone: Tika deletes the base when the parse that made both
 * ends, and deletes the output before that on success, so a parse still running (anywhere on the machine) has its
 * base and is never touched.
 */
final class TesseractLeftovers {
  /** Tika's temporary file name with Tesseract's text output suffix. */
  private static final Pattern OUTPUT = Pattern.compile("apache-tika-\\d+\\.tmp\\.txt");

  private TesseractLeftovers() {}

  /** Deletes the left-over outputs in the JVM's temporary folder; returns how many. Never fails. */
  static int sweep() {
    return sweep(Path.of(System.getProperty("java.io.tmpdir")));
  }

  static int sweep(Path tmp) {
    int removed = 0;
    try (DirectoryStream<Path> outputs =
        Files.newDirectoryStream(tmp, p -> OUTPUT.matcher(p.getFileName().toString()).matches())) {
      for (Path output : outputs) {
        String name = output.getFileName().toString();
        Path base = output.resolveSibling(name.substring(0, name.length() - ".txt".length()));
        if (!Files.exists(base) && Files.deleteIfExists(output)) {
          removed++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // a temporary folder that cannot be listed or a file deleted meanwhile: nothing more to do
    }
    return removed;
  }
}
