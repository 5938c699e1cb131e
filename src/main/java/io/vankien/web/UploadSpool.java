package io.vankien.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder where uploads are received ({@code <data>/tmp/}): Jetty writes multipart bodies there, and
 * each upload is copied to a file of the server's naming there while it is extracted. Files are deleted
 * when their request ends; what a killed server left behind is swept when the next one starts.
 */
final class UploadSpool {
  private final Path dir;

  UploadSpool(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  Path dir() {
    return dir;
  }

  /** Deletes everything in the folder (call before the server takes requests); returns how many files. */
  int sweep() throws IOException {
    int[] n = {0};
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir)) {
          if (Files.isRegularFile(p)) {
            n[0]++;
          }
          Files.deleteIfExists(p);
        }
      }
    }
    return n[0];
  }

  /** A new empty file with the given extension (".pdf" or ""); the caller deletes it. */
  Path newFile(String extension) throws IOException {
    return Files.createTempFile(dir, "upload-", extension);
  }
}
