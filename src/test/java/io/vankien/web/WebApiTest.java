package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.index.Archive;
import io.vankien.search.Json;
import io.vankien.testing.TestArchives;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebApiTest {
  @TempDir static Path tmp;
  private Archive archive;
  private WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private Path docFile;

  @BeforeAll
  void start() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    docFile = in.resolve("nq-mau.txt");
    Files.writeString(docFile, "VĂN BẢN MẪU\nNghị quyết về xây dựng nông thôn mới giai đoạn 2021-2025\n"
        + "Tỉnh ủy yêu cầu các cấp ủy tập trung lãnh đạo xây dựng nông thôn mới.");
    Files.writeString(in.resolve("nq-mau.txt.meta.json"),
        "{\"province\":\"Hà Nam\",\"provinceCurrent\":\"Ninh Bình\",\"type\":\"Nghị quyết\",\"date\":\"2021-03-15\","
            + "\"number\":\"12-NQ/TU\",\"level\":\"provincial\",\"issuer\":\"Ban Thường vụ Tỉnh uỷ Hà Nam\","
            + "\"term\":\"khoá XX\"}");
    Files.writeString(in.resolve("kh-mau.txt"), "VĂN BẢN MẪU\nKế hoạch thực hiện Nghị quyết số 12-NQ/TU\n");
    Files.writeString(in.resolve("kh-mau.txt.meta.json"),
        "{\"province\":\"Nghệ An\",\"provinceCurrent\":\"Nghệ An\",\"type\":\"Kế hoạch\",\"date\":\"2022-01-10\","
            + "\"cites\":[\"12-NQ/TU\"]}");
    archive = Archive.openForWriting(tmp.resolve("data"));
    TestArchives.ingest(archive, in);
    server = new WebServer(archive, null).start("127.0.0.1", 0);
  }

  @AfterAll
  void stop() throws Exception {
    server.stop();
    archive.close();
  }

  private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private JsonNode json(String pathAndQuery, int expectedStatus) throws Exception {
    HttpResponse<byte[]> r = get(pathAndQuery);
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertEquals(expectedStatus, r.statusCode(), body);
    return Json.MAPPER.readTree(body);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aQueryThatFindsNothingIsAnsweredByItsCorrectionWhenAsked() throws Exception {
    JsonNode asTyped = json("/api/search?q=" + enc("xây dựng nông thôm mới"), 200);
    assertEquals(0, asTyped.get("total").asInt(), asTyped.toString());
    assertEquals("xây dựng nông thôn mới", asTyped.get("didYouMean").asText(), asTyped.toString());
    JsonNode corrected = json("/api/search?correct=true&q=" + enc("xây dựng nông thôm mới"), 200);
    assertEquals("xây dựng nông thôn mới", corrected.get("showingResultsFor").asText(), corrected.toString());
    assertTrue(corrected.get("total").asInt() > 0, corrected.toString());
    assertFalse(corrected.has("didYouMean"), corrected.toString());
    JsonNode found = json("/api/search?correct=true&q=" + enc("nông thôn mới"), 200);
    assertFalse(found.has("showingResultsFor"), "what finds something is answered as typed: " + found);
    assertEquals("correct", json("/api/search?correct=yes&q=x", 400).get("parameter").asText());
    assertEquals("correct", json("/api/export?correct=true&q=x", 400).get("parameter").asText());
  }

  @Test
  void searchWithFacetsAndFilters() throws Exception {
    JsonNode all = json("/api/search?q=" + enc("nghị quyết"), 200);
    assertEquals(2, all.get("total").asInt());
    JsonNode provinces = all.get("facets").get("province");
    assertEquals(2, provinces.size(), provinces.toString());
    JsonNode one = json("/api/search?q=" + enc("nghị quyết") + "&province=" + enc("Hà Nam"), 200);
    assertEquals(1, one.get("total").asInt());
    // drill sideways: the province facet still counts the other province
    assertEquals(2, one.get("facets").get("province").size());
    JsonNode current = json("/api/search?provinceCurrent=" + enc("Ninh Bình"), 200);
    assertEquals(1, current.get("total").asInt());
    JsonNode group = current.get("facets").get("provinceCurrent");
    JsonNode ninhBinh = null;
    for (JsonNode g : group) {
      if (g.get("value").asText().equals("Ninh Bình")) {
        ninhBinh = g;
      }
    }
    assertEquals("Hà Nam", ninhBinh.get("children").get(0).get("value").asText());
    JsonNode dated = json("/api/search?from=2022-01-01&to=2022-12-31", 200);
    assertEquals(1, dated.get("total").asInt());
    assertEquals("kh-mau.txt", dated.get("hits").get(0).get("source").asText());
  }

  @Test
  void hitsCarryTheListFieldsOnceAndTheDocumentTheWholeMetadata() throws Exception {
    JsonNode hit = json("/api/search?q=" + enc("xây dựng nông thôn"), 200).get("hits").get(0);
    for (String f : List.of("id", "source", "title", "type", "number", "date", "province", "provinceCurrent",
        "signer", "issuer", "level", "term", "score", "snippets")) {
      assertTrue(hit.has(f), "hit lacks " + f + ": " + hit);
    }
    assertEquals("12-NQ/TU", hit.get("number").asText());
    assertFalse(hit.has("meta"), "the metadata is not repeated in a hit: " + hit);
    assertFalse(hit.has("snippet"), "the first snippet is not repeated in a hit: " + hit);
    assertTrue(hit.get("snippets").get(0).asText().contains("<mark>"), hit.toString());
    JsonNode doc = json("/api/documents/" + hit.get("id").asText(), 200);
    assertEquals("12-NQ/TU", doc.get("meta").get("number").asText());
  }

  @Test
  void issuerAndTermFacetsCountOneValuePerBodyAndTermAndTheDocumentSaysWhich() throws Exception {
    JsonNode r = json("/api/search?issuer=" + enc("Ban Chấp hành Đảng bộ tỉnh Hà Nam"), 200);
    assertEquals(1, r.get("total").asInt(), "a typed form filters by its body's value");
    assertEquals("Tỉnh ủy Hà Nam", r.get("applied").get("issuer").get(0).asText());
    assertEquals("Tỉnh ủy Hà Nam", r.get("facets").get("issuer").get(0).get("value").asText());
    assertEquals("Đại hội XX (2020-2025)", r.get("facets").get("term").get(0).get("value").asText());
    JsonNode hit = r.get("hits").get(0);
    assertEquals("Ban Thường vụ Tỉnh uỷ Hà Nam", hit.get("issuer").asText(), "a hit shows the typed issuer");
    JsonNode doc = json("/api/documents/" + hit.get("id").asText(), 200);
    assertEquals("khoá XX", doc.get("meta").get("term").asText());
    assertEquals("Tỉnh ủy Hà Nam", doc.get("facets").get("issuer").asText());
    assertEquals("Đại hội XX (2020-2025)", doc.get("facets").get("term").asText());
    assertEquals(1, json("/api/search?term=" + enc("Đại hội XX (2020-2025)"), 200).get("total").asInt());
  }

  @Test
  void facetValuesSaySelectedOnlyWhenTheyAre() throws Exception {
    JsonNode provinces = json("/api/search?province=" + enc("Hà Nam"), 200).get("facets").get("province");
    assertEquals(2, provinces.size(), provinces.toString());
    for (JsonNode v : provinces) {
      boolean chosen = v.get("value").asText().equals("Hà Nam");
      assertEquals(chosen, v.has("selected"), v.toString());
      assertEquals(chosen, v.path("selected").asBoolean(), v.toString());
    }
  }

  @Test
  void badParametersAre400WithAMessage() throws Exception {
    assertEquals("facetLimit", json("/api/search?facetLimit=abc", 400).get("parameter").asText());
    assertEquals("facetLimit", json("/api/search?facetLimit=0", 400).get("parameter").asText());
    assertEquals("facetLimit", json("/api/search?facetLimit=101", 400).get("parameter").asText());
    assertEquals(2, json("/api/search?facetLimit=100", 200).get("total").asInt());
    assertEquals("page", json("/api/search?page=abc", 400).get("parameter").asText());
    assertEquals("from", json("/api/search?from=2020-13-45", 400).get("parameter").asText());
    assertEquals("sort", json("/api/search?sort=sideways", 400).get("parameter").asText());
    assertEquals("size", json("/api/search?size=100000", 400).get("parameter").asText());
    assertEquals("bogus", json("/api/search?bogus=1", 400).get("parameter").asText());
    JsonNode q = json("/api/search?q=" + enc("\"unclosed"), 400);
    assertEquals("unbalanced-quote", q.get("code").asText(), q.toString());
    assertTrue(q.get("error").asText().startsWith("Từ khóa tìm kiếm: "), q.toString());
    assertEquals("unclosed", q.get("retry").asText(), q.toString());
  }

  @Test
  void documentCitationsAndOriginal() throws Exception {
    String id = json("/api/search?q=" + enc("number:12-NQ/TU"), 200).get("hits").get(0).get("id").asText();
    JsonNode doc = json("/api/documents/" + id, 200);
    assertEquals("sidecar", doc.get("meta").get("provenance").get("province").asText());
    assertEquals("kh-mau.txt", doc.get("citedBy").get(0).get("document").get("source").asText());
    String citing = doc.get("citedBy").get(0).get("document").get("id").asText();
    assertEquals("implements", doc.at("/citedBy/0/relation").asText(), doc.get("citedBy").toString());
    assertEquals("Thực hiện", doc.at("/citedBy/0/relationLabel").asText());
    assertTrue(doc.at("/citedBy/0/sentence").asText().contains("Nghị quyết số 12-NQ/TU"), doc.get("citedBy").toString());
    assertEquals(id, json("/api/documents/" + citing, 200).get("cites").get(0).get("document").get("id").asText());
    HttpResponse<byte[]> orig = get("/api/documents/" + id + "/original");
    assertEquals(200, orig.statusCode());
    assertArrayEquals(Files.readAllBytes(docFile), orig.body());
    assertTrue(json("/api/documents/nope", 404).get("error").asText().contains("nope"));
  }

  @Test
  void exportStatsHealthAndOpenApi() throws Exception {
    HttpResponse<byte[]> csv = get("/api/export?format=csv&q=" + enc("nghị quyết"));
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFMã văn bản,Tên trích dẫn,"), text);
    assertEquals(3, text.lines().count(), text);
    assertTrue(text.lines().findFirst().orElseThrow().endsWith(",Trích dẫn (quan hệ: số hiệu)"), text);
    assertTrue(text.lines().anyMatch(l -> l.contains("kh-mau.txt") && l.endsWith(",Thực hiện: 12-NQ/TU")), text);
    assertEquals(400, get("/api/export?format=xls").statusCode());
    JsonNode stats = json("/api/stats", 200);
    assertEquals(1, stats.get("byYear").get("2021").asInt());
    assertEquals(2, json("/api/health", 200).get("documents").asInt());
    assertEquals(200, get("/openapi.json").statusCode());
    assertTrue(json("/api/nothing-here", 404).has("error"));
  }

  @Test
  void suggestCompletesWithAndWithoutDiacritics() throws Exception {
    JsonNode s = json("/api/suggest?q=" + enc("12-NQ"), 200);
    assertEquals("number", s.get("suggestions").get(0).get("kind").asText(), s.toString());
    JsonNode folded = json("/api/suggest?q=" + enc("ke hoach thuc"), 200);
    assertTrue(folded.get("suggestions").size() > 0, folded.toString());
    assertEquals(400, get("/api/suggest").statusCode());
  }

  @Test
  void didYouMeanForAMisspelledQuery() throws Exception {
    JsonNode r = json("/api/search?q=" + enc("nôngg thôn"), 200);
    assertEquals(0, r.get("total").asInt());
    assertEquals("nông thôn", r.get("didYouMean").asText());
    JsonNode folded = json("/api/search?q=" + enc("nongg thon"), 200);
    assertEquals(0, folded.get("total").asInt());
    assertEquals("nong thon", folded.get("didYouMean").asText());
  }

  @Test
  void openApiDescribesEveryRoute() throws Exception {
    JsonNode paths = json("/openapi.json", 200).get("paths");
    for (String p : java.util.List.of("/api/search", "/api/suggest", "/api/export", "/api/stats", "/api/health",
        "/api/documents", "/api/documents/{id}", "/api/documents/{id}/original", "/api/documents/{id}/meta",
        "/api/documents/{id}/versions", "/api/documents/{id}/versions/{n}/original")) {
      assertTrue(paths.has(p), "openapi.json lacks " + p);
    }
    assertTrue(paths.get("/api/documents/{id}/meta").has("patch"));
    assertTrue(paths.get("/api/documents/{id}").has("delete"));
    assertTrue(paths.get("/api/documents").has("post"));
    assertTrue(paths.get("/api/documents/{id}/versions").has("post"));
  }
}
