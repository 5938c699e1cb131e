package io.vankien.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code startup-training} (hidden): the workload the launcher records once per build into the JDK's
 * ahead-of-time cache (see {@link StartupTraining}). Exit 0 when every request answered as it should.
 */
@Command(name = "startup-training", hidden = true, mixinStandardHelpOptions = true,
    description = "Ingest the samples into a scratch archive and serve them a day's requests in miniature"
        + " (the launcher records this run into the start-up cache).")
public final class StartupTrainingCommand implements Callable<Integer> {
  @Option(names = "--rounds", defaultValue = "10", description = "Times the requests are sent (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("vankien-startup-training");
    try {
      StartupTraining.Result r = new StartupTraining(Home.samplesDir(), Home.webDir()).run(dir, rounds);
      r.failures().forEach(f -> System.err.println("startup-training: " + f));
      System.err.printf("startup-training: %d requests, %d failed%n", r.requests(), r.failures().size());
      return r.failures().isEmpty() ? 0 : 1;
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
