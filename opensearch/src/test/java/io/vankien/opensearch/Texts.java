package io.vankien.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts the tests analyze: the project's samples (samples/, always there) and the real documents of
 * ../shared/corpus (seeds and laws; absent on a machine without shared/, then those tests are skipped).
 */
final class Texts {
  private Texts() {}

  /** The root of the vankien checkout (the pom passes it; ".." when run from this folder by hand). */
  static Path root() {
    return Path.of(System.getProperty("vankien.root", "..")).toAbsolutePath().normalize();
  }

  static Path samples() {
    return root().resolve("samples");
  }

  /** ../shared/corpus/NAME beside the checkout. */
  static Path shared(String name) {
    return root().resolveSibling("shared").resolve("corpus").resolve(name);
  }

  /** The .txt files of a folder, sorted by name. */
  static List<Path> txtFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
