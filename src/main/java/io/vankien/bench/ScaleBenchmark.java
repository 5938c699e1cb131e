package io.vankien.bench;

import io.vankien.index.Archive;
import io.vankien.index.Folders;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.search.Ranking;
import io.vankien.search.SearchService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * The archive-scale benchmark of issue 12 on one generated corpus folder, every figure beside its baseline
 * in the same run: ingest as whole processes (vankien, plain Lucene, Lucene with vankien's text field only, and
 * with its text and word-pair fields); index size per document; the archive compacted beside a plain forceMerge;
 * one file into the big archive (CLI, and upload to the running server);
 * start-up to first answer, search under a closed-loop HTTP load and memory while serving, then latency at
 * fixed offered rates ({@link FixedRateLoad}: open loop over as many connections as clients), for vankien's
 * server and a plain Lucene server; and the same query mix in-process (no HTTP).
 */
public final class ScaleBenchmark {
  /**
   * What to run: the corpus folder, load shape and ingest threads; {@code home} is the installation;
   * {@code phases} the phases run ({@link #PHASES}; the ingest phase always, as every other one reads its
   * archive and indexes, and the index sizes with it), unless {@code reuse} names the work folder of an earlier
   * run kept with {@code keep}: its archive and baseline indexes are searched again and nothing is ingested
   * (the search phases rerun on a quieter machine without ingesting 100,000 documents again); null otherwise.
   * {@code exports}: exports running at once ({@link ExportLoad}) during one more load at the first of {@code rates},
   * on vankien's server (0: none). {@code rankings}: alternatives to the product's ranking ({@link Ranking}), whose CPU per
   * search is measured in process beside the product's ({@link RankingCpu}; the relevance they cost: {@code eval
   * --distractors --rankings}).
   */
  public record Options(Path corpus, int clients, int warmupSeconds, int durationSeconds, int threads, long seed,
      int mixSize, boolean keep, Path home, java.util.Set<String> phases, Path reuse, List<Double> rates,
      int exports, List<Ranking> rankings) {
    public Options(Path corpus, int clients, int warmupSeconds, int durationSeconds, int threads, long seed,
        int mixSize, boolean keep, Path home, java.util.Set<String> phases) {
      this(corpus, clients, warmupSeconds, durationSeconds, threads, seed, mixSize, keep, home, phases, null,
          List.of(), 0, List.of());
    }

    public Options {
      rankings = List.copyOf(rankings);
      if (exports < 0) {
        throw new IllegalArgumentException("exports at once must be 0 or more: " + exports);
      }
      rates = List.copyOf(rates);
      for (double r : rates) {
        if (!(r > 0)) {
          throw new IllegalArgumentException("a rate must be a positive number of requests a second: " + r);
        }
      }
      phases = java.util.Set.copyOf(phases);
      for (String p : phases) {
        if (!PHASES.contains(p)) {
          throw new IllegalArgumentException("unknown phase '" + p + "' (phases: " + String.join(", ", PHASES) + ")");
        }
      }
    }

    boolean runs(String phase) {
      return phases.contains(phase);
    }
  }

  /** The phases, in the order they run, comma-separated: {@code bench --phases}'s default. */
  public static final String ALL_PHASES = "ingest,compact,one-file,server,plain-server,in-process";

  /** The phases, in the order they run: {@code --phases ingest} measures ingest (and index sizes) alone. */
  public static final List<String> PHASES = List.of(ALL_PHASES.split(","));

  private static final String MAIN = "io.vankien.cli.Main";
  /** Passes over the mix of {@link RankingCpu}: dropped, then kept. */
  private static final int RANKING_WARMUP_ROUNDS = 2;
  private static final int RANKING_ROUNDS = 3;
  private static final Duration INGEST_TIMEOUT = Duration.ofHours(4);
  private static final Duration COMPACT_TIMEOUT = Duration.ofHours(2);
  private static final Duration ONE_FILE_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  /** Warm-up of each fixed-rate load: the server is warm from the closed loop; the rate's queue settles. */
  private static final Duration RATE_WARMUP = Duration.ofSeconds(5);
  private static final String RANKING_BASELINE = "Lucene + vankien text and word pairs";
  private static final String PLAIN_NOTE = "plain server: StandardAnalyzer, top-10 ids only, no facets,"
      + " snippets or filters (the mix's filters are sent and ignored)";

  private final Options o;
  private final ScaleReport report = new ScaleReport();
  private final Path work;
  private final Path archive;
  private final Path plainIndex;
  private final Path schemaIndex;
  private final Path rankingIndex;
  private final ProcessRunner runner;
  private final CorpusManifest manifest;
  private final List<QueryMix.Query> mix;

