package io.vankien.opensearch;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import com.carrotsearch.randomizedtesting.annotations.TimeoutSuite;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.opensearch.action.admin.cluster.node.stats.NodeStats;
import org.opensearch.action.admin.indices.stats.IndicesStatsResponse;
import org.opensearch.cluster.routing.UnassignedInfo;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;

/**
 * A benchmark, not a check (issue 17): vankien on the in-JVM cluster of {@link ClusterWithHttp} beside the embedded
 * archive, on the same files of a {@code bench-corpus} folder, in one run. Skipped unless
 * {@code -Dvankien.opensearch.bench=CORPUS_DIR} is given, so CI never runs it.
 *
 * <ol>
 *   <li>Ingest: {@code vankien ingest} (embedded) and {@code vankien ingest --cluster} (which writes the data
 *       folder's archive as always and the cluster too) of the same first N documents of the corpus, the same
 *       threads, each a whole child process: wall time, the child's CPU time (user + system, from this JVM's
 *       {@code cutime}/{@code cstime}: children run one at a time), and this JVM's own CPU time over the same
 *       interval (the three nodes live here: during {@code ingest --cluster} it is the cluster's indexing).</li>
 *   <li>Search over HTTP: {@code vankien serve} and {@code vankien serve --cluster} (child JVMs, both up), the scale
 *       benchmark's load ({@code io.vankien.bench.HttpLoadRun}: QueryMix, LoadGenerator, HttpSearchTarget) with the
 *       same clients, mix, warm-up and window, embedded then cluster, for several rounds; each server's CPU time
 *       and this JVM's over each window.</li>
 *   <li>Heap: this JVM's heap used after a full GC (the three nodes are in it, so every node's own JVM heap figure
 *       is this one) before the cluster ingest, after it and after the searches; index bytes per document: the
 *       cluster index's primaries and total store (index stats) beside the embedded archive's {@code lucene/}.</li>
 * </ol>
 *
 * Options (system properties): {@code vankien.opensearch.bench.docs} (2000), {@code .threads} (2), {@code .clients}
 * (8), {@code .warmup} (10 s), {@code .duration} (30 s), {@code .rounds} (2), {@code .replicas} (1), {@code .hotThreads}
 * (false: true samples the nodes' hot threads midway through each cluster load, into the logs), and
 * {@code vankien.opensearch.shards} (3, {@link ClusterWithHttp}). The table goes to standard output and to
 * {@code ../target/bench-results/cluster-STAMP.md}. All of it runs on one machine: the three nodes, the servers, the
 * ingest and the load generator share its cores.
 */
@ThreadLeakFilters(filters = Vankien.JdkThreads.class)
@TimeoutSuite(millis = 180 * 60 * 1000)
public class ClusterBenchmarkTests extends ClusterWithHttp {
  private static final String CORPUS = System.getProperty("vankien.opensearch.bench", "");
  private static final int DOCS = Integer.getInteger("vankien.opensearch.bench.docs", 2000);
  private static final int THREADS = Integer.getInteger("vankien.opensearch.bench.threads", 2);
  private static final int CLIENTS = Integer.getInteger("vankien.opensearch.bench.clients", 8);
  private static final int WARMUP = Integer.getInteger("vankien.opensearch.bench.warmup", 10);
  private static final int DURATION = Integer.getInteger("vankien.opensearch.bench.duration", 30);
  private static final int ROUNDS = Integer.getInteger("vankien.opensearch.bench.rounds", 2);
  private static final int BENCH_REPLICAS = Integer.getInteger("vankien.opensearch.bench.replicas", REPLICAS);
  private static final boolean HOT_THREADS = Boolean.getBoolean("vankien.opensearch.bench.hotThreads");
  private static final long SEED = 12;
  private static final int MIX_SIZE = 1000;
  private static final String INDEX = "vankien-bench";
  private static final Pattern FOLDER = Pattern.compile("\"file\"\\s*:\\s*\"([^\"/]+)/");

