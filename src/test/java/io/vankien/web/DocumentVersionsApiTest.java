package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.audit.AuditLog;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.ContentStore;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Permanent ids through the API: staff upload a new version of a document (POST /api/documents/{id}/versions),
 * the document keeps its id, both versions' ids answer, the versions are listed and downloadable, and a
 * secret document's versions are as hidden as the document. Samples are invented (VĂN BẢN MẪU).
 */
class DocumentVersionsApiTest {
  @TempDir Path tmp;
  private TestServer t;

  private static final byte[] FIRST = ("VĂN BẢN MẪU (soạn cho kiểm thử)\nTỈNH ỦY MẪU\nSố 31-TB/TU\nTHÔNG BÁO\n"
      + "về thử liên kết bền vững\nNội dung bản thứ nhất.\n").getBytes(StandardCharsets.UTF_8);
  private static final byte[] CORRECTED = new String(FIRST, StandardCharsets.UTF_8)
      .replace("bản thứ nhất.", "bản thứ nhất, đã sửa lỗi chính tả.").getBytes(StandardCharsets.UTF_8);

  @BeforeEach
  void start() throws Exception {
    t = new TestServer(tmp.resolve("data"), null, WebOptions.defaults());
  }

  @AfterEach
  void stop() throws Exception {
    t.close();
  }

  private static String idOf(byte[] bytes) {
    return ArchivedDocument.idOf(ContentStore.sha256(bytes));
  }

  private String uploadOne(String name, byte[] content, String meta) throws Exception {
    HttpResponse<String> r = t.upload(name, content, meta);
    assertEquals(201, r.statusCode(), r.body());
    return TestServer.json(r).get("documents").get(0).get("id").asText();
  }