  private ScaleBenchmark(Options o, Path work, String stamp) throws IOException {
    this.o = o;
    this.work = work;
    this.archive = work.resolve("archive");
    this.plainIndex = work.resolve("plain-index");
    this.schemaIndex = work.resolve("schema-index");
    this.rankingIndex = work.resolve("ranking-index");
    this.runner = new ProcessRunner(work.resolve(o.reuse() == null ? "logs" : "logs-" + stamp), o.home());
    this.manifest = CorpusManifest.read(o.corpus());
    this.mix = QueryMix.build(manifest.entries(), o.seed(), o.mixSize());
  }

  /** Runs everything, prints the table to {@code out}, and returns the JSON file of every figure. */
  public static Path run(Options o, PrintStream out) throws Exception {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path work = o.reuse() != null ? o.reuse().toAbsolutePath() : o.home().resolve("target/bench-scale/" + stamp);
    if (o.reuse() != null && !(Files.isDirectory(work.resolve("archive")) && Files.isDirectory(work.resolve("plain-index")))) {
      throw new IllegalArgumentException("--reuse " + o.reuse() + ": no archive/ and plain-index/ there (the work"
          + " folder of a run with --keep, target/bench-scale/STAMP)");
    }
    ScaleBenchmark b = new ScaleBenchmark(o, work, stamp);
    Path json = o.home().resolve("target/bench-results/scale-" + stamp + ".json");
    try {
      b.all(out);
    } catch (Exception e) {
      b.report.note("THE RUN FAILED, figures above are partial: " + e);
      throw e;
    } finally {
      b.report.writeJson(json);
      if (!o.keep() && o.reuse() == null) {
        for (Path p : List.of(b.archive, b.plainIndex, b.schemaIndex, b.rankingIndex, work.resolve("new"))) {
          Folders.deleteRecursively(p);
        }
      }
      out.println();
      b.report.printMarkdown(out);
      out.println();
      out.println("every figure: " + json + "; child process logs: " + work.resolve("logs"));
    }
    return json;
  }

