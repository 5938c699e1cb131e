package io.vankien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workload the launcher records into the start-up cache really walks the paths users take: a cache
 * recorded from a run whose requests failed would hold the error paths' classes, not the search's.
 */
class StartupTrainingTest {
  @TempDir Path tmp;

  @Test
  @Timeout(120)
  void everyRequestOfTheTrainingAnswersAsItShould() throws Exception {
    StartupTraining.Result r = new StartupTraining(Home.samplesDir(), Home.webDir()).run(tmp.resolve("data"), 1);
    assertEquals(List.of(), r.failures());
    assertEquals(2 + StartupTraining.SEARCHES.size() + 8 + 1, r.requests(), "every request of one round, and the upload");
  }

  @Test
  @Timeout(120)
  void theCommandLeavesNoScratchArchiveBehind() throws Exception {
    Path tmpdir = Path.of(System.getProperty("java.io.tmpdir")); // where Files.createTempDirectory puts it
    List<Path> before = scratch(tmpdir);
    assertEquals(0, Main.run("startup-training", "--rounds", "1"));
    assertEquals(before, scratch(tmpdir), "scratch archive deleted");
  }

  private static List<Path> scratch(Path tmpdir) throws Exception {
    try (Stream<Path> s = Files.list(tmpdir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("vankien-startup-training")).sorted().toList();
    }
  }
}
