package io.vankien.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Temp files {@link ContentStore#put} left in the store when its process was killed before the rename
 * ({@code store/ab/*.tmp}; originals are named by their SHA-256 alone). Removed when the archive is opened
 * for writing, under the index write lock, so no other process is writing the store.
 */
final class StoreTempFiles {
  static final String SUFFIX = ".tmp";

  private StoreTempFiles() {}

  /** Deletes every {@code *.tmp} file in the store's folders; returns how many. */
  static int sweep(Path storeRoot) throws IOException {
    if (!Files.isDirectory(storeRoot)) {
      return 0;
    }
    int n = 0;
    try (Stream<Path> s = Files.walk(storeRoot, 2)) {
      for (Path p : s.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).filter(Files::isRegularFile).toList()) {
        if (Files.deleteIfExists(p)) {
          n++;
        }
      }
    }
    return n;
  }
}
