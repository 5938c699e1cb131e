package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.search.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every error is the API's JSON with a request id; a 500 tells nothing but its id, and the log has the rest. */
@Timeout(60)
class ErrorResponsesTest {
  private static final byte[] TEXT = "VĂN BẢN MẪU\nKế hoạch tổ chức hội nghị".getBytes(StandardCharsets.UTF_8);
  @TempDir Path tmp;
  private TestServer s;

  @BeforeEach
  void start() throws Exception {
    s = new TestServer(tmp.resolve("data"), null, WebOptions.defaults());
  }

  @AfterEach
  void stop() throws Exception {
    s.close();
  }

  /** The status, headers and JSON body of a raw answer. */
  private static JsonNode jsonBody(String answer) throws Exception {
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    return Json.MAPPER.readTree(body);
  }

  private String raw(String requestLineAndHeaders) throws Exception {
    return s.raw((requestLineAndHeaders + "\r\n").getBytes(StandardCharsets.ISO_8859_1), 10_000);
  }

  @Test
  void errorsJettyRaisesItselfAreJsonWithARequestId() throws Exception {
    String badUri = raw("GET /api/documents/%E0%A4%A HTTP/1.1\r\nHost: x\r\n");
    String longUri = raw("GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n");
    String bigHeader = raw("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n");
    String badVersion = raw("GET /api/health HTTP/9.9\r\nHost: x\r\n");
    for (String[] c : new String[][] {{badUri, "400"}, {longUri, "414"}, {bigHeader, "431"}, {badVersion, "505"}}) {
      String answer = c[0];
      assertTrue(answer.startsWith("HTTP/1.1 " + c[1]), answer);
      assertFalse(answer.contains("<html"), answer);
      assertTrue(answer.contains("X-Request-Id: "), answer);
      assertTrue(answer.contains("X-Content-Type-Options: nosniff"), answer);
      assertTrue(jsonBody(answer).get("error").isTextual(), answer);
    }
  }

  @Test
  void anInternalErrorIsLoggedWithItsIdAndAnsweredWithNothingElse() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    HttpResponse<String> r;
    try {
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      s.archive.close(); // every search now fails inside Lucene
      r = s.get("/api/search?q=x");
    } finally {
      System.setErr(err);
    }
    assertEquals(500, r.statusCode(), r.body());
    JsonNode body = TestServer.json(r);
    assertEquals("internal", body.get("code").asText());
    String id = body.get("requestId").asText();
    assertEquals(id, r.headers().firstValue("X-Request-Id").orElse(null));
    assertEquals(3, body.size(), "error, code and requestId only: " + r.body());
    String logged = log.toString(StandardCharsets.UTF_8);
    assertTrue(logged.contains(id) && logged.contains("Exception"), "logged with id and stack trace: " + logged);
  }

  @Test
  void methodOverrideHeadersDoNotChangeTheMethod() throws Exception {
    String id = TestServer.json(s.upload("a.txt", TEXT, null)).get("documents").get(0).get("id").asText();
    HttpResponse<String> r = s.send(s.request("/api/documents/" + id)
        .header("Authorization", "Bearer " + TestServer.TOKEN).header("X-HTTP-Method-Override", "DELETE"));
    assertEquals(400, r.statusCode(), r.body());
    assertEquals(RequestGuard.METHOD_OVERRIDE, TestServer.json(r).get("parameter").asText());
    assertEquals(200, s.get("/api/documents/" + id).statusCode(), "not deleted");
  }

  @Test
  void aBadPercentEncodingIs400NamingTheParameterNotASearchWithoutFilters() throws Exception {
    s.upload("a.txt", TEXT, null);
    for (String path : new String[] {"/api/search", "/api/stats", "/api/export", "/api/suggest"}) {
      String r = raw("GET " + path + "?province=%E0%A4%A&q=x HTTP/1.1\r\nHost: x\r\n");
      assertTrue(r.startsWith("HTTP/1.1 400"), path + ": " + r);
      assertEquals("province", jsonBody(r).get("parameter").asText());
    }
    assertTrue(raw("GET /api/search?q=%ZZ HTTP/1.1\r\nHost: x\r\n").startsWith("HTTP/1.1 400"));
    assertEquals(400, s.get("/api/search?q=%C3%28").statusCode(), "not UTF-8");
    assertEquals(200, s.get("/api/search?q=%C4%91%E1%BA%A3ng+b%E1%BB%99&province=H%C3%A0%20Nam").statusCode());
  }

  @Test
  void aParameterAnEndpointDoesNotUseIs400NamingItNotSilentlyIgnored() throws Exception {
    String[][] cases = {
        {"/api/export?q=x&page=2", "page"}, {"/api/export?q=x&size=5", "size"},
        {"/api/export?q=x&facetLimit=5", "facetLimit"}, {"/api/stats?q=x&facetLimit=5", "facetLimit"},
        {"/api/stats?q=x&format=csv", "format"}, {"/api/search?q=x&format=csv", "format"},
        {"/api/search?q=x&qq=y", "qq"}};
    for (String[] c : cases) {
      HttpResponse<String> r = s.get(c[0]);
      assertEquals(400, r.statusCode(), c[0] + ": " + r.body());
      assertEquals(c[1], TestServer.json(r).get("parameter").asText(), c[0]);
    }
    assertEquals(200, s.get("/api/export?q=x&format=json&sort=date_desc&province=H%C3%A0%20Nam").statusCode());
    assertEquals(200, s.get("/api/stats?q=x&year=2020").statusCode());
    assertEquals(200, s.get("/api/search?q=x&page=1&size=5&facetLimit=3&sort=date_asc").statusCode());
  }

  @Test
  void everyAnswerHasItsOwnRequestId() throws Exception {
    HttpResponse<String> a = s.get("/api/health");
    HttpResponse<String> b = s.get("/api/no-such-thing");
    assertEquals(404, b.statusCode());
    String ida = a.headers().firstValue("X-Request-Id").orElseThrow();
    String idb = b.headers().firstValue("X-Request-Id").orElseThrow();
    assertNotEquals(ida, idb);
    assertTrue(TestServer.json(b).get("error").isTextual());
  }
}