  private void all(PrintStream out) throws Exception {
    facts();
    out.println("scale benchmark: " + manifest.entries().size() + " documents in " + o.corpus()
        + "; work folder " + work + " (progress below, the table at the end)");
    if (o.reuse() == null) {
      phase("ingest (4 processes)", this::ingest, out);
      phase("index size", this::sizes, out);
    } else {
      phase("archives of an earlier run (nothing ingested)", this::reused, out);
    }
    if (o.runs("compact")) {
      phase("compact: vankien compact and plain Lucene forceMerge, 1 segment each", this::compact, out);
    }
    if (o.runs("one-file")) {
      phase("one file, CLI (vankien and plain)", this::oneFileCli, out);
    }
    if (o.runs("server")) {
      phase("vankien server: start-up, load, memory, upload", this::vankienServer, out);
    }
    if (o.runs("plain-server")) {
      phase("plain Lucene server: start-up, load, memory", this::plainServer, out);
    }
    if (o.runs("server") || o.runs("plain-server")) {
      serverRows(); // either server alone (--phases server) has its rows, beside an empty baseline
    }
    if (o.runs("in-process")) {
      phase("in-process: vankien SearchService and plain IndexSearcher", this::inProcess, out);
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  private void phase(String name, Step step, PrintStream out) throws Exception {
    String before = MachineFacts.loadAverage();
    out.printf("[%s] %s (load %s)...%n", LocalDateTime.now().withNano(0), name, before);
    long t = System.nanoTime();
    try {
      step.run();
    } finally {
      report.phase(new ScaleReport.Phase(name, before, MachineFacts.loadAverage(), (System.nanoTime() - t) / 1e9));
    }
  }

  private void facts() {
    report.fact("machine", MachineFacts.cores() + " cores (nproc), " + MachineFacts.cpuModel()
        + ", shared with other workers");
    report.fact("JDK (bench and every child)", MachineFacts.jdk());
    String opts = System.getenv("VANKIEN_JAVA_OPTS");
    report.fact("VANKIEN_JAVA_OPTS", opts == null || opts.isBlank() ? "(unset)" : opts);
    report.fact("JVM options of every child (this JVM's, from the launcher)", String.join(" ", runner.jvmOptions()));
    report.fact("corpus", o.corpus().toAbsolutePath() + ", " + manifest.entries().size() + " documents");
    report.fact("load", o.clients() + " closed-loop clients, " + o.warmupSeconds() + " s warm-up, "
        + o.durationSeconds() + " s timed; query mix of " + mix.size() + " (seed " + o.seed() + "): "
        + QueryMix.counts(mix.size()));
    report.fact("ingest threads", o.threads());
    report.detail("mixSample", mix.subList(0, Math.min(20, mix.size())).stream().map(QueryMix.Query::urlQuery)
        .toList());
  }

  // ---- 1. ingest ------------------------------------------------------------------------------------

  private long corpusBytes;
  private int corpusFiles;
  private long archiveDocs;
  private long plainDocs;
  private long schemaBytes;
  private long rankingBytes;

  private void ingest() throws Exception {
    List<Path> paths = manifest.ingestPaths();
    List<Path> files = Ingester.collectFiles(paths, new IngestReport());
    for (Path f : files) {
      corpusBytes += Files.readAllBytes(f).length; // also warms the page cache for all four, untimed
    }
    corpusFiles = files.size();
    List<String> pathArgs = paths.stream().map(Path::toString).toList();
    String t = Integer.toString(o.threads());
    ProcessRunner.Timed plain = check(runner.run("ingest-plain", PlainLuceneIngest.class.getName(),
        concat(List.of("plain", plainIndex.toString(), t), pathArgs), INGEST_TIMEOUT), 0);
    ProcessRunner.Timed schema = check(runner.run("ingest-schema", PlainLuceneIngest.class.getName(),
        concat(List.of("schema", schemaIndex.toString(), t), pathArgs), INGEST_TIMEOUT), 0);
    schemaBytes = bytes(schemaIndex);
    Folders.deleteRecursively(schemaIndex); // measured, never searched: a 1M run needs its room for the archive
    ProcessRunner.Timed ranking = check(runner.run("ingest-ranking", PlainLuceneIngest.class.getName(),
        concat(List.of("ranking", rankingIndex.toString(), t), pathArgs), INGEST_TIMEOUT), 0);
    rankingBytes = bytes(rankingIndex);
    Folders.deleteRecursively(rankingIndex);
    ProcessRunner.Timed vk = check(runner.run("ingest-vankien", MAIN,
        concat(List.of("ingest", "--index", archive.toString(), "--threads", t, "--quiet", "--access", "public"), pathArgs),
        INGEST_TIMEOUT), 1);
    double mb = corpusBytes / 1e6;
    String what = String.format("%,d files, %.1f MB, %d threads", corpusFiles, mb, o.threads());
    report.add("ingest", "MB/s (whole process, wall)", mb / vk.wallSeconds(), "plain Lucene", mb / plain.wallSeconds(),
        "target >= 0.35x; " + what);
    report.add("ingest", "MB/s (whole process, wall)", mb / vk.wallSeconds(), "Lucene + vankien schema only",
        mb / schema.wallSeconds(), "issue: about 0.47x here");
    report.add("ingest", "MB/s (whole process, wall)", mb / vk.wallSeconds(), RANKING_BASELINE,
        mb / ranking.wallSeconds(), "the floor of vankien's search: text and word pairs, nothing else");
    report.add("ingest", "wall s", vk.wallSeconds(), "plain Lucene", plain.wallSeconds(), null);
    report.add("ingest", "wall s", vk.wallSeconds(), "Lucene + vankien schema only", schema.wallSeconds(), null);
    report.add("ingest", "wall s", vk.wallSeconds(), RANKING_BASELINE, ranking.wallSeconds(), null);
    report.add("ingest", "process CPU s (user + system)", vk.cpuSeconds(), "plain Lucene", plain.cpuSeconds(), null);
    report.add("ingest", "process CPU s (user + system)", vk.cpuSeconds(), "Lucene + vankien schema only",
        schema.cpuSeconds(), null);
    report.add("ingest", "process CPU s (user + system)", vk.cpuSeconds(), RANKING_BASELINE, ranking.cpuSeconds(),
        null);
    String summary = ProcessRunner.tail(vk.stdout(), 5).strip();
    report.note("vankien ingest said: " + summary.replace("\n", " / ") + " (exit " + vk.exitCode() + ")");
    countDocuments();
    report.fact("documents indexed", String.format("vankien %,d, plain Lucene %,d, of %,d files", archiveDocs,
        plainDocs, corpusFiles));
  }

  private void reused() throws IOException {
    countDocuments();
    report.fact("documents indexed", String.format("vankien %,d, plain Lucene %,d, reused from %s (ingested by an"
        + " earlier run; ingest and index sizes not measured here)", archiveDocs, plainDocs, work));
  }

  /** The documents of the archive and of the plain Lucene index, as the later phases count them. */
  private void countDocuments() throws IOException {
    try (Archive a = Archive.openReadOnly(archive)) {
      archiveDocs = new SearchService(a.searcher()).count(null);
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(plainIndex))) {
      plainDocs = r.numDocs();
    }
  }

  // ---- 6. index size -------------------------------------------------------------------------------

  private void sizes() throws IOException {
    double lucene = bytes(archive.resolve("lucene")) / (double) archiveDocs;
    double store = bytes(archive.resolve("store")) / (double) archiveDocs;
    double plain = bytes(plainIndex) / (double) plainDocs;
    double schema = schemaBytes / (double) plainDocs;
    double ranking = rankingBytes / (double) plainDocs;
    double text = corpusBytes / (double) corpusFiles;
    report.add("index size", "bytes/doc, index/lucene", lucene, "plain Lucene index", plain, null);
    report.add("index size", "bytes/doc, index/lucene", lucene, "Lucene + vankien schema only", schema, null);
    report.add("index size", "bytes/doc, index/lucene", lucene, RANKING_BASELINE, ranking, null);
    report.add("index size", "bytes/doc, index/store (originals)", store, "the text files themselves", text, null);
    report.add("index size", "bytes/doc, lucene + store", lucene + store, "plain Lucene index", plain, null);
  }

  // ---- compaction, the step README advises after a bulk ingest ------------------------------------------

  /**
   * Merges the archive ({@code vankien compact}) and the plain index (Lucene's forceMerge) to one segment each, so
   * that the later phases search both as README advises after a bulk ingest. Timed apart from ingest.
   */
  private void compact() throws Exception {
    ProcessRunner.Timed plain = check(runner.run("compact-plain", PlainLuceneMerge.class.getName(),
        List.of(plainIndex.toString(), "1"), COMPACT_TIMEOUT), 0);
    ProcessRunner.Timed vk = check(runner.run("compact-vankien", MAIN,
        List.of("compact", "--index", archive.toString(), "--segments", "1"), COMPACT_TIMEOUT), 0);
    report.add("compact", "wall s (whole process)", vk.wallSeconds(), "plain Lucene forceMerge(1)",
        plain.wallSeconds(), "after ingest, not counted in its figures");
    report.add("compact", "process CPU s (user + system)", vk.cpuSeconds(), "plain Lucene forceMerge(1)",
        plain.cpuSeconds(), null);
    report.note("vankien compact said: " + ProcessRunner.tail(vk.stdout(), 1).strip() + "; plain: "
        + ProcessRunner.tail(plain.stdout(), 1).strip());
  }

  // ---- 7a. one file by the CLI -----------------------------------------------------------------------

  private Path newDocument(int n) throws IOException {
    // the n-th entry from the end (the first, in a corpus smaller than n), rewritten as a document of its own
    CorpusManifest.Entry e = manifest.entries().get(Math.max(0, manifest.entries().size() - n));
    String number = e.number() == null ? null : "9" + (900 + n) + e.number().replaceFirst("^\\d+", "");
    Path out = work.resolve("new").resolve(String.format("scale-new-%d.txt", n));
    FreshDocument.write(manifest.path(e), e.number(), number, work.getFileName() + "-" + n, out);
    return out;
  }

  /** Measured one-file ingests of each kind (a single run ranged from 0.97 to 1.26 s on one build). */
  static final int ONE_FILE_RUNS = 5;

  private void oneFileCli() throws Exception {
    // through the launcher, as a user runs it: ingest's own class-data archive, recorded by an unmeasured first file
    check(runner.runLauncher("one-file-vankien-unmeasured", oneFileArgs(newDocument(3)), ONE_FILE_TIMEOUT), 0);
    double[] vk = new double[ONE_FILE_RUNS];
    double[] plain = new double[ONE_FILE_RUNS];
    for (int i = 0; i < ONE_FILE_RUNS; i++) { // interleaved, each run a new file
      Path doc = newDocument(10 + i);
      plain[i] = check(runner.run("one-file-plain-" + i, PlainLuceneIngest.class.getName(),
          List.of("plain", plainIndex.toString(), "1", doc.toString()), ONE_FILE_TIMEOUT), 0).wallSeconds();
      vk[i] = check(runner.runLauncher("one-file-vankien-" + i, oneFileArgs(doc), ONE_FILE_TIMEOUT), 0)
          .wallSeconds();
    }
    report.add("one file", "CLI ingest into the archive, wall s (whole process), median", Medians.of(vk),
        "plain Lucene: one file into its index, whole process", Medians.of(plain), String.format(Locale.ROOT,
            "target < 1 s; server stopped; %d runs each, interleaved: %s; plain %s", ONE_FILE_RUNS, range(vk),
            range(plain)));
  }

  private static String range(double[] v) {
    return String.format(Locale.ROOT, "%.2f-%.2f s", Arrays.stream(v).min().orElse(0), Arrays.stream(v).max()
        .orElse(0));
  }

  private List<String> oneFileArgs(Path doc) {
    return List.of("ingest", "--index", archive.toString(), "--quiet", "--access", "public", doc.toString());
  }

  // ---- 2, 3, 5, 7b. the servers --------------------------------------------------------------------

  private void vankienServer() throws Exception {
    firstStartUnmeasured();
    int port = ServerProbe.freePort();
    String token = newToken();
    ProcessRunner.Started s = runner.startLauncher("serve-vankien", serveArgs(port),
        Map.of("VANKIEN_STAFF_TOKEN", token));
    try {
      serving("vankien", s, port);
      Path doc = newDocument(2);
      StaffUpload.Result up = StaffUpload.upload(port, token, doc.getFileName().toString(), Files.readAllBytes(doc),
          Duration.ofMinutes(2));
      report.add("one file", "POST /api/documents to the running server, wall s", up.ms() / 1000, null, null,
          "target < 1 s; HTTP " + up.status() + (up.status() == 201 ? "" : ": " + up.body()));
    } finally {
      ProcessRunner.stop(s.process());
    }
  }

  /**
   * The server through the launcher, as a user starts it ({@code serve} maps a class-data archive of its own),
   * to its first answer and stopped, unmeasured: on a new build that start records the archive (at exit), which
   * every later start then maps.
   */
  private void firstStartUnmeasured() throws Exception {
    int port = ServerProbe.freePort();
    ProcessRunner.Started s = runner.startLauncher("serve-vankien-unmeasured", serveArgs(port), Map.of());
    try {
      msToFirstAnswer("vankien", s, port);
    } finally {
      ProcessRunner.stop(s.process());
    }
  }

  /** Milliseconds from the server's start to its first answer to the mix's first query; a failure names the server. */
  private double msToFirstAnswer(String who, ProcessRunner.Started s, int port) throws Exception {
    try {
      return ServerProbe.msToFirstAnswer(s.process(), s.startNanos(), port, mix.get(0).urlQuery(), START_TIMEOUT);
    } catch (IOException e) {
      throw new IOException(who + " server: " + e.getMessage() + "\n" + ProcessRunner.tail(s.stderr(), 20), e);
    }
  }

  private List<String> serveArgs(int port) {
    return List.of("serve", "--index", archive.toString(), "--port", Integer.toString(port), "--host", "127.0.0.1");
  }

  private void plainServer() throws Exception {
    int port = ServerProbe.freePort();
    ProcessRunner.Started s = runner.start("serve-plain", PlainLuceneServer.class.getName(),
        List.of(plainIndex.toString(), Integer.toString(port)), Map.of());
    try {
      serving("plain", s, port);
    } finally {
      ProcessRunner.stop(s.process());
    }
  }

  private final Map<String, Object> serverFigures = new LinkedHashMap<>();

  /** Start-up, load and memory of one server; the figures go in once both servers have run. */
  private void serving(String who, ProcessRunner.Started s, int port) throws Exception {
    double startMs = msToFirstAnswer(who, s, port);
    long pid = s.process().pid();
    try (HttpSearchTarget target = new HttpSearchTarget(port, REQUEST_TIMEOUT)) {
      ProcessIo before = ProcessIo.of(pid);
      LoadGenerator.Result load = load(target);
      serverFigures.put(who + ".io", ProcessIo.of(pid).since(before));
      ProcessMemory mem = ProcessMemory.of(pid, ProcessRunner.javaHome().resolve("bin/jcmd"));
      serverFigures.put(who + ".startMs", startMs);
      serverFigures.put(who + ".load", load);
      serverFigures.put(who + ".mem", mem);
      serverFigures.put(who + ".answerBytes", target.meanAnswerBytes());
      List<FixedRateLoad.Result> rated = new ArrayList<>();
      List<ProcessIo> ratedIo = new ArrayList<>();
      for (double rate : o.rates()) {
        ProcessIo rateBefore = ProcessIo.of(pid);
        rated.add(FixedRateLoad.run(target, mix, o.clients(), rate, RATE_WARMUP, Duration.ofSeconds(o.durationSeconds()),
            REQUEST_TIMEOUT.plusSeconds(30)));
        ratedIo.add(ProcessIo.of(pid).since(rateBefore));
      }
      serverFigures.put(who + ".rated", rated);
      serverFigures.put(who + ".ratedIo", ratedIo);
      report.detail(who + "Server", Map.of("startMs", startMs, "load", summary(load), "memory", mem,
          "storageReads", serverFigures.get(who + ".io"), "storageReadsAtFixedRates", ratedIo,
          "meanAnswerBytes", target.meanAnswerBytes(), "fixedRates", rated.stream().map(r -> Map.of(
              "offeredPerSecond", r.offeredPerSecond(), "load", summary(r.load()), "unsent", r.unsent())).toList()));
      if (who.equals("vankien") && o.exports() > 0 && !o.rates().isEmpty()) {
        searchingBesideExports(target, port, rated.get(0));
      }
    }
  }

  /**
   * The first offered rate again while {@link Options#exports} researchers export a common word's matches: the
   * searches' latency beside the same rate without them (the load just run), and the exports' throughput. The
   * exports start with the warm-up, which is the closed loop's.
   */
  private void searchingBesideExports(HttpSearchTarget target, int port, FixedRateLoad.Result alone)
      throws InterruptedException {
    FixedRateLoad.Result beside;
    double mbs;
    long finished;
    long failed;
    try (ExportLoad exports = ExportLoad.start(port, o.exports())) {
      // the closed loop's warm-up: the JIT compiler compiles the export's code (first run here) before the window
      beside = FixedRateLoad.run(target, mix, o.clients(), alone.offeredPerSecond(),
          Duration.ofSeconds(Math.max(o.warmupSeconds(), RATE_WARMUP.toSeconds())),
          Duration.ofSeconds(o.durationSeconds()), REQUEST_TIMEOUT.plusSeconds(30));
      mbs = exports.megabytesPerSecond();
      finished = exports.finished();
      failed = exports.failed();
    }
    String phase = offered(alone.offeredPerSecond()) + ", " + o.exports() + " exports at once";
    String base = "the same rate, no export";
    report.add(phase, "p50 ms from the due time", beside.load().latencies().p50Ms(), base,
        alone.load().latencies().p50Ms(), "exports of \"" + ExportLoad.QUERY + "\" (JSON lines) read to their end");
    report.add(phase, "p99 ms from the due time", beside.load().latencies().p99Ms(), base,
        alone.load().latencies().p99Ms(), null);
    report.add(phase, "errors (non-2xx or exceptions)", (double) beside.load().errors(), base,
        (double) alone.load().errors(), null);
    report.add(phase, "export MB/s read, all exports", mbs, null, null,
        finished + " exports finished, " + failed + " failed in the window");
    report.detail("searchingBesideExports", Map.of("exports", o.exports(), "load", summary(beside.load()),
        "unsent", beside.unsent(), "exportMBps", mbs, "exportsFinished", finished, "exportsFailed", failed));
  }

  /** "HTTP, 100 requests/s offered": the start of a fixed-rate load's phase name (a whole rate without ".0"). */
  private static String offered(double rate) {
    return "HTTP, " + (rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate))
        + " requests/s offered";
  }