  @BeforeClass
  public static void onlyWhenAsked() {
    Assume.assumeTrue("a benchmark, run only with -Dvankien.opensearch.bench=CORPUS_DIR (a folder of ./vankien"
        + " bench-corpus)", !CORPUS.isBlank());
    Assume.assumeTrue("-Dvankien.opensearch.bench=" + CORPUS + ": no manifest.jsonl there",
        Files.isRegularFile(Path.of(CORPUS, "manifest.jsonl")));
  }

  /** As {@link ClusterWithHttp}'s, with {@code vankien.opensearch.bench.replicas} replicas (0 or 1). */
  @Override
  protected void randomIndexTemplate() {
    assertAcked(client().admin().indices().preparePutTemplate("vankien-three-nodes").setPatterns(List.of("vankien*"))
        .setOrder(0).setSettings(Settings.builder().put("index.number_of_shards", SHARDS)
            .put("index.number_of_replicas", BENCH_REPLICAS)
            .put(UnassignedInfo.INDEX_DELAYED_NODE_LEFT_TIMEOUT_SETTING.getKey(), "0ms")).get());
  }

  /**
   * The test framework's optional mocks, which it adds to nodes at random (seeded), left out so that every run
   * measures the same thing, OpenSearch's own search and engine: asserting searchers and readers
   * (MockSearchService, MockEngineFactoryPlugin), a checking store (MockFSIndexStore), and the rest. The node-to-node
   * transport stays the framework's (it has no other here).
   */
  private static final Set<String> RANDOM_MOCKS = Set.of("org.opensearch.search.MockSearchService$TestPlugin",
      "org.opensearch.index.MockEngineFactoryPlugin", "org.opensearch.test.store.MockFSIndexStore$TestPlugin",
      "org.opensearch.node.NodeMocksPlugin", "org.opensearch.index.mapper.MockFieldFilterPlugin",
      "org.opensearch.test.transport.AssertingTransportInterceptor$TestPlugin",
      "org.opensearch.test.transport.MockTransportService$TestPlugin");

  @Override
  protected java.util.Collection<Class<? extends org.opensearch.plugins.Plugin>> getMockPlugins() {
    return super.getMockPlugins().stream().filter(p -> !RANDOM_MOCKS.contains(p.getName())).toList();
  }

  /** As {@link ClusterWithHttp}'s, with every node given the machine's cores (the framework draws 1 to 4 at random). */
  @Override
  protected Settings nodeSettings(int nodeOrdinal) {
    return Settings.builder().put(super.nodeSettings(nodeOrdinal))
        .put("node.processors", Runtime.getRuntime().availableProcessors()).build();
  }

  private final List<String[]> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> loads = new ArrayList<>();

  private void row(String phase, String measure, Object embedded, Object cluster, String note) {
    rows.add(new String[] {phase, measure, fmt(embedded), fmt(cluster), note == null ? "" : note});
  }

  private long embeddedDocs = -1;

