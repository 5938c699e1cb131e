package io.vankien.bench;

import io.vankien.search.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scale benchmark's HTTP load ({@link QueryMix}, {@link LoadGenerator}, {@link HttpSearchTarget}) against one
 * running server, as a program of its own, for a harness that cannot load vankien's classes (the OpenSearch cluster
 * benchmark: its test JVM holds the cluster nodes, and OpenSearch's jar-hell check refuses vankien's libraries).
 * Prints one JSON object: requests, requests/s, latencies, errors, the mean answer size, the load average before
 * and after, and the server's memory after the load when its process id is given ({@link ProcessMemory}).
 *
 * <pre>
 * java -cp ... io.vankien.bench.HttpLoadRun CORPUS DOCS PORT CLIENTS WARMUP_S DURATION_S SEED MIX_SIZE [SERVER_PID]
 * </pre>
 *
 * The mix is drawn from the first {@code DOCS} entries of {@code CORPUS/manifest.jsonl} (those ingested; 0: all).
 */
public final class HttpLoadRun {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private HttpLoadRun() {}

  /** The load's outcome and the facts around it, as the JSON this program prints. */
  public static Map<String, Object> run(Path corpus, int docs, int port, int clients, int warmupSeconds,
      int durationSeconds, long seed, int mixSize, long serverPid) throws Exception {
    List<CorpusManifest.Entry> entries = CorpusManifest.read(corpus).entries();
    if (docs > 0) {
      entries = entries.subList(0, Math.min(docs, entries.size()));
    }
    List<QueryMix.Query> mix = QueryMix.build(entries, seed, mixSize);
    try (HttpSearchTarget target = new HttpSearchTarget(port, REQUEST_TIMEOUT)) {
      String before = MachineFacts.loadAverage();
      LoadGenerator.Result r = LoadGenerator.run(target, mix, clients, Duration.ofSeconds(warmupSeconds),
          Duration.ofSeconds(durationSeconds), REQUEST_TIMEOUT.plusSeconds(30));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("loadBefore", before);
      out.put("loadAfter", MachineFacts.loadAverage());
      out.put("clients", clients);
      out.put("mixSize", mix.size());
      out.put("requests", r.requests());
      out.put("seconds", r.seconds());
      out.put("requestsPerSecond", r.requestsPerSecond());
      out.put("latencies", r.latencies());
      out.put("errors", r.errors());
      out.put("errorSamples", r.errorSamples());
      out.put("unfinishedClients", r.unfinishedClients());
      out.put("meanAnswerBytes", target.meanAnswerBytes());
      if (serverPid > 0) {
        out.put("serverMemory", ProcessMemory.of(serverPid, ProcessRunner.javaHome().resolve("bin/jcmd")));
      }
      return out;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 8) {
      System.err.println("usage: HttpLoadRun CORPUS DOCS PORT CLIENTS WARMUP_S DURATION_S SEED MIX_SIZE [SERVER_PID]");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    if (!Files.isDirectory(corpus)) {
      System.err.println("no corpus folder " + corpus);
      System.exit(2);
    }
    Map<String, Object> out = run(corpus, Integer.parseInt(args[1]), Integer.parseInt(args[2]),
        Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]), Long.parseLong(args[6]),
        Integer.parseInt(args[7]), args.length > 8 ? Long.parseLong(args[8]) : -1);
    System.out.println(Json.MAPPER.writeValueAsString(out));
  }
}