  /**
   * The rows of the fixed-rate loads: latency from each request's due time at each offered rate, the rate
   * achieved, errors and requests left unsent; the latency targets read at a rate the server is asked for.
   */
  @SuppressWarnings("unchecked")
  private void rateRows() {
    List<FixedRateLoad.Result> vk = (List<FixedRateLoad.Result>) serverFigures.getOrDefault("vankien.rated", List.of());
    List<FixedRateLoad.Result> pl = (List<FixedRateLoad.Result>) serverFigures.getOrDefault("plain.rated", List.of());
    for (int i = 0; i < o.rates().size(); i++) {
      FixedRateLoad.Result v = i < vk.size() ? vk.get(i) : null;
      FixedRateLoad.Result p = i < pl.size() ? pl.get(i) : null;
      double rate = o.rates().get(i);
      String phase = offered(rate) + ", up to " + o.clients() + " connections";
      LoadGenerator.Result vl = v == null ? null : v.load();
      LoadGenerator.Result plo = p == null ? null : p.load();
      String base = "plain Lucene server";
      report.add(phase, "p50 ms from the due time", of(vl, r -> r.latencies().p50Ms()), base,
          of(plo, r -> r.latencies().p50Ms()), "target <= 5 ms; open loop (FixedRateLoad)");
      report.add(phase, "p99 ms from the due time", of(vl, r -> r.latencies().p99Ms()), base,
          of(plo, r -> r.latencies().p99Ms()), "target <= 30 ms");
      report.add(phase, "max ms", of(vl, r -> r.latencies().maxMs()), base, of(plo, r -> r.latencies().maxMs()), null);
      report.add(phase, "requests/s achieved", of(vl, LoadGenerator.Result::requestsPerSecond), base,
          of(plo, LoadGenerator.Result::requestsPerSecond), null);
      report.add(phase, "errors (non-2xx or exceptions)", of(vl, LoadGenerator.Result::errors), base,
          of(plo, LoadGenerator.Result::errors), "target 0");
      report.add(phase, "requests due but unsent after the grace", v == null ? null : (double) v.unsent(), base,
          p == null ? null : (double) p.unsent(), null);
      ioRows(phase, ioAt("vankien.ratedIo", i), ioAt("plain.ratedIo", i));
    }
  }

