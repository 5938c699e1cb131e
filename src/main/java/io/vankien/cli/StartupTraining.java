package io.vankien.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vankien.bench.StaffUpload;
import io.vankien.index.Archive;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.meta.AccessLevel;
import io.vankien.web.WebOptions;
import io.vankien.web.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a working day asks of vankien, in miniature, so that the JVM can record it: the sample documents
 * ingested into a scratch archive, then a server answering the requests users send (searches of every kind
 * with facets and snippets, a document, its original, suggestions, an export, statistics) and one staff upload.
 * The launcher runs it once per build under {@code -XX:AOTCacheOutput} (JDK 25+): the classes it loads and links
 * and the method profiles it gathers are then mapped by every later start instead of being loaded again.
 */
final class StartupTraining {
  /** Searches of the kinds the benchmark mix sends: words, phrases, no diacritics, numbers, filters. */
  static final List<String> SEARCHES = List.of(
      "q=nông thôn mới", "q=\"nông thôn mới\"", "q=nong thon moi", "q=01-NQ/TU", "q=nghị quyết&type=Nghị quyết",
      "q=du lịch&province=Quảng Bình", "q=giáo dục&from=2015-01-01&to=2025-12-31", "q=chuyển đổi số&sort=date_desc",
      "q=cải cách hành chính&page=2&size=5", "province=Hà Nam", "q=kinh tế -du lịch");

  private final Path samples;
  private final Path web;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final List<String> failures = new ArrayList<>();
  private int requests;

  StartupTraining(Path samples, Path web) {
    this.samples = samples;
    this.web = web;
  }

  /** Runs the workload {@code rounds} times over the requests on a scratch archive in {@code dir}. */
  Result run(Path dir, int rounds) throws Exception {
    try (Archive archive = Archive.openForWriting(dir)) {
      Ingester ingester = Ingester.standard(archive, IngestOptions.defaults().withDefaultAccess(AccessLevel.PUBLIC));
      List<Path> files = DemoCommand.sampleFiles(samples);
      IngestReport report = ingester.ingest(files.subList(1, files.size()), IngestListener.NONE);
      report.failures().forEach(f -> failures.add("ingest " + f.file() + ": " + f.reason()));
      String token = UUID.randomUUID().toString();
      WebServer server = new WebServer(archive, web, token, WebOptions.defaults());
      server.start("127.0.0.1", 0);
      try {
        serve(server.port(), token, files.get(0), rounds);
      } finally {
        server.stop();
      }
    }
    return new Result(requests, List.copyOf(failures));
  }

  /** How many requests were sent, and what did not answer as it should. */
  record Result(int requests, List<String> failures) {}

  private void serve(int port, String token, Path uploaded, int rounds) throws Exception {
    String base = "http://127.0.0.1:" + port;
    for (int round = 0; round < rounds; round++) {
      get(base + "/");
      get(base + "/api/health");
      String id = null;
      for (String s : SEARCHES) {
        String answer = get(base + "/api/search?" + encoded(s));
        JsonNode hits = answer == null ? null : json.readTree(answer).path("hits");
        if (id == null && hits != null && hits.size() > 0) {
          id = hits.get(0).path("id").asText(null);
        }
      }
      if (id == null) {
        failures.add("no search found a document");
        return;
      }
      get(base + "/api/documents/" + id + "?q=" + encoded("nông thôn mới"));
      get(base + "/api/documents/" + id + "/original");
      get(base + "/api/suggest?q=" + encoded("nghị q"));
      get(base + "/api/suggest?q=hung");
      get(base + "/api/export?format=csv&q=" + encoded("nghị quyết"));
      get(base + "/api/export?format=json&q=" + encoded("du lịch"));
      get(base + "/api/stats?" + encoded("q=kinh tế"));
      get(base + "/api/search?q=" + encoded("\"không đóng"));
    }
    StaffUpload.Result up = StaffUpload.upload(port, token, uploaded.getFileName().toString(),
        Files.readAllBytes(uploaded), Duration.ofSeconds(60));
    requests++;
    if (up.status() / 100 != 2) {
      failures.add("upload: HTTP " + up.status() + " " + up.body());
    }
  }

  /** The body of a GET; a failure is recorded unless the request is the malformed query (a 400 is its answer). */
  private String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    requests++;
    boolean malformed = url.contains(encoded("\"không"));
    if (malformed ? r.statusCode() != 400 : r.statusCode() != 200) {
      failures.add("GET " + url + ": HTTP " + r.statusCode());
      return null;
    }
    return r.body();
  }

  /** The query string with each name and value URL-encoded. */
  private static String encoded(String query) {
    List<String> parts = new ArrayList<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      parts.add(eq < 0 ? URLEncoder.encode(pair, StandardCharsets.UTF_8)
          : pair.substring(0, eq + 1) + URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return String.join("&", parts);
  }
}
