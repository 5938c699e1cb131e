package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Uploads: limits checked before reading, streamed to <data>/tmp, hostile names, busy, duplicates. */
@Timeout(120)
class UploadHardeningTest {
  private static final byte[] TEXT = "VĂN BẢN MẪU\nThông báo kết luận của Ban Thường vụ Tỉnh ủy về du lịch"
      .getBytes(StandardCharsets.UTF_8);
  @TempDir Path tmp;
  private TestServer s;

  private TestServer start(WebOptions options) throws IOException {
    s = new TestServer(tmp.resolve("data"), null, options);
    return s;
  }

  private static WebOptions small() {
    return new WebOptions(64 << 10, 2, Duration.ZERO, List.of());
  }

  @AfterEach
  void stop() throws IOException {
    if (s != null) {
      s.close();
    }
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
    start(WebOptions.defaults());
    String head = "POST /api/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestServer.TOKEN
        + "\r\nContent-Type: multipart/form-data; boundary=" + TestServer.BOUNDARY
        + "\r\nContent-Length: 2200000000\r\n\r\n--" + TestServer.BOUNDARY + "\r\n";
    long t0 = System.nanoTime();
    String answer = s.raw(head.getBytes(StandardCharsets.US_ASCII), 20_000);
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.contains("\"code\":\"upload-too-large\""), answer);
    assertTrue(System.nanoTime() - t0 < 15_000_000_000L, "answered without waiting for the body");
  }

  @Test
  void aStreamedBodyOverTheLimitIsCutOffWith413AndLeavesNothing() throws Exception {
    start(small());
    byte[] big = new byte[300 << 10];
    java.util.Arrays.fill(big, (byte) 'a');
    byte[] body = TestServer.multipart("big.txt", big, null);
    // ofInputStream: no Content-Length, chunked; the limit is found while reading
    HttpResponse<String> r = s.send(s.request("/api/documents").header("Authorization", "Bearer " + TestServer.TOKEN)
        .header("Content-Type", "multipart/form-data; boundary=" + TestServer.BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    assertEquals(413, r.statusCode(), r.body());
    assertTrue(TestServer.json(r).get("code").asText().equals("upload-too-large"), r.body());
    assertEquals(Set.of(), spoolFiles());
  }

  @Test
  void hostileFileNamesAreKeptAsNamesOnlyAndNothingIsLeftBehind() throws Exception {
    Set<String> tmpBefore = systemTempUploads();
    start(WebOptions.defaults());
    String longName = "Nghị quyết về phát triển kinh tế - xã hội tỉnh Quảng Bình ".repeat(8) + ".txt";
    List<String> names = List.of(".", "..", "/", "a/../../b", "", "..\\..\\x.txt", "tab\there.txt", longName);
    int i = 0;
    for (String name : names) {
      byte[] content = ("VĂN BẢN MẪU " + i++ + "\nThông báo kết luận về du lịch").getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> r = s.upload(name, content, null);
      assertEquals(201, r.statusCode(), name + ": " + r.body());
      JsonNode d = TestServer.json(r).get("documents").get(0);
      String shown = d.get("file").asText();
      assertFalse(shown.contains("/") || shown.contains("\\") || shown.equals(".") || shown.equals("..")
          || shown.isEmpty() || shown.chars().anyMatch(Character::isISOControl), name + " -> " + shown);
      assertTrue(shown.getBytes(StandardCharsets.UTF_8).length <= 255, shown);
      JsonNode doc = TestServer.json(s.get("/api/documents/" + d.get("id").asText()));
      assertEquals(shown, doc.get("source").asText(), "the typed name is the source name");
    }
    assertTrue(TestServer.json(s.upload(longName, TEXT, null)).toString().contains(".txt"), "extension kept");
    assertEquals(Set.of(), spoolFiles());
    assertEquals(tmpBefore, systemTempUploads(), "nothing written to java.io.tmpdir");
    assertFalse(Files.exists(tmp.resolve("b")) || Files.exists(tmp.resolve("x.txt")), "no file outside the spool");
  }

  @Test
  void staleUploadFilesAreSweptWhenTheServerStarts() throws Exception {
    Path stale = Files.createDirectories(tmp.resolve("data/tmp/sub")).resolve("upload-123.pdf");
    Files.writeString(stale, "left by kill -9");
    Files.writeString(tmp.resolve("data/tmp/MultiPart123.tmp"), "left by kill -9");
    start(WebOptions.defaults());
    assertEquals(Set.of(), spoolFiles());
  }

  @Test
  void aBusyServerAnswers503WithRetryAfter() throws Exception {
    start(new WebOptions(1 << 20, 1, Duration.ZERO, List.of()));
    String head = "POST /api/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestServer.TOKEN
        + "\r\nContent-Type: multipart/form-data; boundary=" + TestServer.BOUNDARY
        + "\r\nContent-Length: 100000\r\n\r\n--" + TestServer.BOUNDARY + "\r\n";
    // A slow upload holds the only turn while its body trickles in; another upload meanwhile gets 503. The
    // slow one may lose the race for the turn to the first probe (it is then refused itself and its
    // connection closed): it is then sent again, on a new connection, until it holds the turn.
    byte[] trickle = ("Content-Disposition: form-data; name=\"file\"; filename=\"slow.txt\"\r\n\r\n"
        + "a".repeat(4000)).getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> r = null;
    long busyDeadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < busyDeadline && (r == null || r.statusCode() != 503)) {
      try (Socket slow = new Socket("127.0.0.1", s.server.port())) {
        OutputStream out = slow.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(trickle, 0, 16);
        out.flush();
        Thread.sleep(200); // time for the server to take the slow request in
        r = s.upload("x.txt", TEXT, null);
        if (r.statusCode() == 503) {
          out.write(trickle, 16, 16); // still sending: the turn was held by it
          out.flush();
        }
      } catch (java.net.SocketException e) {
        r = null; // the slow request was refused (it lost the race): again
      }
    }
    assertNotNull(r, "no answer within the time");
    assertEquals(503, r.statusCode(), r.body());
    assertEquals("10", r.headers().firstValue("Retry-After").orElse(null));
    assertTrue(TestServer.json(r).get("code").asText().equals("busy"), r.body());
    // the turn is given back when the slow request ends
    long deadline = System.nanoTime() + 20_000_000_000L;
    int status = 0;
    while (System.nanoTime() < deadline && (status = s.upload("x.txt", TEXT, null).statusCode()) == 503) {
      Thread.sleep(100);
    }
    assertEquals(201, status);
  }

  @Test
  void metadataSentWithBytesArchivedUnderAnotherNameIsApplied() throws Exception {
    start(WebOptions.defaults());
    HttpResponse<String> first = s.upload("a.txt", TEXT, null);
    assertEquals(201, first.statusCode(), first.body());
    HttpResponse<String> second = s.upload("b.txt", TEXT, "{\"signer\":\"Nguyễn Văn An\",\"province\":\"tỉnh Quảng Bình\"}");
    assertEquals(201, second.statusCode(), second.body());
    JsonNode d = TestServer.json(second).get("documents").get(0);
    assertEquals("source-added", d.get("outcome").asText());
    JsonNode meta = TestServer.json(s.get("/api/documents/" + d.get("id").asText())).get("meta");
    assertEquals("Nguyễn Văn An", meta.get("signer").asText());
    assertEquals("Quảng Bình", meta.get("province").asText(), "written as the archive writes it");
    assertEquals("edited", meta.get("provenance").get("signer").asText());
  }

  @Test
  void malformedMultipartAndBadMetadataAre400NamingTheField() throws Exception {
    start(WebOptions.defaults());
    HttpResponse<String> garbage = s.send(s.request("/api/documents").header("Authorization", "Bearer " + TestServer.TOKEN)
        .header("Content-Type", "multipart/form-data; boundary=xyz").POST(HttpRequest.BodyPublishers.ofString("garbage")));
    assertEquals(400, garbage.statusCode(), garbage.body());
    HttpResponse<String> notMultipart = s.send(s.request("/api/documents").header("Authorization", "Bearer " + TestServer.TOKEN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(400, notMultipart.statusCode(), notMultipart.body());
    assertBad(s.upload(null, null, "{\"title\":\"x\"}"), "file");
    assertBad(s.upload("a.txt", TEXT, "{\"date\":\"2020-99-99\"}"), "date");
    assertBad(s.upload("a.txt", TEXT, "{\"date\":\"2021-02-29\"}"), "date");
    assertBad(s.upload("a.txt", TEXT, "{\"province\":\"Atlantis\"}"), "province");
    assertBad(s.upload("a.txt", TEXT, "{\"title\":\"" + "x".repeat(5_000) + "\"}"), "title");
    assertBad(s.upload("a.txt", TEXT, "{\"title\":\"" + "x".repeat(100_000) + "\"}"), "meta");
    assertBad(s.upload("a.txt", TEXT, "{\"signer\":\"a\\u0000b\"}"), "signer");
    assertBad(s.upload("a.txt", TEXT, "[1,2]"), "meta");
    assertBad(s.upload("a.txt", TEXT, "{\"colour\":\"red\"}"), "colour");
    assertEquals(0, TestServer.json(s.get("/api/search")).get("total").asInt(), "nothing ingested");
  }

  @Test
  void patchBodiesThatAreNotAnObjectOfValidFieldsAre400() throws Exception {
    start(WebOptions.defaults());
    String id = TestServer.json(s.upload("a.txt", TEXT, null)).get("documents").get(0).get("id").asText();
    String path = "/api/documents/" + id + "/meta";
    for (String body : List.of("null", "[]", "\"x\"", "42", "{", "")) {
      assertBad(s.staff("PATCH", path, body), "body");
    }
    assertBad(s.staff("PATCH", path, "{\"provinceCurrent\":\"Hà Tây\"}"), "provinceCurrent");
    assertBad(s.staff("PATCH", path, "{\"cites\":\"12-NQ/TU\"}"), "cites");
    assertBad(s.staff("PATCH", path, "{\"title\":\"" + "x".repeat(200_000) + "\"}"), "body");
    HttpResponse<String> ok = s.staff("PATCH", path, "{\"date\":\"2024-02-29\",\"province\":\"Hà Nam\"}");
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals("2024-02-29", TestServer.json(ok).get("date").asText());
  }

  private static void assertBad(HttpResponse<String> r, String parameter) throws IOException {
    assertEquals(400, r.statusCode(), r.body());
    assertEquals(parameter, TestServer.json(r).get("parameter").asText(), r.body());
  }

  private Set<String> spoolFiles() throws IOException {
    Path spool = tmp.resolve("data/tmp");
    if (!Files.exists(spool)) {
      return Set.of();
    }
    try (Stream<Path> st = Files.walk(spool)) {
      return st.filter(Files::isRegularFile).map(Path::toString).collect(Collectors.toSet());
    }
  }

  private static Set<String> systemTempUploads() throws IOException {
    try (Stream<Path> st = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return st.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("vankien-upload") || n.startsWith("MultiPart")).collect(Collectors.toSet());
    }
  }
}
