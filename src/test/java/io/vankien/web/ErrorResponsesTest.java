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

  /** An export refused before its first row answers with its error alone: no CSV byte-order mark or JSON bracket. */
  @Test
  void anExportRefusedBeforeItsFirstRowIsItsErrorAlone() throws Exception {
    String tooLong = "x".repeat(1001);
    for (String format : new String[] {"csv", "json", "jsonl"}) {
      HttpResponse<String> r = s.get("/api/export?format=" + format + "&q=" + tooLong);
      assertEquals(400, r.statusCode(), format + ": " + r.body());
      assertTrue(r.body().startsWith("{"), format + ": " + r.body());
      assertEquals("q", TestServer.json(r).get("parameter").asText(), format);
    }
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

  /**
   * Every 400 the API answers says in Vietnamese what is wrong, starting with the parameter's Vietnamese name
   * (ParameterNames), with a stable code beside it; the other errors a user meets are Vietnamese too. English
   * words are those of the test resource english-words.txt.
   */
  @Test
  void everyErrorMessageIsVietnameseAndA400NamesItsParameter() throws Exception {
    EnglishWords english = new EnglishWords();
    String id = TestServer.json(s.upload("a.txt", TEXT, null)).get("documents").get(0).get("id").asText();
    java.util.List<HttpResponse<String>> answers = new java.util.ArrayList<>();
    for (String q : new String[] {"from=2020-13-45", "from=2024-01-01&to=2023-01-01", "sort=sideways",
        "size=100000", "page=0", "page=abc", "facetLimit=0", "year=20x", "month=2020-1", "bogus=1", "correct=maybe",
        "q=" + enc("\"nông thôn"), "q=" + enc("foo:bar"), "q=" + enc("OR nông"), "q=" + enc("a -OR b"),
        "q=" + enc("number:abc"), "q=" + "a".repeat(1001), "q=" + enc("từ ".repeat(65))}) {
      answers.add(s.get("/api/search?" + q));
    }
    answers.add(s.get("/api/export?q=x&format=xml"));
    answers.add(s.get("/api/suggest"));
    answers.add(s.get("/api/suggest?q=a&size=0"));
    answers.add(s.get("/api/documents/" + id + "/versions/x/original"));
    for (String body : new String[] {"{}", "[]", "not json", "{\"foo\":1}", "{\"date\":\"2020-02-30\"}",
        "{\"province\":\"Atlantis\"}", "{\"title\":123}", "{\"cites\":\"x\"}", "{\"title\":\"a\\u0001\"}"}) {
      answers.add(s.staff("PATCH", "/api/documents/" + id + "/meta", body));
    }
    answers.add(s.send(s.request("/api/login").POST(java.net.http.HttpRequest.BodyPublishers.ofString("x"))));
    answers.add(s.send(s.request("/api/login").header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":1}"))));
    answers.add(s.upload(TestServer.multipart(null, null, "{\"title\":\"x\"}")));
    answers.add(s.upload("b.txt", TEXT, "{not json"));
    answers.add(s.staff("GET", "/api/review?problem=signer", null));
    answers.add(s.staff("POST", "/api/review/edit", "{\"ids\":[],\"field\":\"type\"}"));
    answers.add(s.staff("POST", "/api/review/edit", "{\"ids\":[\"" + id + "\"],\"field\":\"signer\"}"));
    answers.add(s.staff("POST", "/api/review/edit", "{\"ids\":[\"" + id + "\"],\"field\":\"level\",\"value\":\"x\"}"));
    java.util.List<String> problems = new java.util.ArrayList<>();
    for (HttpResponse<String> r : answers) {
      JsonNode b = TestServer.json(r);
      String message = b.path("error").asText();
      String parameter = b.path("parameter").asText();
      if (r.statusCode() != 400) {
        problems.add(r.uri() + ": " + r.statusCode() + " " + r.body());
      } else if (!message.startsWith(io.vankien.search.ParameterNames.of(parameter) + ": ")) {
        problems.add(r.uri() + ": does not start with the name of " + parameter + ": " + message);
      } else if (!english.in(message).isEmpty() || !io.vankien.text.VietnameseText.hasDiacritics(message)) {
        problems.add(r.uri() + ": not Vietnamese " + english.in(message) + ": " + message);
      } else if (b.path("code").asText().isEmpty()) {
        problems.add(r.uri() + ": no code: " + r.body());
      }
    }
    assertEquals(java.util.List.of(), problems);
    assertTrue(answers.size() > 30, "checked " + answers.size());

    // the other errors a user meets
    java.util.List<HttpResponse<String>> others = java.util.List.of(
        s.get("/api/documents/0000000000000000"),
        s.get("/api/nothing-here"),
        s.send(s.request("/api/documents").POST(java.net.http.HttpRequest.BodyPublishers.noBody())),
        s.send(s.request("/api/search").header("Authorization", "Bearer wrong-token")),
        s.send(s.request("/api/login").header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"ai\",\"password\":\"sai\"}"))));
    for (HttpResponse<String> r : others) {
      String message = TestServer.json(r).path("error").asText();
      assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.uri() + " " + r.statusCode());
      assertEquals(java.util.List.of(), english.in(message), r.uri() + ": " + message);
      assertTrue(io.vankien.text.VietnameseText.hasDiacritics(message), r.uri() + ": " + message);
    }
    HttpResponse<String> empty = s.upload("rong.txt", new byte[0], null);
    String refusal = TestServer.json(empty).get("documents").get(0).get("error").asText();
    assertEquals(java.util.List.of(), english.in(refusal), refusal);
    assertTrue(io.vankien.text.VietnameseText.hasDiacritics(refusal), refusal);
  }

  private static String enc(String v) {
    return java.net.URLEncoder.encode(v, StandardCharsets.UTF_8);
  }
}
