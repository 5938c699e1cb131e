package io.vankien.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real documents in ../shared (beside the project); tests skip, saying why, when it is absent. */
public final class SharedCorpus {
  private SharedCorpus() {}

  public static final Path ROOT = Path.of("..", "shared").toAbsolutePath().normalize();

  public static Path seeds() {
    return require(ROOT.resolve("corpus/seeds"));
  }

  public static Path seedsExpected() {
    return require(ROOT.resolve("corpus/seeds-expected.jsonl"));
  }

  public static Path laws() {
    return require(ROOT.resolve("corpus/laws"));
  }

  private static Path require(Path p) {
    assumeTrue(Files.exists(p), "skipped: " + p + " is absent (../shared is not beside the project)");
    return p;
  }
}