  @SuppressWarnings("unchecked")
  private ProcessIo ioAt(String key, int i) {
    List<ProcessIo> all = (List<ProcessIo>) serverFigures.getOrDefault(key, List.of());
    return i < all.size() ? all.get(i) : null;
  }

  /**
   * The server process's major page faults and storage reads over a load's warm-up and window: whether the phase
   * measured the searches or the page cache (an index larger than the cache faults).
   */
  private void ioRows(String phase, ProcessIo vk, ProcessIo plain) {
    report.add(phase, "server's major page faults, warm-up and window", faults(vk), "plain Lucene server",
        faults(plain), "/proc/PID/stat; pages of the index not in the page cache");
    report.add(phase, "server's MB read from storage, warm-up and window", readMb(vk), "plain Lucene server",
        readMb(plain), "/proc/PID/io read_bytes");
  }

  private static Double faults(ProcessIo io) {
    return io == null || io.majorFaults() < 0 ? null : (double) io.majorFaults();
  }

  private static Double readMb(ProcessIo io) {
    return io == null || io.readBytes() < 0 ? null : io.readBytes() / (1024.0 * 1024);
  }

  private void serverRows() {
    report.add("start-up", "ms from process start to first 200 of /api/search", (Double) serverFigures.get(
        "vankien.startMs"), "plain Lucene server", (Double) serverFigures.get("plain.startMs"), "target <= 2,000 ms");
    loadRows("HTTP, " + o.clients() + " clients", (LoadGenerator.Result) serverFigures.get("vankien.load"),
        "plain Lucene server", (LoadGenerator.Result) serverFigures.get("plain.load"), PLAIN_NOTE);
    report.add("HTTP, " + o.clients() + " clients", "mean answer bytes", (Double) serverFigures.get(
        "vankien.answerBytes"), "plain Lucene server", (Double) serverFigures.get("plain.answerBytes"), null);
    ioRows("HTTP, " + o.clients() + " clients", (ProcessIo) serverFigures.get("vankien.io"),
        (ProcessIo) serverFigures.get("plain.io"));
    rateRows();
    ProcessMemory vk = (ProcessMemory) serverFigures.get("vankien.mem");
    ProcessMemory pl = (ProcessMemory) serverFigures.get("plain.mem");
    report.add("memory after the load", "RSS MB (VmRSS)", vk == null ? null : vk.rssKb() / 1024.0,
        "plain Lucene server", pl == null ? null : pl.rssKb() / 1024.0, null);
    report.add("memory after the load", "peak RSS MB (VmHWM)", vk == null ? null : vk.hwmKb() / 1024.0,
        "plain Lucene server", pl == null ? null : pl.hwmKb() / 1024.0, null);
    report.add("memory after the load", "heap used after a full GC, MB (jcmd)", vk == null ? null : mb(vk.heapUsedKb()),
        "plain Lucene server", pl == null ? null : mb(pl.heapUsedKb()), "target <= 512 MB at 100k");
  }

