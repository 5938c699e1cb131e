package io.vankien.bench;

import io.vankien.auth.Accounts;
import io.vankien.auth.Role;
import io.vankien.index.Archive;
import io.vankien.index.Folders;
import io.vankien.index.ReadScope;
import io.vankien.meta.AccessLevel;
import io.vankien.search.SearchService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bounded load test of issue 13: a generated corpus ingested as child processes with a deterministic
 * share of internal and restricted documents, accounts of every role in the data folder, {@code serve} as
 * a child, then for a few minutes concurrent searching clients of every role (each answer checked for
 * documents above the role's scope) and one writer (uploads and metadata edits), the server's memory
 * sampled every 10 s; then the access filter's in-process price (anonymous, reader, national staff).
 */
public final class AccessLoadBenchmark {
  /** What to run; {@code home} is the installation. */
  public record Options(Path corpus, int minutes, int clients, int warmupSeconds, int threads, long seed,
      int mixSize, boolean keep, Path home) {}

  /** One role of the load: its account (null for anonymous), scope, and bearer token (null: none). */
  record LoadRole(String name, ReadScope scope, String token) {}

  private static final String MAIN = "io.vankien.cli.Main";
  private static final LevelAssignment LEVELS = new LevelAssignment(20, 10);
  private static final Duration INGEST_TIMEOUT = Duration.ofHours(2);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration WRITE_PERIOD = Duration.ofSeconds(2);
  private static final int MEMORY_PERIOD_SECONDS = 10;
  private static final int IN_PROCESS_ROUNDS = 2;
  private static final int IN_PROCESS_THREADS = 2;
  private static final Duration IN_PROCESS_WARMUP = Duration.ofSeconds(3);
  private static final Duration IN_PROCESS_WINDOW = Duration.ofSeconds(10);

  private final Options o;
  private final Path work;
  private final Path archive;
  private final ProcessRunner runner;
  private final CorpusManifest manifest;
  private final List<QueryMix.Query> mix;
  private final AccessLoadReport report = new AccessLoadReport();

  private AccessLoadBenchmark(Options o, Path work) throws IOException {
    this.o = o;
    this.work = work;
    this.archive = work.resolve("archive");
    this.runner = new ProcessRunner(work.resolve("logs"), o.home());
    this.manifest = CorpusManifest.read(o.corpus());
    this.mix = QueryMix.build(manifest.entries(), o.seed(), o.mixSize());
  }

  /** Runs it all, prints the tables to {@code out}; returns the JSON file of every figure. */
  public static Path run(Options o, PrintStream out) throws Exception {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path work = o.home().resolve("target/bench-access/" + stamp);
    AccessLoadBenchmark b = new AccessLoadBenchmark(o, work);
    Path json = o.home().resolve("target/bench-results/access-" + stamp + ".json");
    try {
      b.all(out);
    } catch (Exception e) {
      b.report.note("THE RUN FAILED, figures are partial: " + e);
      throw e;
    } finally {
      b.report.writeJson(json);
      if (!o.keep()) {
        Folders.deleteRecursively(b.archive);
        Folders.deleteRecursively(work.resolve("new"));
      }
      out.println();
      b.report.printMarkdown(out);
      out.println();
      out.println("every figure: " + json + "; child process logs: " + work.resolve("logs"));
    }
    return json;
  }

  private void all(PrintStream out) throws Exception {
    report.fact("machine", MachineFacts.cores() + " cores (nproc), " + MachineFacts.cpuModel()
        + ", shared with other workers");
    report.fact("JDK", MachineFacts.jdk());
    report.fact("load average at start (1/5/15 min)", MachineFacts.loadAverage());
    report.fact("corpus", o.corpus().toAbsolutePath() + ", " + manifest.entries().size() + " documents");
    progress(out, "ingest (3 child processes, one per level)");
    List<String> ids = ingest();
    progress(out, "accounts");
    List<LoadRole> roles = accounts();
    progress(out, "server and load: " + o.minutes() + " min timed after " + o.warmupSeconds() + " s warm-up");
    serve(roles, ids);
    progress(out, "in-process: the access filter's price");
    inProcess();
    report.fact("load average at end (1/5/15 min)", MachineFacts.loadAverage());
  }

  private static void progress(PrintStream out, String what) {
    out.printf("[%s] %s (load %s)%n", LocalDateTime.now().withNano(0), what, MachineFacts.loadAverage());
  }

  // ---- ingest, levels by file -----------------------------------------------------------------------

  /** Ingests each level's files with {@code ingest --access LEVEL}; returns the corpus documents' ids. */
  private List<String> ingest() throws Exception {
    Map<AccessLevel, List<String>> byLevel = new EnumMap<>(AccessLevel.class);
    List<String> ids = new ArrayList<>();
    for (CorpusManifest.Entry e : manifest.entries()) {
      Path p = manifest.path(e).toAbsolutePath();
      byLevel.computeIfAbsent(LEVELS.levelOf(e.file()), k -> new ArrayList<>()).add(p.toString());
      ids.add(idOf(p));
    }
    double seconds = 0;
    for (Map.Entry<AccessLevel, List<String>> level : byLevel.entrySet()) {
      List<String> args = new ArrayList<>(List.of("ingest", "--index", archive.toString(), "--threads",
          Integer.toString(o.threads()), "--quiet", "--access", level.getKey().code()));
      args.addAll(level.getValue());
      ProcessRunner.Timed t = runner.run("ingest-" + level.getKey().code(), MAIN, args, INGEST_TIMEOUT);
      if (t.exitCode() < 0 || t.exitCode() > 1) {
        throw new IOException("ingest failed (exit " + t.exitCode() + "):\n" + ProcessRunner.tail(t.stderr(), 30));
      }
      seconds += t.wallSeconds();
    }
    try (Archive a = Archive.openReadOnly(archive)) {
      SearchService all = new SearchService(a.searcher());
      int total = all.count(null);
      int open = all.as(ReadScope.PUBLIC).count(null);
      int upToInternal = all.as(new ReadScope(AccessLevel.INTERNAL, null)).count(null);
      report.fact("archive", String.format("%,d documents: %,d public, %,d internal, %,d restricted (by a hash of"
          + " the file name: %d%% internal, %d%% restricted); ingest %.0f s wall, %d threads", total, open,
          upToInternal - open, total - upToInternal, LEVELS.internalPercent(), LEVELS.restrictedPercent(), seconds,
          o.threads()));
    }
    return ids;
  }

  /** The archive's id of a file: the first 16 hex digits of the SHA-256 of its bytes. */
  static String idOf(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
        .substring(0, 16);
  }

  // ---- accounts ---------------------------------------------------------------------------------------

  private List<LoadRole> accounts() throws IOException {
    Accounts accounts = new Accounts(archive);
    String province = commonestProvince();
    List<LoadRole> roles = new ArrayList<>();
    roles.add(new LoadRole("anonymous", ReadScope.PUBLIC, null));
    roles.add(account(accounts, "reader", Role.READER, null));
    roles.add(account(accounts, "reader-province", Role.READER, province));
    roles.add(account(accounts, "staff-province", Role.STAFF, province));
    roles.add(account(accounts, "staff", Role.STAFF, null));
    roles.add(account(accounts, "admin", Role.ADMIN, null));
    report.fact("accounts", "reader, staff, admin (national); reader-province, staff-province (" + province
        + ", the corpus's commonest province); tokens only, no passwords");
    return roles;
  }

  private static LoadRole account(Accounts accounts, String name, Role role, String province) throws IOException {
    var a = accounts.add(name, role, province == null ? List.of() : List.of(province), null);
    return new LoadRole(name, a.scope(), accounts.newToken(name));
  }

  private String commonestProvince() {
    return manifest.entries().stream().map(CorpusManifest.Entry::province).filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElseThrow(() -> new IllegalArgumentException("the manifest names no province"));
  }

  // ---- the server under load -----------------------------------------------------------------------

  private void serve(List<LoadRole> roles, List<String> ids) throws Exception {
    int port = ServerProbe.freePort();
    ProcessRunner.Started s = runner.start("serve", MAIN, List.of("serve", "--index", archive.toString(),
        "--port", Integer.toString(port), "--host", "127.0.0.1"), Map.of());
    try {
      double startMs = ServerProbe.msToFirstAnswer(s.process(), s.startNanos(), port, mix.get(0).urlQuery(),
          START_TIMEOUT);
      report.fact("server start-up to first answer", String.format("%.0f ms", startMs));
      load(s.process().pid(), port, roles, ids);
      if (!s.process().isAlive()) {
        report.note("the server exited during the run: " + ProcessRunner.tail(s.stderr(), 20));
      }
    } finally {
      ProcessRunner.stop(s.process());
    }
  }

  private void load(long pid, int port, List<LoadRole> roles, List<String> ids) throws Exception {
    List<Integer> split = RoleSplit.split(roles.size(), o.clients());
    Duration warmup = Duration.ofSeconds(o.warmupSeconds());
    Duration window = Duration.ofMinutes(o.minutes());
    String staffToken = roles.stream().filter(r -> r.name().equals("staff")).findFirst().orElseThrow().token();
    WriterLoad writer = new WriterLoad(port, staffToken, ids, this::newDocument, WRITE_PERIOD, o.seed());
    long start = System.nanoTime();
    Thread writing = writer.start(start + warmup.plus(window).toNanos());
    List<RoleSearchTarget> targets = new ArrayList<>();
    List<LoadGenerator.Result> results = new ArrayList<>(roles.size());
    List<Thread> loads = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      LoadRole r = roles.get(i);
      RoleSearchTarget t = new RoleSearchTarget(port, r.token(), r.scope(), REQUEST_TIMEOUT);
      targets.add(t);
      results.add(null);
      int at = i;
      int clients = split.get(i);
      loads.add(Thread.ofPlatform().name("load-" + r.name()).start(() -> {
        try {
          results.set(at, LoadGenerator.run(t, mix, clients, warmup, window, REQUEST_TIMEOUT.plusSeconds(30)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
    }
    Thread.sleep(warmup);
    try (MemorySampler sampler = new MemorySampler(pid, ProcessRunner.javaHome().resolve("bin/jcmd"),
        MEMORY_PERIOD_SECONDS)) {
      for (Thread t : loads) {
        t.join();
      }
      writing.join(Duration.ofMinutes(3));
      report.memory(sampler.series());
      if (sampler.lastError() != null) {
        report.note("memory sampling stopped early: " + sampler.lastError());
      }
    }
    for (int i = 0; i < roles.size(); i++) {
      LoadRole r = roles.get(i);
      LoadGenerator.Result res = results.get(i);
      RoleSearchTarget t = targets.get(i);
      if (res == null) {
        throw new IOException("the load of " + r.name() + " did not finish");
      }
      AccessLoadReport.RoleRow row = new AccessLoadReport.RoleRow(r.name(), describe(r.scope()), split.get(i),
          res.requests(), res.requestsPerSecond(), res.latencies(), res.errors(), t.hits(), t.nonPublic(),
          t.violations(), res.errorSamples(), t.firstViolation());
      report.role(row);
      row.errorSamples().forEach(e -> report.note(r.name() + " error: " + e));
      if (row.firstViolation() != null) {
        report.note(r.name() + " VIOLATION: " + row.firstViolation());
      }
      if (res.unfinishedClients() > 0) {
        report.note(r.name() + ": " + res.unfinishedClients() + " clients still running after the bounded wait");
      }
    }
    report.write(new AccessLoadReport.WriteRow("POST /api/documents (upload)", writer.uploads().requests(),
        writer.uploads().latencies(), writer.uploads().errors(), writer.uploads().errorSamples()));
    report.write(new AccessLoadReport.WriteRow("PATCH /api/documents/{id}/meta", writer.edits().requests(),
        writer.edits().latencies(), writer.edits().errors(), writer.edits().errorSamples()));
    report.fact("load", String.format("%d closed-loop search clients split over %d roles %s, %d s warm-up then"
        + " %d min timed; query mix of %d (seed %d); one writer: an upload every %d s and a metadata edit between"
        + " (from the start of the warm-up)", o.clients(), roles.size(), split, o.warmupSeconds(), o.minutes(),
        mix.size(), o.seed(), WRITE_PERIOD.toSeconds()));
    writer.uploads().errorSamples().forEach(e -> report.note("writer: " + e));
    writer.edits().errorSamples().forEach(e -> report.note("writer: " + e));
  }

  private static String describe(ReadScope s) {
    return s.clearance().code() + (s.isProvincial() ? ", " + String.join(", ", s.provinces()) : "");
  }

  /** The n-th upload: a corpus document's text with a line naming this run and n, so its bytes are new. */
  private Path newDocument(int n) {
    List<CorpusManifest.Entry> entries = manifest.entries();
    CorpusManifest.Entry e = entries.get((int) Math.floorMod(n * 7919L, (long) entries.size()));
    Path out = work.resolve("new").resolve(String.format("access-new-%d.txt", n));
    try {
      FreshDocument.write(manifest.path(e), null, null, work.getFileName() + "-" + n, out);
    } catch (IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    return out;
  }

  // ---- in-process: the access filter's price -------------------------------------------------------

  private void inProcess() throws Exception {
    try (Archive a = Archive.openReadOnly(archive)) {
      SearchService all = new SearchService(a.searcher());
      Map<String, SearchService> scopes = new LinkedHashMap<>();
      scopes.put("anonymous (public: filtered)", all.as(ReadScope.PUBLIC));
      scopes.put("reader, national (internal: filtered)", all.as(new ReadScope(AccessLevel.INTERNAL, null)));
      scopes.put("staff, national (every level: no filter)", all.as(new ReadScope(AccessLevel.RESTRICTED, null)));
      for (SearchService svc : scopes.values()) { // this JVM has not searched yet: warm every scope, untimed
        LoadGenerator.run(q -> svc.search(InProcessTargets.request(q)), mix, IN_PROCESS_THREADS, IN_PROCESS_WARMUP,
            Duration.ofSeconds(1), REQUEST_TIMEOUT);
      }
      for (int round = 1; round <= IN_PROCESS_ROUNDS; round++) {
        for (Map.Entry<String, SearchService> s : scopes.entrySet()) {
          SearchService svc = s.getValue();
          LoadGenerator.Result r = LoadGenerator.run(q -> svc.search(InProcessTargets.request(q)), mix,
              IN_PROCESS_THREADS, IN_PROCESS_WARMUP, IN_PROCESS_WINDOW, REQUEST_TIMEOUT);
          report.inProcess(new AccessLoadReport.InProcessRow(round, s.getKey(), r.requests(), r.requestsPerSecond(),
              r.latencies(), r.errors()));
        }
      }
    }
    report.note(String.format("in-process: SearchService.search (top 10, facets, snippets) of the same mix, %d"
        + " threads, %d s warm-up and %d s timed per scope, scopes interleaved over %d rounds, after the server"
        + " stopped, after an untimed pass over every scope; the scopes see different documents (public only, public and internal, all), so part of the"
        + " difference is the result sets, not the filter alone", IN_PROCESS_THREADS,
        IN_PROCESS_WARMUP.toSeconds(), IN_PROCESS_WINDOW.toSeconds(), IN_PROCESS_ROUNDS));
  }
}