  public void testClusterBesideTheEmbeddedArchive() throws Exception {
    Path corpus = Path.of(CORPUS).toAbsolutePath().normalize();
    List<Path> folders = subset(corpus, DOCS);
    long bytes = 0;
    int files = 0;
    for (Path d : folders) {
      for (Path f : txt(d)) {
        bytes += Files.readAllBytes(f).length; // also warms the page cache for both ingests, untimed
        files++;
      }
    }
    double mb = bytes / 1e6;
    Path work = createTempDir();
    Path logs = Files.createDirectories(work.resolve("logs"));
    Path embeddedData = work.resolve("embedded");
    Path clusterData = work.resolve("cluster");
    List<String> paths = folders.stream().map(Path::toString).toList();
    notes.add(String.format(Locale.ROOT, "corpus %s, the first %,d documents (%s), %,d files, %.1f MB; %d ingest"
        + " threads; cluster: %d nodes in this JVM, %d shards, %d replicas; machine: %d cores (nproc), %s", corpus,
        DOCS, String.join(", ", folders.stream().map(p -> p.getFileName().toString()).toList()), files, mb, THREADS,
        NODES, SHARDS, BENCH_REPLICAS, Runtime.getRuntime().availableProcessors(), cpuModel()));

    try {
      measure(mb, files, logs, embeddedData, clusterData, paths);
    } finally {
      String table = table();
      System.out.println(table);
      String stamp = LocalDateTime.now(java.time.ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
      Path out = Files.createDirectories(Texts.root().resolve("target/bench-results"));
      Files.writeString(out.resolve("cluster-" + stamp + ".md"), table);
      Path keptLogs = Files.createDirectories(out.resolve("cluster-" + stamp + "-logs"));
      for (Path f : txtOrLog(logs)) {
        Files.copy(f, keptLogs.resolve(f.getFileName().toString()));
      }
      System.out.println("written to " + out.resolve("cluster-" + stamp + ".md") + "; logs in " + keptLogs);
    }
    // a benchmark, but it says nothing if the two did not hold the same documents
    assertTrue(table(), clusterDocs > 0);
    assertEquals("the embedded archive and the cluster hold the same documents\n" + table(), embeddedDocs, clusterDocs);
  }

  private long clusterDocs = -1;

  private void measure(double mb, int files, Path logs, Path embeddedData, Path clusterData, List<String> paths)
      throws Exception {
    notes.add("node plug-ins: " + String.join(", ", nodePlugins().stream().map(Class::getSimpleName).toList()) + ", "
        + String.join(", ", getMockPlugins().stream().map(c -> c.getName().replaceFirst(".*\\.", "")).toList()) + "; node.processors "
        + internalCluster().getInstance(org.opensearch.threadpool.ThreadPool.class).info("search").getMax()
        + " search threads on a node");
    // 1. ingest, embedded then cluster, whole processes
    Timed embedded = timed("ingest (embedded)", logs.resolve("ingest-embedded.log"), ingestArgs(embeddedData, paths,
        false));
    long heapBefore = heapAfterGc();
    Timed cluster = timed("ingest --cluster", logs.resolve("ingest-cluster.log"), ingestArgs(clusterData, paths, true));
    client().admin().indices().prepareRefresh(INDEX).get();
    long heapAfterIngest = heapAfterGc();
    client().admin().indices().prepareFlush(INDEX).get(); // the nodes' indexing buffers written, as time would
    long heapAfterFlush = heapAfterGc();
    row("ingest", "MB/s (whole process, wall)", mb / embedded.wall, mb / cluster.wall, files + " files");
    row("ingest", "docs/s (whole process, wall)", files / embedded.wall, files / cluster.wall, null);
    row("ingest", "wall s", embedded.wall, cluster.wall, null);
    row("ingest", "CPU s of the ingest process (user + system)", embedded.childCpu, cluster.childCpu, null);
    row("ingest", "CPU s of the test JVM (the 3 nodes) meanwhile", embedded.selfCpu, cluster.selfCpu,
        "embedded: the idle cluster's and the test framework's own");
    row("ingest", "CPU s, ingest + test JVM", embedded.childCpu + embedded.selfCpu, cluster.childCpu + cluster.selfCpu,
        null);
    notes.add("embedded ingest said: " + tail(embedded.log, 1));
    notes.add("cluster ingest said: " + tail(cluster.log, 2));

    // 3. index size and heap
    IndicesStatsResponse stats = client().admin().indices().prepareStats(INDEX).setDocs(true).setStore(true)
        .setSegments(true).get();
    clusterDocs = stats.getPrimaries().getDocs().getCount();
    long primaries = stats.getPrimaries().getStore().getSizeInBytes();
    long total = stats.getTotal().getStore().getSizeInBytes();
    long embeddedLucene = treeBytes(embeddedData.resolve("lucene"));
    long embeddedStore = treeBytes(embeddedData.resolve("store"));
    row("index size", "bytes/doc: embedded lucene/; cluster primaries", embeddedLucene / (double) clusterDocs,
        primaries / (double) clusterDocs, stats.getPrimaries().getSegments().getCount() + " primary segments on the"
            + " cluster, as ingest and a flush left them (no force-merge on either side)");
    row("index size", "bytes/doc: cluster primaries + replicas", null, total / (double) clusterDocs, null);
    row("index size", "bytes/doc: content store (store/, both sides)", embeddedStore / (double) clusterDocs, null,
        "originals, kept in the data folder with or without a cluster");
    row("heap", "test JVM heap used after a full GC, MB: before the cluster ingest", null, heapBefore / 1048576.0,
        "3 nodes' heap (one JVM), an empty index");
    row("heap", "the same after the cluster ingest, MB", null, heapAfterIngest / 1048576.0, "refreshed");
    row("heap", "the same after a flush, MB", null, heapAfterFlush / 1048576.0, null);
    for (NodeStats n : client().admin().cluster().prepareNodesStats().addMetric("jvm").get().getNodes()) {
      notes.add("node " + n.getNode().getName() + ": JVM heap used " + n.getJvm().getMem().getHeapUsed()
          + " of " + n.getJvm().getMem().getHeapMax() + " (the JVM's: every node reports the same process)");
    }

    // 2. search over HTTP, both servers up, embedded then cluster, ROUNDS times
    try (Vankien.Server e = Vankien.serve(logs.resolve("serve-embedded.log"), "--index", embeddedData.toString());
        Vankien.Server c = Vankien.serve(logs.resolve("serve-cluster.log"), "--index", clusterData.toString(),
            "--cluster", clusterUrl(), "--cluster-index", INDEX)) {
      embeddedDocs = ((Number) Api.get(e, "/api/health", null, 200).get("documents")).longValue();
      row("index size", "documents (GET /api/health)", embeddedDocs,
          ((Number) Api.get(c, "/api/health", null, 200).get("documents")).longValue(), null);
      Map<String, List<Map<String, Object>>> results = new LinkedHashMap<>();
      for (int round = 1; round <= ROUNDS; round++) {
        for (Vankien.Server s : List.of(e, c)) {
          String who = s == e ? "embedded" : "cluster";
          Map<String, Object> r = load(who + "-" + round, s, logs, round == ROUNDS);
          results.computeIfAbsent(who, k -> new ArrayList<>()).add(r);
        }
      }
      for (int round = 1; round <= ROUNDS; round++) {
        Map<String, Object> re = results.get("embedded").get(round - 1);
        Map<String, Object> rc = results.get("cluster").get(round - 1);
        String phase = "search, round " + round;
        row(phase, "requests/s", re.get("requestsPerSecond"), rc.get("requestsPerSecond"), CLIENTS + " clients, "
            + WARMUP + " s warm-up, " + DURATION + " s timed");
        row(phase, "p50 ms", lat(re, "p50Ms"), lat(rc, "p50Ms"), null);
        row(phase, "p90 ms", lat(re, "p90Ms"), lat(rc, "p90Ms"), null);
        row(phase, "p99 ms", lat(re, "p99Ms"), lat(rc, "p99Ms"), null);
        row(phase, "errors", re.get("errors"), rc.get("errors"), errorsOf(re, rc));
        row(phase, "CPU ms per request: server", perRequest(re, "serverCpu"), perRequest(rc, "serverCpu"), null);
        row(phase, "CPU ms per request: test JVM (the 3 nodes)", perRequest(re, "selfCpu"), perRequest(rc, "selfCpu"),
            "embedded: the idle cluster's");
        row(phase, "mean answer bytes", re.get("meanAnswerBytes"), rc.get("meanAnswerBytes"), null);
      }
      Map<String, Object> me = memory(results.get("embedded").get(ROUNDS - 1));
      Map<String, Object> mc = memory(results.get("cluster").get(ROUNDS - 1));
      row("heap", "server heap used after a full GC, MB (jcmd), after the load", kbToMb(me.get("heapUsedKb")),
          kbToMb(mc.get("heapUsedKb")), "the vankien server (-Xmx512m)");
      row("heap", "server RSS MB, after the load", kbToMb(me.get("rssKb")), kbToMb(mc.get("rssKb")), null);
    }
    row("heap", "test JVM heap used after a full GC, MB: after the searches", null, heapAfterGc() / 1048576.0,
        "3 nodes with their caches");
  }

  // ---- ingest ---------------------------------------------------------------------------------------

  private String[] ingestArgs(Path data, List<String> paths, boolean cluster) {
    List<String> a = new ArrayList<>(List.of("ingest", "--index", data.toString(), "--threads",
        Integer.toString(THREADS), "--quiet", "--access", "public"));
    if (cluster) {
      a.addAll(List.of("--cluster", clusterUrl(), "--cluster-index", INDEX));
    }
    a.addAll(paths);
    return a.toArray(String[]::new);
  }

  private record Timed(double wall, double childCpu, double selfCpu, Path log) {}

  private Timed timed(String name, Path log, String... args) throws Exception {
    String before = loadAverage();
    long children0 = childCpuTicks();
    long self0 = selfCpuNanos();
    long t0 = System.nanoTime();
    Process p = Vankien.command(log, args).start();
    if (!p.waitFor(120, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(name + " did not finish in 120 minutes: " + tail(log, 20));
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double self = (selfCpuNanos() - self0) / 1e9;
    double child = (childCpuTicks() - children0) / 100.0;
    loads.add(name + ": " + before + " -> " + loadAverage());
    assertTrue(name + " failed (exit " + p.exitValue() + "): " + tail(log, 30), p.exitValue() <= 1);
    return new Timed(wall, child, self, log);
  }

  // ---- search ---------------------------------------------------------------------------------------

  private Map<String, Object> load(String name, Vankien.Server s, Path logs, boolean memory) throws Exception {
    Path log = logs.resolve("load-" + name + ".log");
    long pid = s.process().pid();
    long server0 = cpuTicks(pid);
    long self0 = selfCpuNanos();
    List<String> args = new ArrayList<>(List.of(CORPUS, Integer.toString(DOCS), Integer.toString(s.port()),
        Integer.toString(CLIENTS), Integer.toString(WARMUP), Integer.toString(DURATION), Long.toString(SEED),
        Integer.toString(MIX_SIZE)));
    Process p = Vankien.java(log, "io.vankien.bench.HttpLoadRun", args.toArray(String[]::new)).start();
    if (HOT_THREADS && name.startsWith("cluster")) {
      // where the nodes spend the window's time: one 2-second sample of each node's busiest threads, midway; it costs
      // CPU, so only when asked
      Thread.sleep((WARMUP + DURATION / 2) * 1000L);
      StringBuilder hot = new StringBuilder();
      for (var n : client().admin().cluster().prepareNodesHotThreads().setThreads(8)
          .setInterval(org.opensearch.common.unit.TimeValue.timeValueSeconds(2)).get().getNodes()) {
        hot.append("::: ").append(n.getNode().getName()).append('\n').append(n.getHotThreads()).append('\n');
      }
      Files.writeString(logs.resolve("hot-threads-" + name + ".log"), hot);
    }
    // the CPU of the warm-up and the window together (the load runs both back to back), scaled to the window's share
    if (!p.waitFor(WARMUP + DURATION + 300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("load " + name + " did not finish: " + tail(log, 20));
    }
    long serverTicks = cpuTicks(pid) - server0;
    long selfNanos = selfCpuNanos() - self0;
    assertEquals(tail(log, 20), 0, p.exitValue());
    String json = null;
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.startsWith("{")) {
        json = line;
      }
    }
    assertNotNull("no result from the load " + name + ": " + tail(log, 20), json);
    Map<String, Object> r = new LinkedHashMap<>(XContentHelper.convertToMap(JsonXContent.jsonXContent, json, true));
    double warmShare = (WARMUP + DURATION) / (double) DURATION;
    r.put("serverCpu", serverTicks * 10.0 / warmShare); // ms over the window's share
    r.put("selfCpu", selfNanos / 1e6 / warmShare);
    loads.add("search " + name + ": " + r.get("loadBefore") + " -> " + r.get("loadAfter"));
    if (memory) {
      r.put("memory", memoryOf(pid));
    }
    return r;
  }

  // ---- helpers --------------------------------------------------------------------------------------

  /** The corpus folders holding exactly the first {@code docs} entries of its manifest (whole folders). */
  private static List<Path> subset(Path corpus, int docs) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      if (n++ == docs) {
        break;
      }
      Matcher m = FOLDER.matcher(line);
      assertTrue("a manifest entry not in a sub-folder: " + line, m.find());
      counts.merge(m.group(1), 1, Integer::sum);
    }
    assertEquals("the corpus has fewer than " + docs + " documents", docs, counts.values().stream().mapToInt(i -> i)
        .sum());
    List<Path> out = new ArrayList<>();
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      Path d = corpus.resolve(c.getKey());
      assertEquals(d + ": the first " + docs + " documents must be whole folders (-Dvankien.opensearch.bench.docs)",
          (int) c.getValue(), txt(d).size());
      out.add(d);
    }
    return out;
  }

  private static List<Path> txt(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static List<Path> txtOrLog(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static long treeBytes(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long selfCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** cutime + cstime of this JVM (its reaped children), in ticks of 1/100 s (Linux's USER_HZ). */
  private static long childCpuTicks() throws IOException {
    String[] f = stat("self");
    return Long.parseLong(f[13]) + Long.parseLong(f[14]);
  }

  /** utime + stime of a live process, in ticks of 1/100 s. */
  private static long cpuTicks(long pid) throws IOException {
    String[] f = stat(Long.toString(pid));
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  private static String[] stat(String pid) throws IOException {
    String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
    return s.substring(s.lastIndexOf(')') + 2).split(" ");
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      // unknown
    }
    return "unknown";
  }

  private static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join(" / ", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no output)";
    }
  }

  @SuppressWarnings("unchecked")
  private static Object lat(Map<String, Object> r, String key) {
    return ((Map<String, Object>) r.get("latencies")).get(key);
  }

  private static Object perRequest(Map<String, Object> r, String key) {
    long n = ((Number) r.get("requests")).longValue();
    return n == 0 ? null : ((Number) r.get(key)).doubleValue() / n;
  }

  @SuppressWarnings("unchecked")
  private static String errorsOf(Map<String, Object> e, Map<String, Object> c) {
    Set<String> samples = new LinkedHashSet<>();
    samples.addAll((List<String>) e.get("errorSamples"));
    samples.addAll((List<String>) c.get("errorSamples"));
    return samples.isEmpty() ? null : String.join("; ", samples);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> memory(Map<String, Object> r) {
    return (Map<String, Object>) r.get("memory");
  }

  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

  /**
   * A server's resident set (VmRSS of /proc/PID/status) and heap used after a full GC ({@code jcmd PID GC.run}, then
   * {@code GC.heap_info}), in KB, as the scale benchmark's ProcessMemory reads them.
   */
  private static Map<String, Object> memoryOf(long pid) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        m.put("rssKb", Long.parseLong(line.substring(6).replace("kB", "").strip()));
      }
    }
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    jcmd(jcmd, pid, "GC.run");
    Matcher u = HEAP_USED.matcher(jcmd(jcmd, pid, "GC.heap_info"));
    m.put("heapUsedKb", u.find() ? Long.parseLong(u.group(1)) : -1L);
    return m;
  }

  private static String jcmd(String jcmd, long pid, String command) throws Exception {
    Path out = Files.createTempFile("jcmd", ".txt");
    try {
      Process p = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true)
          .redirectOutput(out.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "";
      }
      return Files.readString(out);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static Object kbToMb(Object kb) {
    return kb == null || ((Number) kb).longValue() < 0 ? null : ((Number) kb).longValue() / 1024.0;
  }

  private static String fmt(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return String.format(Locale.ROOT, d == Math.rint(d) || Math.abs(d) >= 100 ? "%,.0f" : "%.2f", d);
    }
    return v.toString();
  }

  private String table() {
    StringBuilder b = new StringBuilder("\n| phase | measure | embedded | cluster | note |\n|---|---|---:|---:|---|\n");
    for (String[] r : rows) {
      b.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    b.append('\n');
    for (String n : notes) {
      b.append("- ").append(n).append('\n');
    }
    b.append("- load average (1 5 15 min) before -> after each phase:\n");
    for (String l : loads) {
      b.append("  - ").append(l).append('\n');
    }
    return b.toString();
  }
}