  // ---- 4. in-process -------------------------------------------------------------------------------

  private void inProcess() throws Exception {
    LoadGenerator.Result vk;
    LoadGenerator.Result plain;
    try (Archive a = Archive.openReadOnly(archive)) {
      vk = load(InProcessTargets.vankien(new SearchService(a.searcher())));
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(plainIndex))) {
      plain = load(InProcessTargets.plain(new IndexSearcher(r)));
    }
    report.detail("inProcess", Map.of("vankien", summary(vk), "plain", summary(plain)));
    loadRows("in-process, " + o.clients() + " threads", vk, "plain IndexSearcher", plain,
        "no HTTP: SearchService.search vs IndexSearcher.search top 10 (filters ignored)");
    if (!o.rankings().isEmpty()) {
      rankingCpu();
    }
  }

  /** The CPU of a search under each alternative ranking, beside the product's, interleaved ({@link RankingCpu}). */
  private void rankingCpu() throws Exception {
    List<Ranking> all = new ArrayList<>();
    all.add(Ranking.DEFAULT);
    o.rankings().stream().filter(r -> !r.equals(Ranking.DEFAULT)).forEach(all::add);
    List<RankingCpu.Figures> figures;
    try (Archive a = Archive.openReadOnly(archive)) {
      figures = RankingCpu.measure(new SearchService(a.searcher()), all, mix, RANKING_WARMUP_ROUNDS, RANKING_ROUNDS);
    }
    RankingCpu.Figures product = figures.get(0);
    Map<String, Object> detail = new java.util.LinkedHashMap<>();
    for (RankingCpu.Figures f : figures) {
      detail.put(f.ranking().name(), Map.of("searches", f.searches(), "meanMs", f.meanMs(), "cpu", f.cpu()));
      if (f == product) {
        continue;
      }
      String phase = "CPU per search, one thread, ranking " + f.ranking().name();
      String base = "product's ranking (" + product.ranking().name() + "), interleaved";
      report.add(phase, "mean ms", f.meanMs(), base, product.meanMs(), "each query of the mix under every ranking in"
          + " turn, " + RANKING_ROUNDS + " passes after " + RANKING_WARMUP_ROUNDS + "; relevance: eval --distractors"
          + " --rankings " + f.ranking().name());
      report.add(phase, "p50 ms", f.cpu().p50Ms(), base, product.cpu().p50Ms(), null);
      report.add(phase, "p90 ms", f.cpu().p90Ms(), base, product.cpu().p90Ms(), null);
      report.add(phase, "p99 ms", f.cpu().p99Ms(), base, product.cpu().p99Ms(), null);
    }
    report.detail("rankingCpu", detail);
  }

  // ---- helpers -------------------------------------------------------------------------------------

  private LoadGenerator.Result load(LoadGenerator.Target target) throws InterruptedException {
    return LoadGenerator.run(target, mix, o.clients(), Duration.ofSeconds(o.warmupSeconds()),
        Duration.ofSeconds(o.durationSeconds()), REQUEST_TIMEOUT.plusSeconds(30));
  }

  private void loadRows(String phase, LoadGenerator.Result vk, String baseline, LoadGenerator.Result base,
      String note) {
    report.add(phase, "p50 ms", of(vk, r -> r.latencies().p50Ms()), baseline, of(base, r -> r.latencies().p50Ms()),
        phase.startsWith("HTTP") ? "target <= 5 ms; " + note : note);
    report.add(phase, "p90 ms", of(vk, r -> r.latencies().p90Ms()), baseline, of(base, r -> r.latencies().p90Ms()),
        null);
    report.add(phase, "p99 ms", of(vk, r -> r.latencies().p99Ms()), baseline, of(base, r -> r.latencies().p99Ms()),
        phase.startsWith("HTTP") ? "target <= 30 ms" : null);
    report.add(phase, "max ms", of(vk, r -> r.latencies().maxMs()), baseline, of(base, r -> r.latencies().maxMs()),
        null);
    report.add(phase, "requests/s", of(vk, LoadGenerator.Result::requestsPerSecond), baseline,
        of(base, LoadGenerator.Result::requestsPerSecond), phase.startsWith("HTTP") ? "target >= 300" : null);
    report.add(phase, "requests in the timed window", of(vk, LoadGenerator.Result::requests), baseline,
        of(base, LoadGenerator.Result::requests), null);
    report.add(phase, "errors (non-2xx or exceptions)", of(vk, LoadGenerator.Result::errors), baseline,
        of(base, LoadGenerator.Result::errors), "target 0");
    for (String sample : vk == null ? List.<String>of() : vk.errorSamples()) {
      report.note(phase + ", vankien error: " + sample);
    }
    for (String sample : base == null ? List.<String>of() : base.errorSamples()) {
      report.note(phase + ", " + baseline + " error: " + sample);
    }
    int vkUnfinished = vk == null ? 0 : vk.unfinishedClients();
    int baseUnfinished = base == null ? 0 : base.unfinishedClients();
    if (vkUnfinished + baseUnfinished > 0) {
      report.note(phase + ": clients still running after the bounded wait: vankien " + vkUnfinished + ", "
          + baseline + " " + baseUnfinished);
    }
  }

  /** A figure of a load result, or null (no value in the table) when that side did not run. */
  private static Double of(LoadGenerator.Result r, java.util.function.ToDoubleFunction<LoadGenerator.Result> f) {
    return r == null ? null : f.applyAsDouble(r);
  }

  private static Map<String, Object> summary(LoadGenerator.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("latencies", r.latencies());
    m.put("requests", r.requests());
    m.put("errors", r.errors());
    m.put("seconds", r.seconds());
    m.put("requestsPerSecond", r.requestsPerSecond());
    m.put("errorSamples", r.errorSamples());
    return m;
  }

  /** A random staff token of 24 hex characters (the server wants at least 12). */
  private static String newToken() {
    byte[] b = new byte[12];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static Double mb(long kb) {
    return kb < 0 ? null : kb / 1024.0;
  }

  /** The run, when its exit code is at most {@code maxExit}; otherwise a failure with its last output. */
  private static ProcessRunner.Timed check(ProcessRunner.Timed t, int maxExit) throws IOException {
    if (t.exitCode() < 0 || t.exitCode() > maxExit) {
      throw new IOException("child process failed (exit " + t.exitCode() + "):\n" + ProcessRunner.tail(t.stderr(), 30)
          + "\n" + ProcessRunner.tail(t.stdout(), 10));
    }
    return t;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static long bytes(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
