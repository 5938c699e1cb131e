package io.vankien.cli;

import io.vankien.bench.AccessLoadBenchmark;
import io.vankien.bench.AnalysisThroughput;
import io.vankien.bench.IngestBenchmark;
import io.vankien.bench.MetadataThroughput;
import io.vankien.bench.ScaleBenchmark;
import io.vankien.bench.SearchBenchmark;
import io.vankien.bench.StartupBenchmark;
import io.vankien.bench.SuggestBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: the benchmarks behind BENCHMARKS.md, vankien beside plain Lucene in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Run the benchmarks behind BENCHMARKS.md, each beside its baseline in the same run:"
        + " analysis throughput (vs StandardAnalyzer, ICU folding), metadata extraction (vs cleaning alone and"
        + " StandardAnalyzer), bulk ingest per format (vs plain Tika + Lucene), search (vs plain Lucene"
        + " StandardAnalyzer); and, with --only scale --corpus DIR, the archive-scale benchmark (ingest, start-up,"
        + " search under HTTP load and in-process, memory, index size, one-file ingest) beside plain Lucene; with --only"
        + " suggest --suggest-index DIR, suggestions from the index beside the former in-memory suggester; with --only"
        + " access --corpus DIR, the bounded load test of access levels (every role searching, one writer, memory"
        + " sampled, answers checked for documents above the role's level); with --only startup --index DIR, start-up"
        + " to the first answer on that archive without a cache, with class-data sharing, with the AOT cache and"
        + " through the launcher, interleaved --rounds times.")
