package io.vankien.cli;

import io.vankien.bench.SearchBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: the benchmarks behind BENCHMARKS.md, vankien beside plain Lucene in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Run the search benchmark (index build, size, query latency) beside plain Lucene"
        + " StandardAnalyzer on the same documents and queries.")
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--docs", split = ",", defaultValue = "../shared/corpus/seeds,../shared/corpus/laws,samples",
      description = "Document folders (default: ${DEFAULT-VALUE}).")
  List<Path> docs;

  @Option(names = "--queries", defaultValue = "eval/queries.jsonl")
  Path queries;

  @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds over the query set.")
  int rounds;

  @Override
  public Integer call() throws Exception {
    List<Path> present = docs.stream().filter(Files::exists).toList();
    SearchBenchmark.run(present, queries, rounds, System.out);
    return 0;
  }
}
