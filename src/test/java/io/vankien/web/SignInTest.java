package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Accounts;
import io.vankien.auth.Role;
import io.vankien.index.Archive;
import io.vankien.search.Json;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import io.vankien.testing.TestArchives;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in with a password: the session cookie, the CSRF token writes need, signing out, guessing. */
class SignInTest {
  @TempDir Path tmp;
  private Archive archive;
  private WebServer server;
  private String id;

  @BeforeEach
  void start() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("mat.txt"), "VĂN BẢN MẪU (viết cho kiểm thử)\nTỈNH ỦY HÀ NAM\nMẬT\nSố 43-NQ/TU\nNGHỊ QUYẾT\nvề thiên thạch\n");
    archive = Archive.openForWriting(tmp.resolve("data"));
    TestArchives.ingest(archive, in);
    id = new SearchService(archive.searcher()).search(SearchRequest.builder().q("thiên thạch").build())
        .hits().get(0).id();
    new Accounts(tmp.resolve("data")).add("can-bo", Role.STAFF, List.of("Hà Nam"), "mat-khau-dai-du".toCharArray());
    server = new WebServer(archive, null).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    archive.close();
  }

  private URI uri(String p) {
    return URI.create("http://127.0.0.1:" + server.port() + p);
  }

  private static HttpResponse<String> send(HttpClient c, HttpRequest.Builder b) throws Exception {
    return c.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder login(String name, String password) {
    return HttpRequest.newBuilder(uri("/api/login")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}"));
  }

  @Test
  void aSessionReadsAndWritesWithItsCsrfToken() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    assertEquals(404, send(browser, HttpRequest.newBuilder(uri("/api/documents/" + id))).statusCode());

    HttpResponse<String> in = send(browser, login("can-bo", "mat-khau-dai-du"));
    assertEquals(200, in.statusCode(), in.body());
    String setCookie = in.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
    JsonNode me = Json.MAPPER.readTree(in.body());
    assertEquals("staff", me.get("role").asText());
    String csrf = me.get("csrfToken").asText();

    assertEquals(200, send(browser, HttpRequest.newBuilder(uri("/api/documents/" + id))).statusCode(),
        "the restricted document shows to signed-in staff");
    HttpRequest.Builder edit = HttpRequest.newBuilder(uri("/api/documents/" + id + "/meta"))
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"province\":\"Hà Nam\"}"));
    assertEquals(403, send(browser, edit).statusCode(), "a write without the CSRF token");
    HttpRequest.Builder withCsrf = HttpRequest.newBuilder(uri("/api/documents/" + id + "/meta"))
        .header(CallerResolver.CSRF_HEADER, csrf)
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"province\":\"Hà Nam\"}"));
    HttpResponse<String> edited = send(browser, withCsrf);
    assertEquals(200, edited.statusCode(), edited.body());
    assertEquals(csrf, Json.MAPPER.readTree(send(browser, HttpRequest.newBuilder(uri("/api/me"))).body())
        .get("csrfToken").asText());

    assertEquals(204, send(browser, HttpRequest.newBuilder(uri("/api/logout")).header(CallerResolver.CSRF_HEADER, csrf)
        .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
    assertEquals(404, send(browser, HttpRequest.newBuilder(uri("/api/documents/" + id))).statusCode());
    assertEquals("anonymous", Json.MAPPER.readTree(send(browser, HttpRequest.newBuilder(uri("/api/me"))).body())
        .get("role").asText());

    List<Map<String, Object>> events = new AuditLog(tmp.resolve("data")).tail(100);
    List<Object> kinds = events.stream().map(e -> e.get("event")).toList();
    assertEquals(List.of("login", "view", "edit", "logout"), kinds, events.toString());
    assertEquals("127.0.0.1", events.get(0).get("from"));
  }

  @Test
  void wrongPasswordsAreRefusedThenSlowed() throws Exception {
    HttpClient c = HttpClient.newHttpClient();
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> r = send(c, login("can-bo", "sai-mat-khau-" + i));
      assertEquals(401, r.statusCode(), r.body());
      assertFalse(r.headers().firstValue("Set-Cookie").isPresent());
    }
    HttpResponse<String> slowed = send(c, login("can-bo", "mat-khau-dai-du"));
    assertEquals(429, slowed.statusCode(), "even the right password waits: " + slowed.body());
    assertTrue(slowed.headers().firstValue("Retry-After").isPresent());
    assertEquals(400, send(c, HttpRequest.newBuilder(uri("/api/login"))
        .POST(HttpRequest.BodyPublishers.ofString("name=can-bo&password=x"))).statusCode(), "JSON only");
    List<Object> kinds = new AuditLog(tmp.resolve("data")).tail(100).stream().map(e -> e.get("event")).toList();
    assertEquals(5, kinds.stream().filter("login-failed"::equals).count(), kinds.toString());
    assertEquals(1, kinds.stream().filter("login-throttled"::equals).count(), kinds.toString());
  }

  @Test
  void aForgedOrRevokedTokenIsRefusedNotDowngraded() throws Exception {
    HttpClient c = HttpClient.newHttpClient();
    HttpResponse<String> r = send(c, HttpRequest.newBuilder(uri("/api/search?q=x")).header("Authorization", "Bearer vk_forged"));
    assertEquals(401, r.statusCode());
    assertEquals(401, send(c, HttpRequest.newBuilder(uri("/api/search?q=x")).header("Authorization", "Basic Zm9vOmJhcg=="))
        .statusCode());
  }
}
