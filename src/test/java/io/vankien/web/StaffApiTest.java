package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.auth.Accounts;
import io.vankien.auth.Role;
import io.vankien.index.Archive;
import io.vankien.search.Json;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffApiTest {
  private static final String TOKEN = "test-token-123";
  @TempDir Path tmp;
  private Archive archive;
  private WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    archive = Archive.openForWriting(tmp.resolve("data"));
    server = new WebServer(archive, null, TOKEN).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    archive.close();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static byte[] multipart(String boundary, String fileName, byte[] content, String metaJson) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/plain\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    if (metaJson != null) {
      out.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n" + metaJson)
          .getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private HttpResponse<String> upload(String token, byte[] content, String meta) throws Exception {
    String boundary = "vankienBoundary42";
    HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/documents"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "thong-bao-mau.txt", content, meta)));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b);
  }

  @Test
  void uploadEditDeleteWithTheToken() throws Exception {
    byte[] content = "VĂN BẢN MẪU\nThông báo kết luận của Ban Thường vụ Tỉnh ủy về du lịch".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> up = upload(TOKEN, content, "{\"province\":\"Quảng Bình\",\"type\":\"Thông báo\"}");
    assertEquals(201, up.statusCode(), up.body());
    String id = Json.MAPPER.readTree(up.body()).get("documents").get(0).get("id").asText();

    // it states no access level: the server's default (internal), so anonymous callers do not see it
    assertEquals(404, send(HttpRequest.newBuilder(uri("/api/documents/" + id))).statusCode());
    JsonNode doc = Json.MAPPER.readTree(send(HttpRequest.newBuilder(uri("/api/documents/" + id))
        .header("Authorization", "Bearer " + TOKEN)).body());
    assertEquals("Quảng Bình", doc.get("meta").get("province").asText());
    assertEquals("edited", doc.get("meta").get("provenance").get("province").asText());
    assertEquals("nội bộ", doc.get("meta").get("access").asText());
    assertEquals("default", doc.get("meta").get("provenance").get("access").asText());
    HttpResponse<byte[]> orig = http.send(HttpRequest.newBuilder(uri("/api/documents/" + id + "/original"))
        .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertArrayEquals(content, orig.body());

    HttpResponse<String> edit = send(HttpRequest.newBuilder(uri("/api/documents/" + id + "/meta"))
        .header("Authorization", "Bearer " + TOKEN)
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"signer\":\"Nguyễn Văn An\"}")));
    assertEquals(200, edit.statusCode(), edit.body());
    assertEquals("Nguyễn Văn An", Json.MAPPER.readTree(edit.body()).get("signer").asText());
    HttpResponse<String> badField = send(HttpRequest.newBuilder(uri("/api/documents/" + id + "/meta"))
        .header("Authorization", "Bearer " + TOKEN)
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"colour\":\"red\"}")));
    assertEquals(400, badField.statusCode());
    assertTrue(badField.body().contains("colour"), badField.body());

    // deleting is for admins: the staff token is refused, an admin's API token is not
    HttpResponse<String> staffDelete = send(HttpRequest.newBuilder(uri("/api/documents/" + id))
        .header("Authorization", "Bearer " + TOKEN).DELETE());
    assertEquals(403, staffDelete.statusCode(), staffDelete.body());
    Accounts accounts = new Accounts(tmp.resolve("data"));
    accounts.add("quan-tri", Role.ADMIN, null, null);
    String adminToken = accounts.newToken("quan-tri");
    HttpResponse<String> del = send(HttpRequest.newBuilder(uri("/api/documents/" + id))
        .header("Authorization", "Bearer " + adminToken).DELETE());
    assertEquals(204, del.statusCode(), del.body());
    assertEquals(404, send(HttpRequest.newBuilder(uri("/api/documents/" + id))
        .header("Authorization", "Bearer " + adminToken)).statusCode());
    assertTrue(!archive.store().contains(doc.get("sha256").asText()), "original removed from the store");
  }

  @Test
  void withoutOrWithAWrongTokenWritesAreRefused() throws Exception {
    byte[] content = "VĂN BẢN MẪU\nKế hoạch".getBytes(StandardCharsets.UTF_8);
    assertEquals(401, upload(null, content, null).statusCode());
    assertEquals(401, upload("wrong", content, null).statusCode());
    assertEquals(401, send(HttpRequest.newBuilder(uri("/api/documents/abc")).DELETE()).statusCode());
    HttpResponse<String> badMeta = upload(TOKEN, content, "{not json");
    assertEquals(400, badMeta.statusCode(), badMeta.body());
  }
}