public final class BenchCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--docs", split = ",", defaultValue = "../shared/corpus/seeds,../shared/corpus/laws,samples",
      description = "Document folders (default: ${DEFAULT-VALUE}).")
  List<Path> docs;

  @Option(names = "--queries", defaultValue = "eval/queries.jsonl")
  Path queries;

  @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds over the query set.")
  int rounds;

  @Option(names = "--only", split = ",", defaultValue = "analysis,metadata,ingest,search",
      description = "Which benchmarks (default: ${DEFAULT-VALUE}; also: scale, suggest, access, startup).")
  List<String> only;

  @Option(names = "--laws", defaultValue = "../shared/corpus/laws", description = "The laws folder.")
  Path laws;

  @Option(names = "--per-format", defaultValue = "30", description = "Laws per format in the ingest benchmark.")
  int perFormat;

  @Option(names = "--scans", defaultValue = "5", description = "Scans per OCR format in the ingest benchmark.")
  int scans;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Scale benchmark: a corpus folder made by bench-corpus (documents and manifest.jsonl).")
  Path corpus;

  @Option(names = "--clients", defaultValue = "8", description = "Scale, access: concurrent clients (default:"
      + " ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--warmup", defaultValue = "90", description = "Scale, access: warm-up seconds per load (default:"
      + " ${DEFAULT-VALUE}: at 100k the JIT compiler was still recompiling after 20 s of this load, taking a quarter to"
      + " a third of the server's CPU, and had settled after 60 s; BENCHMARKS.md, \"Ninth session\").")
  int warmup;

  @Option(names = "--duration", defaultValue = "30", description = "Scale: timed seconds per load (default: ${DEFAULT-VALUE}).")
  int duration;

  @Option(names = "--threads", defaultValue = "2", description = "Scale: ingest threads, the same for vankien and"
      + " the baselines (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--seed", defaultValue = "12", description = "Scale: seed of the query mix (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--mix-size", defaultValue = "1000", description = "Scale: queries in the mix (default: ${DEFAULT-VALUE}).")
  int mixSize;

  @Option(names = "--keep", description = "Scale: keep the archive and the baseline indexes under target/bench-scale/.")
  boolean keep;

  @Option(names = "--reuse", paramLabel = "DIR", description = "Scale: the work folder of an earlier run with --keep"
      + " (target/bench-scale/STAMP): its archive and baseline indexes are searched again, nothing is ingested.")
  Path reuse;

  @Option(names = "--minutes", defaultValue = "3", description = "Access: timed minutes of load (default:"
      + " ${DEFAULT-VALUE}).")
  int minutes;

  @Option(names = "--rates", split = ",", defaultValue = "100,200,300", paramLabel = "PER_SECOND",
      description = "Scale: offered rates of the open-loop loads run on each server after the closed loop, requests a"
          + " second over up to --clients connections, latency from each request's due time (default:"
          + " ${DEFAULT-VALUE}; 0 for none).")
  List<Double> rates;

  @Option(names = "--exports", defaultValue = "3", paramLabel = "N",
      description = "Scale: exports of a common word's matches running at once during one more load at the first of"
          + " --rates on vankien's server, beside the same rate without them (default: ${DEFAULT-VALUE}; 0 for none).")
  int exports;

  @Option(names = "--rankings", split = ",", paramLabel = "FIRSTPASS-WINDOW", converter = RankingConverter.class,
      description = "Scale: also measure the CPU a search costs under these alternatives to the product's ranking,"
          + " in process, one thread, interleaved query by query with the product's (e.g. required-200,all-100; what"
          + " they cost in relevance: eval --distractors --rankings). Default: none.")
  List<io.vankien.search.Ranking> rankings = List.of();

  @Option(names = "--phases", split = ",", defaultValue = ScaleBenchmark.ALL_PHASES,
      description = "Scale: phases to run, comma-separated (default: ${DEFAULT-VALUE}); the ingest phase (with the"
          + " index sizes) always runs, the others read its archive: --phases ingest measures ingest alone.")
  List<String> phases;

  @Option(names = {"--suggest-index", "--index"}, defaultValue = "index",
      description = "Archive the suggest benchmark copies and measures, and the start-up benchmark serves"
          + " (default: ${DEFAULT-VALUE}).")
  Path suggestIndex;

  @Override
  public Integer call() throws Exception {
    if (only.contains("scale")) {
      if (corpus == null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--only scale needs --corpus DIR (make one with ./vankien bench-corpus)");
      }
      if (clients < 1 || warmup < 0 || duration < 1 || threads < 1 || mixSize < 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--clients, --duration, --threads and --mix-size must be at least 1, --warmup at least 0");
      }
      if (exports < 0) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--exports takes how many exports run at once, 0 or more; got " + exports);
      }
      if (rates.stream().anyMatch(r -> !(r >= 0) || r.isInfinite())) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--rates takes requests a second, each positive (0: none); got " + rates);
      }
      System.out.println("## Scale\n");
      if (!ScaleBenchmark.PHASES.containsAll(phases)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--phases takes " + String.join(", ", ScaleBenchmark.PHASES) + "; got " + phases);
      }
      ScaleBenchmark.run(new ScaleBenchmark.Options(corpus, clients, warmup, duration, threads, seed, mixSize, keep,
          Path.of(System.getProperty("vankien.home", "")).toAbsolutePath(), new java.util.HashSet<>(phases), reuse,
          rates.stream().filter(r -> r != 0).toList(), exports, rankings),
          System.out);
      System.out.println();
    }
    if (only.contains("access")) {
      if (corpus == null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--only access needs --corpus DIR (make one with ./vankien bench-corpus)");
      }
      if (clients < 6 || minutes < 1 || warmup < 0 || threads < 1 || mixSize < 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--clients must be at least 6 (one per role), --minutes, --threads and --mix-size at least 1,"
                + " --warmup at least 0");
      }
      System.out.println("## Access levels under load\n");
      AccessLoadBenchmark.run(new AccessLoadBenchmark.Options(corpus, minutes, clients, warmup, threads, seed,
          mixSize, keep, Path.of(System.getProperty("vankien.home", "")).toAbsolutePath()), System.out);
      System.out.println();
    }
    if (only.contains("analysis")) {
      System.out.println("## Analysis throughput\n");
      AnalysisThroughput.main(new String[] {laws.toString()});
      System.out.println();
    }
    if (only.contains("metadata")) {
      System.out.println("## Metadata extraction\n");
      MetadataThroughput.run(laws, System.out);
      System.out.println();
    }
    if (only.contains("ingest")) {
      System.out.println("## Bulk ingest by format\n");
      IngestBenchmark.run(laws, perFormat, scans, System.out);
      System.out.println();
    }
    if (only.contains("search")) {
      System.out.println("## Search\n");
      SearchBenchmark.run(docs.stream().filter(Files::exists).toList(), queries, rounds, System.out);
    }
    if (only.contains("startup")) {
      System.out.println("## Start-up to the first answer\n");
      StartupBenchmark.run(suggestIndex, Path.of(System.getProperty("vankien.home", "")).toAbsolutePath(), rounds,
          System.out);
      System.out.println();
    }
    if (only.contains("suggest")) {
      System.out.println("## Suggestions\n");
      SuggestBenchmark.run(suggestIndex, rounds, System.out);
    }
    return 0;
  }
}
