package io.vankien.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Temp files {@link ContentStore#put} left in the store when its process was killed before the move into
 * place ({@code store/partial/*.tmp}; originals are named by their SHA-256 alone). Removed when the archive is
 * opened for writing, under the index write lock, so no other process is writing the store.
 *
 * <p>Stores written before {@code partial/} existed kept their temp files beside the originals
 * ({@code store/ab/*.tmp}): the first open by this version walks the store once for them, then makes
 * {@code partial/}, so later opens read one small folder instead of every original's name (a walk of
 * 100,000 names at every start of the server and of every one-file ingest).
 */
final class StoreTempFiles {
  static final String SUFFIX = ".tmp";
  /** The store's folder of files being written. */
  static final String PARTIAL = "partial";

  private StoreTempFiles() {}

  /** Deletes every temp file a killed writer left in the store; returns how many. */
  static int sweep(Path storeRoot) throws IOException {
    if (!Files.isDirectory(storeRoot)) {
      return 0;
    }
    Path partial = storeRoot.resolve(PARTIAL);
    if (Files.isDirectory(partial)) {
      return delete(partial, 1);
    }
    int n = delete(storeRoot, 2); // an older version's layout, once
    Files.createDirectories(partial);
    return n;
  }

  private static int delete(Path dir, int depth) throws IOException {
    int n = 0;
    try (Stream<Path> s = Files.walk(dir, depth)) {
      for (Path p : s.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).filter(Files::isRegularFile).toList()) {
        if (Files.deleteIfExists(p)) {
          n++;
        }
      }
    }
    return n;
  }
}
