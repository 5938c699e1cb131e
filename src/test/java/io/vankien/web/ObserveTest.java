package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.auth.Accounts;
import io.vankien.auth.Role;
import io.vankien.index.ContentStore;
import io.vankien.search.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request log lines, /api/metrics scraped and parsed, /api/health's store check. */
class ObserveTest {
  @TempDir Path tmp;

  private static final String SAMPLE = "VĂN BẢN MẪU\nTỈNH ỦY HÀ NAM\nSố 07-NQ/TU\nNGHỊ QUYẾT\nvề chuyển đổi số";
  private static final String SECRET = "VĂN BẢN MẪU\nMẬT\nTỈNH ỦY HÀ NAM\nSố 08-TB/TU\nTHÔNG BÁO\nvề Nguyễn Văn Mẫu";

  /** One sample of the Prometheus text format: a metric name, its labels and its value. */
  private record Sample(String name, Map<String, String> labels, double value) {}

  private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static List<Sample> parse(String text) {
    List<Sample> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      assertTrue(m.matches(), "not a Prometheus sample line: " + line);
      Map<String, String> labels = new HashMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      out.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
    }
    return out;
  }

  private static double value(List<Sample> samples, String name, Map<String, String> labels) {
    return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
        .mapToDouble(Sample::value).sum();
  }

  private HttpResponse<String> get(TestServer s, String path, String token) throws Exception {
    var b = s.request(path);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return s.send(b);
  }

  @Test
  void requestsAreLoggedOneJsonLineEachAndCountedInTheMetrics() throws Exception {
    Path data = tmp.resolve("data");
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (TestServer s = new TestServer(data, null, WebOptions.defaults())) {
      Accounts accounts = new Accounts(data);
      accounts.add("quan-tri", Role.ADMIN, null, null);
      String admin = accounts.newToken("quan-tri");
      assertEquals(201, s.upload("nq-07.txt", SAMPLE.getBytes(StandardCharsets.UTF_8), null).statusCode());
      assertEquals(201, s.upload("tb-08.txt", SECRET.getBytes(StandardCharsets.UTF_8), null).statusCode());

      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      HttpResponse<String> search = null;
      for (int i = 0; i < 3; i++) {
        search = s.get("/api/search?q=" + java.net.URLEncoder.encode("Nguyễn Văn Mẫu", StandardCharsets.UTF_8));
        assertEquals(200, search.statusCode());
      }
      assertEquals(404, s.get("/api/documents/0000000000000000").statusCode());
      assertEquals(401, get(s, "/api/metrics", null).statusCode(), "anonymous");
      assertEquals(403, get(s, "/api/metrics", TestServer.TOKEN).statusCode(), "staff");
      HttpResponse<String> scrape = get(s, "/api/metrics", admin);
      System.setErr(oldErr);

      assertEquals(200, scrape.statusCode(), scrape.body());
      assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
      List<Sample> m = parse(scrape.body());
      assertEquals(3, value(m, "vankien_http_requests_total", Map.of("route", "/api/search", "method", "GET",
          "status", "200")));
      assertEquals(1, value(m, "vankien_http_requests_total", Map.of("route", "/api/documents/{id}",
          "status", "404")));
      assertEquals(1, value(m, "vankien_http_requests_total", Map.of("route", "/api/metrics", "status", "403")));
      assertEquals(3, value(m, "vankien_http_request_duration_seconds_count", Map.of("route", "/api/search")));
      assertEquals(3, value(m, "vankien_http_request_duration_seconds_bucket", Map.of("route", "/api/search",
          "le", "+Inf")));
      assertEquals(2, value(m, "vankien_uploads_total", Map.of("outcome", "stored")));
      assertEquals(2, value(m, "vankien_index_documents", Map.of()));
      assertEquals(1, value(m, "vankien_index_documents_by_access", Map.of("level", "restricted")));
      assertEquals(1, value(m, "vankien_index_documents_by_access", Map.of("level", "public")));
      assertTrue(value(m, "vankien_index_size_bytes", Map.of()) > 0);
      assertTrue(value(m, "jvm_memory_used_bytes", Map.of("area", "heap")) > 0, scrape.body());

      String log = err.toString(StandardCharsets.UTF_8);
      List<JsonNode> lines = new ArrayList<>();
      for (String l : log.split("\n")) {
        if (l.startsWith("{")) {
          lines.add(Json.MAPPER.readTree(l));
        }
      }
      JsonNode first = lines.stream().filter(l -> l.path("route").asText().equals("/api/search")).findFirst()
          .orElseThrow(() -> new AssertionError("no request line for the search in: " + log));
      assertEquals("request", first.get("event").asText());
      assertEquals("GET", first.get("method").asText());
      assertEquals(200, first.get("status").asInt());
      assertEquals("anonymous", first.get("role").asText());
      assertTrue(first.get("ms").isNumber());
      assertNotNull(first.get("time"));
      String lastId = search.headers().firstValue(ApiErrors.REQUEST_ID).orElseThrow();
      assertTrue(lines.stream().anyMatch(l -> l.path("id").asText().equals(lastId)
          && l.path("route").asText().equals("/api/search")), "the last search's id is logged");
      assertTrue(lines.stream().anyMatch(l -> l.path("route").asText().equals("/api/documents/{id}")
          && l.path("status").asInt() == 404));
      assertFalse(log.contains("Nguy"), "no search words in the log: " + log);
      assertFalse(log.contains("0000000000000000"), "no document ids in the log");
    } finally {
      System.setErr(oldErr);
    }
  }

  /** /api/health once its background store check has answered (the first request starts it). */
  private static JsonNode checkedHealth(TestServer s) throws Exception {
    for (int i = 0; i < 1200; i++) {
      JsonNode h = Json.MAPPER.readTree(s.get("/api/health").body());
      if (h.get("store").get("checked").asBoolean()) {
        return h;
      }
      if (i == 0) {
        assertEquals("ok", h.get("status").asText(), "unknown is not degraded");
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the store check never answered");
  }

  @Test
  void theApiDescriptionHasTheNewRoutes() throws Exception {
    JsonNode spec = Json.MAPPER.readTree(WebServer.class.getResourceAsStream("openapi.json"));
    assertTrue(spec.get("paths").has("/api/metrics"));
    assertTrue(spec.get("components").get("schemas").get("Health").get("properties").has("store"));
  }

  @Test
  void healthSaysWhetherTheIndexAndTheStoreAgree() throws Exception {
    Path data = tmp.resolve("data");
    try (TestServer s = new TestServer(data, null, WebOptions.defaults())) {
      assertEquals(201, s.upload("nq-07.txt", SAMPLE.getBytes(StandardCharsets.UTF_8), null).statusCode());
      JsonNode good = checkedHealth(s);
      assertEquals("ok", good.get("status").asText(), good.toString());
      assertEquals(1, good.get("documents").asInt());
      assertTrue(good.get("store").get("agree").asBoolean());
      assertEquals(1, good.get("store").get("versions").asInt());
      assertEquals(0, good.get("store").get("missingOriginals").asInt());
      assertEquals(0, good.get("store").get("filesWithoutDocument").asInt());
    }
    Path broken = tmp.resolve("broken");
    try (TestServer s = new TestServer(broken, null, WebOptions.defaults())) {
      assertEquals(201, s.upload("nq-07.txt", SAMPLE.getBytes(StandardCharsets.UTF_8), null).statusCode());
      assertEquals(201, s.upload("tb-08.txt", SECRET.getBytes(StandardCharsets.UTF_8), null).statusCode());
      ContentStore store = s.archive.store();
      Files.delete(store.pathOf(ContentStore.sha256(SAMPLE.getBytes(StandardCharsets.UTF_8))));
      store.put(ContentStore.sha256("lạc".getBytes(StandardCharsets.UTF_8)), "lạc".getBytes(StandardCharsets.UTF_8));
      JsonNode bad = checkedHealth(s);
      assertEquals("degraded", bad.get("status").asText(), bad.toString());
      assertEquals(1, bad.get("documents").asInt(), "anonymous reads the public one only");
      assertFalse(bad.get("store").get("agree").asBoolean());
      assertEquals(2, bad.get("store").get("versions").asInt());
      assertEquals(1, bad.get("store").get("missingOriginals").asInt());
      assertEquals(1, bad.get("store").get("filesWithoutDocument").asInt());
    }
  }
}
