package io.vankien.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the installation is (the launcher sets {@code vankien.home}), for web/ and samples/. */
final class Home {
  private Home() {}

  static Path dir() {
    String h = System.getProperty("vankien.home");
    return h == null ? Path.of("").toAbsolutePath() : Path.of(h);
  }

  static Path webDir() {
    return dir().resolve("web");
  }

  static Path samplesDir() {
    Path p = dir().resolve("samples");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("sample documents not found at " + p
          + " (run from the vankien folder or set -Dvankien.home)");
    }
    return p;
  }
}
