package io.vankien.cli;

import io.vankien.index.Archive;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code compact}: merges the archive's index into few segments, for faster searches after a bulk ingest. */
@Command(name = "compact", mixinStandardHelpOptions = true,
    description = "Merge the archive's index into at most N segments (default 1) and commit: searches then cost"
        + " less (16-17%% less CPU at 100,000 documents from 12 segments, BENCHMARKS.md). Worth running after a bulk"
        + " ingest; the merge rewrites the index once. Stop the server first.")
public final class CompactCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Option(names = "--segments", defaultValue = "1", paramLabel = "N",
      description = "Most segments left (default: ${DEFAULT-VALUE}).")
  int segments;

  @Override
  public Integer call() throws Exception {
    if (segments < 1) {
      throw new IllegalArgumentException("--segments: at least 1, not " + segments);
    }
    long t = System.nanoTime();
    try (Archive archive = Archive.openForBulkWriting(data.dir())) {
      Archive.Compaction c = archive.compact(segments);
      System.out.printf("compact %s: %d segment(s) -> %d in %.1f s%n", data.dir().toAbsolutePath(),
          c.segmentsBefore(), c.segmentsAfter(), (System.nanoTime() - t) / 1e9);
    }
    return 0;
  }
}