  private HttpResponse<String> newVersion(String id, byte[] body, String token) throws Exception {
    HttpRequest.Builder b = t.request("/api/documents/" + id + "/versions")
        .header("Content-Type", "multipart/form-data; boundary=" + TestServer.BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return t.send(b);
  }

  private HttpResponse<byte[]> bytes(String path, String token) throws Exception {
    HttpRequest.Builder b = t.request(path);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return t.http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aNewVersionKeepsTheIdAndEveryVersionsIdAndOriginalAnswer() throws Exception {
    String id = uploadOne("tb-31.txt", FIRST, null);
    assertEquals(idOf(FIRST), id);

    HttpResponse<String> r = newVersion(id, TestServer.multipart("tb-31 (đã sửa).txt", CORRECTED, null), TestServer.TOKEN);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode answer = TestServer.json(r);
    assertEquals(id, answer.get("id").asText());
    assertEquals(2, answer.get("version").asInt());
    assertEquals("replaced", answer.get("outcome").asText());

    // the old link and the new version's id both answer with the document
    JsonNode doc = TestServer.json(t.get("/api/documents/" + id));
    assertEquals(id, doc.get("id").asText());
    assertTrue(doc.get("requestedId").isNull());
    assertTrue(doc.get("text").asText().contains("đã sửa lỗi chính tả"), "the current text is the new version's");
    assertEquals(2, doc.get("versions").size());
    HttpResponse<String> byNewId = t.get("/api/documents/" + idOf(CORRECTED));
    assertEquals(200, byNewId.statusCode(), byNewId.body());
    assertEquals(id, TestServer.json(byNewId).get("id").asText());
    assertEquals(idOf(CORRECTED), TestServer.json(byNewId).get("requestedId").asText());

    JsonNode versions = TestServer.json(t.get("/api/documents/" + idOf(CORRECTED) + "/versions"));
    assertEquals(id, versions.get("id").asText());
    assertEquals(2, versions.get("current").asInt());
    JsonNode v1 = versions.get("versions").get(0);
    JsonNode v2 = versions.get("versions").get(1);
    assertEquals(List.of(1, idOf(FIRST), "staff-token", "upload", false),
        List.of(v1.get("number").asInt(), v1.get("id").asText(), v1.get("replacedBy").asText(),
            v1.get("replacedVia").asText(), v1.get("current").asBoolean()));
    assertEquals(List.of(2, idOf(CORRECTED), "tb-31 (đã sửa).txt", true),
        List.of(v2.get("number").asInt(), v2.get("id").asText(), v2.get("sources").get(0).asText(),
            v2.get("current").asBoolean()));
    assertEquals(v1.get("replacedAt").asText(), v2.get("since").asText());

    assertArrayEquals(FIRST, bytes("/api/documents/" + id + "/versions/1/original", null).body());
    assertArrayEquals(CORRECTED, bytes("/api/documents/" + id + "/versions/2/original", null).body());
    assertArrayEquals(CORRECTED, bytes("/api/documents/" + id + "/original", null).body());
    assertArrayEquals(CORRECTED, bytes("/api/documents/" + idOf(FIRST) + "/original", null).body());
    assertEquals(404, bytes("/api/documents/" + id + "/versions/3/original", null).statusCode());
    assertEquals(400, bytes("/api/documents/" + id + "/versions/x/original", null).statusCode());

    // the first bytes uploaded again as a document of their own: refused, naming the document they belong to
    HttpResponse<String> again = t.upload("tb-31 (ban cu).txt", FIRST, null);
    assertEquals(422, again.statusCode(), again.body());
    assertTrue(TestServer.json(again).get("documents").get(0).get("error").asText()
        .contains("bản 1 của văn bản " + id), again.body());

    // staff write through an old id too; the audit log has who uploaded the version
    HttpResponse<String> edit = t.staff("PATCH", "/api/documents/" + idOf(CORRECTED) + "/meta", "{\"province\":\"Kon Tum\"}");
    assertEquals(200, edit.statusCode(), edit.body());
    assertEquals("Kon Tum", TestServer.json(t.get("/api/documents/" + id)).get("meta").get("province").asText());
    List<Map<String, Object>> events = new AuditLog(tmp.resolve("data")).tail(10);
    assertTrue(events.stream().anyMatch(e -> "new-version".equals(e.get("event")) && id.equals(e.get("document"))
        && "staff-token".equals(e.get("account")) && e.get("detail") instanceof Map<?, ?> detail
        && ContentStore.sha256(FIRST).equals(detail.get("replaced")) && ContentStore.sha256(CORRECTED).equals(detail.get("sha256"))),
        events.toString());
  }

  @Test
  void aNewVersionIsRefusedWithAClearStatus() throws Exception {
    String id = uploadOne("tb-31.txt", FIRST, null);
    String other = uploadOne("khac.txt", "VĂN BẢN MẪU\nMột văn bản khác.\n".getBytes(StandardCharsets.UTF_8), null);
    byte[] corrected = TestServer.multipart("sua.txt", CORRECTED, null);

    assertEquals(401, newVersion(id, corrected, null).statusCode(), "anonymous");
    assertEquals(404, newVersion("0123456789abcdef", corrected, TestServer.TOKEN).statusCode());
    HttpResponse<String> same = newVersion(id, TestServer.multipart("lai.txt", FIRST, null), TestServer.TOKEN);
    assertEquals(200, same.statusCode(), same.body());
    assertEquals("unchanged", TestServer.json(same).get("outcome").asText());
    HttpResponse<String> conflict = newVersion(id,
        TestServer.multipart("khac.txt", "VĂN BẢN MẪU\nMột văn bản khác.\n".getBytes(StandardCharsets.UTF_8), null),
        TestServer.TOKEN);
    assertEquals(409, conflict.statusCode(), conflict.body());
    assertTrue(TestServer.json(conflict).get("error").asText().contains("thuộc một văn bản khác"), conflict.body());

    ByteArrayOutputStream two = new ByteArrayOutputStream();
    byte[] a = TestServer.multipart("a.txt", CORRECTED, null);
    two.writeBytes(new String(a, StandardCharsets.UTF_8).replace("--" + TestServer.BOUNDARY + "--\r\n", "")
        .getBytes(StandardCharsets.UTF_8));
    two.writeBytes(TestServer.multipart("b.txt", FIRST, null));
    HttpResponse<String> twoFiles = newVersion(id, two.toByteArray(), TestServer.TOKEN);
    assertEquals(400, twoFiles.statusCode(), twoFiles.body());
    assertEquals("file", TestServer.json(twoFiles).get("parameter").asText());

    assertEquals(1, TestServer.json(t.get("/api/documents/" + id + "/versions")).get("current").asInt(),
        "nothing refused was written");
    assertEquals(1, TestServer.json(t.get("/api/documents/" + other + "/versions")).get("current").asInt());
  }

  @Test
  void aSecretDocumentsVersionsAreAsHiddenAsTheDocument() throws Exception {
    String id = uploadOne("mat.txt", FIRST, "{\"access\":\"mật\"}");
    assertEquals(201, newVersion(id, TestServer.multipart("mat-sua.txt", CORRECTED, null), TestServer.TOKEN).statusCode());
    List<String> paths = List.of("/api/documents/%s", "/api/documents/%s/original", "/api/documents/%s/versions",
        "/api/documents/%s/versions/1/original", "/api/documents/%s/versions/2/original");
    for (String oneId : List.of(id, idOf(CORRECTED))) {
      for (String p : paths) {
        String path = String.format(p, oneId);
        HttpResponse<byte[]> anonymous = bytes(path, null);
        assertEquals(404, anonymous.statusCode(), path);
        String body = new String(anonymous.body(), StandardCharsets.UTF_8);
        assertTrue(!body.contains("liên kết bền vững") && !body.contains("mat-sua"), body);
        assertEquals(200, bytes(path, TestServer.TOKEN).statusCode(), "staff read it: " + path); // the control
      }
    }
    // an anonymous search does not find it by either id's words either
    assertEquals(0, TestServer.json(t.get("/api/search?q=" + java.net.URLEncoder.encode("liên kết bền vững",
        StandardCharsets.UTF_8))).get("total").asInt());
  }
}
