package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Accounts;
import io.vankien.auth.Role;
import io.vankien.search.Json;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review queue over the API: which documents it lists (missing or uncertain fields only, filtered as
 * search is and by field), only what the caller may read, for staff only; a bulk edit sets one field of the
 * selected documents, each an audited edit, and they leave the queue. Sample documents are invented and
 * marked "VĂN BẢN MẪU".
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewApiTest {
  @TempDir static Path tmp;
  private TestServer s;
  private final Map<String, String> ids = new LinkedHashMap<>();
  private String staffHaNam;
  private String reader;

  @BeforeAll
  void start() throws Exception {
    s = new TestServer(tmp.resolve("data"), null, WebOptions.defaults());
    upload("day-du", "VĂN BẢN MẪU\nNghị quyết mẫu về phát triển nông nghiệp.\n",
        "{\"number\":\"05-NQ/TU\",\"date\":\"2021-03-05\",\"title\":\"về phát triển nông nghiệp mẫu\","
            + "\"province\":\"Hà Nam\",\"issuer\":\"Tỉnh ủy Hà Nam\",\"type\":\"Nghị quyết\"}");
    upload("ho-sen", "VĂN BẢN MẪU\nGhi chép về hồ sen mẫu, không có số hiệu.\n",
        "{\"title\":\"Ghi chép về hồ sen\",\"province\":\"Hà Nam\",\"access\":\"mật\"}");
    upload("rung-thong", "VĂN BẢN MẪU\nGhi chép về rừng thông mẫu.\n",
        "{\"title\":\"Ghi chép về rừng thông\",\"province\":\"Quảng Bình\",\"access\":\"mật\"}");
    upload("canh-dong", "VĂN BẢN MẪU\nGhi chép về cánh đồng lúa mẫu.\n",
        "{\"title\":\"Ghi chép về cánh đồng lúa\",\"access\":\"công khai\"}");
    upload("ben-song", "VĂN BẢN MẪU\nGhi chép về bến sông mẫu.\n",
        "{\"title\":\"Ghi chép về bến sông\",\"access\":\"công khai\"}");
    Accounts accounts = new Accounts(tmp.resolve("data"));
    accounts.add("can-bo-ha-nam", Role.STAFF, List.of("Hà Nam"), null);
    accounts.add("doc-gia", Role.READER, null, null);
    staffHaNam = accounts.newToken("can-bo-ha-nam");
    reader = accounts.newToken("doc-gia");
  }

  @AfterAll
  void stop() throws Exception {
    s.close();
  }

  private void upload(String name, String text, String meta) throws Exception {
    HttpResponse<String> r = s.upload(name + ".txt", text.getBytes(StandardCharsets.UTF_8), meta);
    assertEquals(201, r.statusCode(), r.body());
    ids.put(name, TestServer.json(r).get("documents").get(0).get("id").asText());
  }

  private JsonNode review(String token, String query) throws Exception {
    HttpResponse<String> r = s.send(s.request("/api/review" + query).header("Authorization", "Bearer " + token));
    assertEquals(200, r.statusCode(), r.body());
    return TestServer.json(r);
  }

  private static List<String> itemIds(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(i -> out.add(i.get("id").asText()));
    return out;
  }

  private static JsonNode item(JsonNode page, String id) {
    for (JsonNode i : page.get("items")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id + " not in " + page);
  }

  private static String enc(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  @Test
  @Order(1)
  void listsTheDocumentsWithMissingOrUncertainFieldsOnly() throws Exception {
    JsonNode all = review(TestServer.TOKEN, "?size=100");
    List<String> listed = itemIds(all);
    assertFalse(listed.contains(ids.get("day-du")), "a document staff completed needs no look: " + all);
    for (String name : List.of("ho-sen", "rung-thong", "canh-dong", "ben-song")) {
      assertTrue(listed.contains(ids.get(name)), name + " has no number: " + all);
    }
    assertEquals(4, all.get("total").asInt());
    JsonNode doc = item(all, ids.get("canh-dong"));
    assertTrue(doc.get("problems").toString().contains("\"number\""), doc.toString());
    assertTrue(doc.get("problems").toString().contains("\"province\""), doc.toString());
    JsonNode title = doc.get("values").get("title");
    assertEquals("Ghi chép về cánh đồng lúa", title.get("value").asText());
    assertEquals("edited", title.get("provenance").asText());
    assertEquals(4, all.get("counts").get("number").asInt(), all.get("counts").toString());
    assertEquals(2, all.get("counts").get("province").asInt(), all.get("counts").toString());
  }

  @Test
  @Order(2)
  void filtersAsSearchDoesAndByField() throws Exception {
    assertEquals(List.of(ids.get("ho-sen")), itemIds(review(TestServer.TOKEN, "?q=" + enc("hồ sen"))));
    assertEquals(List.of(ids.get("ho-sen")), itemIds(review(TestServer.TOKEN, "?q=" + enc("ho sen"))));
    assertEquals(List.of(ids.get("ho-sen")), itemIds(review(TestServer.TOKEN, "?province=" + enc("Hà Nam"))));
    JsonNode noProvince = review(TestServer.TOKEN, "?problem=province&size=100");
    assertEquals(2, noProvince.get("total").asInt(), noProvince.toString());
    assertTrue(itemIds(noProvince).containsAll(List.of(ids.get("canh-dong"), ids.get("ben-song"))));
    JsonNode pageOne = review(TestServer.TOKEN, "?size=1");
    assertEquals(1, pageOne.get("items").size());
    assertEquals(4, pageOne.get("total").asInt(), "the total counts every page");
    List<String> inOrder = itemIds(review(TestServer.TOKEN, "?size=4"));
    for (int p = 1; p <= 4; p++) { // each page of one holds the queue's p-th document, and the total stays
      JsonNode one = review(TestServer.TOKEN, "?size=1&page=" + p);
      assertEquals(List.of(inOrder.get(p - 1)), itemIds(one), "page " + p);
      assertEquals(4, one.get("total").asInt());
    }
    assertEquals(List.of(), itemIds(review(TestServer.TOKEN, "?size=1&page=5")), "past the queue's end");
    HttpResponse<String> bad = s.send(s.request("/api/review?problem=signer").header("Authorization", "Bearer " + TestServer.TOKEN));
    assertEquals(400, bad.statusCode());
    assertEquals("problem", TestServer.json(bad).get("parameter").asText());
  }

  @Test
  @Order(3)
  void listsOnlyWhatTheCallerMayReadAndOnlyForStaff() throws Exception {
    JsonNode haNam = review(staffHaNam, "?size=100");
    String body = haNam.toString();
    assertFalse(body.contains(ids.get("rung-thong")) || body.contains("rừng thông"), "Quảng Bình's secret: " + body);
    assertTrue(itemIds(haNam).contains(ids.get("ho-sen")), "its own province's secret document: " + body);
    assertTrue(itemIds(haNam).contains(ids.get("canh-dong")), "a public document: " + body);
    assertEquals(3, haNam.get("total").asInt(), body);
    assertEquals(401, s.get("/api/review").statusCode());
    assertEquals(403, s.send(s.request("/api/review").header("Authorization", "Bearer " + reader)).statusCode());
  }

  @Test
  @Order(4)
  void aBulkEditSetsTheFieldOfEachSelectedDocumentAsAnAuditedEdit() throws Exception {
    String body = Json.MAPPER.writeValueAsString(Map.of("ids", List.of(ids.get("canh-dong"), ids.get("ben-song")),
        "field", "province", "value", "hà nam"));
    HttpResponse<String> r = s.staff("POST", "/api/review/edit", body);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answer = TestServer.json(r);
    assertEquals(2, answer.get("edited").size(), r.body());
    assertEquals("Hà Nam", answer.get("value").asText(), "written as the archive writes it");
    JsonNode meta = TestServer.json(s.get("/api/documents/" + ids.get("canh-dong"))).get("meta");
    assertEquals("Hà Nam", meta.get("province").asText());
    assertEquals("edited", meta.get("provenance").get("province").asText());
    assertEquals(0, review(TestServer.TOKEN, "?problem=province").get("total").asInt(), "they left the queue");
    List<Map<String, Object>> events = new AuditLog(tmp.resolve("data")).tail(100);
    for (String name : List.of("canh-dong", "ben-song")) {
      assertTrue(events.stream().anyMatch(e -> "edit".equals(e.get("event")) && ids.get(name).equals(e.get("document"))
          && String.valueOf(e.get("detail")).contains("Hà Nam")), name + ": " + events);
    }
  }

  @Test
  @Order(5)
  void aBulkEditLeavesAloneWhatTheCallerMayNotReadOrWrite() throws Exception {
    String body = Json.MAPPER.writeValueAsString(Map.of("ids", List.of(ids.get("rung-thong"), ids.get("ho-sen")),
        "field", "type", "value", "Báo cáo"));
    HttpResponse<String> r = s.send(s.request("/api/review/edit").header("Authorization", "Bearer " + staffHaNam)
        .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answer = TestServer.json(r);
    assertEquals(List.of(ids.get("ho-sen")), List.of(answer.get("edited").get(0).asText()), r.body());
    JsonNode failed = answer.get("failed").get(0);
    assertEquals(ids.get("rung-thong"), failed.get("id").asText());
    assertEquals(NotFoundException.noDocument(ids.get("rung-thong")), failed.get("error").asText(),
        "as if it did not exist");
    JsonNode meta = TestServer.json(s.staff("GET", "/api/documents/" + ids.get("rung-thong"), null)).get("meta");
    assertFalse("Báo cáo".equals(meta.path("type").asText()), meta.toString());
  }

  @Test
  @Order(6)
  void aBadBulkEditIsA400NamingTheField() throws Exception {
    HttpResponse<String> field = s.staff("POST", "/api/review/edit",
        "{\"ids\":[\"" + ids.get("ho-sen") + "\"],\"field\":\"signer\",\"value\":\"Ai Đó\"}");
    assertEquals(400, field.statusCode(), field.body());
    assertEquals("field", TestServer.json(field).get("parameter").asText());
    HttpResponse<String> province = s.staff("POST", "/api/review/edit",
        "{\"ids\":[\"" + ids.get("ho-sen") + "\"],\"field\":\"province\",\"value\":\"Atlantis\"}");
    assertEquals(400, province.statusCode(), province.body());
    assertEquals("province", TestServer.json(province).get("parameter").asText());
    HttpResponse<String> level = s.staff("POST", "/api/review/edit",
        "{\"ids\":[\"" + ids.get("ho-sen") + "\"],\"field\":\"level\",\"value\":\"galactic\"}");
    assertEquals(400, level.statusCode(), level.body());
    HttpResponse<String> none = s.staff("POST", "/api/review/edit", "{\"ids\":[],\"field\":\"type\",\"value\":\"x\"}");
    assertEquals("ids", TestServer.json(none).get("parameter").asText());
  }
}
