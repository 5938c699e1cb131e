package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.auth.Accounts;
import io.vankien.auth.Role;
import io.vankien.index.Archive;
import io.vankien.search.Json;
import io.vankien.testing.TestArchives;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cited symbol's page and its implementation chain (issue 16) over four sample documents citing
 * 48-KL/TW, which the archive does not hold: a Hà Nam plan implementing it, a district plan implementing
 * that plan, a restricted Bắc Giang report reviewing it, and a Quảng Bình resolution that only names it as
 * its basis; and a restricted Hà Nam decision taking the Hà Nam plan as its basis. The chain lists exactly the implementing documents, with their relations and lags; the
 * restricted report shows and counts only for a caller cleared for it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SymbolChainTest {
  @TempDir static Path tmp;
  private Archive archive;
  private WebServer server;
  private String staffToken;
  private final HttpClient http = HttpClient.newHttpClient();

  private record Doc(String file, String province, String number, String type, String date, String level,
      String access, String body) {}

  private static final List<Doc> DOCS = List.of(
      new Doc("ke-hoach-ha-nam", "Hà Nam", "10-KH/TU", "Kế hoạch", "2023-03-01", "provincial", "công khai",
          "KẾ HOẠCH\nthực hiện Kết luận số 48-KL/TW của Bộ Chính trị\n\nThực hiện Kết luận số 48-KL/TW, ngày 30/01/2023 của"
              + " Bộ Chính trị về tiếp tục sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030, Ban"
              + " Thường vụ Tỉnh ủy ban hành Kế hoạch."),
      new Doc("ke-hoach-kim-bang", "Hà Nam", "05-KH/HU", "Kế hoạch", "2023-04-15", "district", "công khai",
          "KẾ HOẠCH\nthực hiện Kế hoạch số 10-KH/TU của Ban Thường vụ Tỉnh ủy\n\nThực hiện Kế hoạch số 10-KH/TU ngày"
              + " 01/3/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch."),
      new Doc("bao-cao-bac-giang", "Bắc Giang", "20-BC/TU", "Báo cáo", "2024-01-30", "provincial", "mật",
          "BÁO CÁO\nsơ kết 1 năm thực hiện Kết luận số 48-KL/TW\n\nBan Thường vụ Tỉnh ủy báo cáo sơ kết 1 năm thực"
              + " hiện Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị."),
      new Doc("nghi-quyet-quang-binh", "Quảng Bình", "30-NQ/TU", "Nghị quyết", "2023-06-01", "provincial", "công khai",
          "NGHỊ QUYẾT\nvề phát triển đô thị\n\nCăn cứ Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị;"),
      new Doc("quyet-dinh-ha-nam", "Hà Nam", "40-QĐ/TU", "Quyết định", "2023-05-02", "provincial", "mật",
          "QUYẾT ĐỊNH\nthành lập tổ công tác\n\nCăn cứ Kế hoạch số 10-KH/TU ngày 01/3/2023 của Ban Thường vụ Tỉnh ủy;"));

  private final Map<String, String> ids = new LinkedHashMap<>();

  @BeforeAll
  void start() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (Doc d : DOCS) {
      String text = "VĂN BẢN MẪU (viết cho kiểm thử)\n" + (d.access().equals("mật") ? "MẬT\n" : "")
          + "Số " + d.number() + "\n\n" + d.body() + "\n";
      Files.writeString(in.resolve(d.file() + ".txt"), text);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("province", d.province());
      m.put("number", d.number());
      m.put("type", d.type());
      m.put("date", d.date());
      m.put("level", d.level());
      if (!d.access().equals("mật")) {
        m.put("access", d.access());
      }
      Files.writeString(in.resolve(d.file() + ".txt.meta.json"), Json.MAPPER.writeValueAsString(m));
    }
    archive = Archive.openForWriting(tmp.resolve("data"));
    TestArchives.ingest(archive, in);
    try (var v = archive.searcher().acquire()) {
      for (Doc d : DOCS) {
        var td = v.searcher().search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(
            io.vankien.index.Schema.SOURCE_PATH, in.resolve(d.file() + ".txt").toAbsolutePath().normalize().toString())), 1);
        ids.put(d.file(), v.loadRecord(td.scoreDocs[0].doc).id());
      }
    }
    Accounts accounts = new Accounts(tmp.resolve("data"));
    accounts.add("can-bo", Role.STAFF, null, null);
    staffToken = accounts.newToken("can-bo");
    server = new WebServer(archive, null, null).start("127.0.0.1", 0);
  }

  @AfterAll
  void stop() throws Exception {
    server.stop();
    archive.close();
  }

  private HttpResponse<String> get(String token, String path) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode json(String token, String path) throws Exception {
    HttpResponse<String> r = get(token, path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return Json.MAPPER.readTree(r.body());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.at(field).asText()));
    return out;
  }

  @Test
  void theSymbolPageShowsWhatTheCitingSentencesSayAndEveryReadableCitation() throws Exception {
    JsonNode anon = json(null, "/api/symbols/48-KL/TW");
    assertEquals("48-KL/TW", anon.get("number").asText());
    assertTrue(anon.get("document").isNull(), "the archive does not hold 48-KL/TW");
    assertEquals("Kết luận", anon.at("/known/type").asText());
    assertEquals("2023-01-30", anon.at("/known/date").asText());
    assertEquals("Bộ Chính trị", anon.at("/known/issuer").asText());
    assertTrue(anon.at("/known/title").asText().startsWith("tiếp tục sắp xếp đơn vị hành chính"), anon.at("/known/title").asText());
    assertEquals(List.of(ids.get("nghi-quyet-quang-binh"), ids.get("ke-hoach-ha-nam")), texts(anon.get("citedBy"), "/document/id"));
    assertEquals(List.of("basis", "implements"), texts(anon.get("citedBy"), "/relation"));
    assertTrue(anon.at("/citedBy/1/sentence").asText().toLowerCase(java.util.Locale.ROOT).contains("thực hiện kết luận số 48-kl/tw"),
        anon.at("/citedBy/1/sentence").asText());
    assertEquals(1, anon.at("/byRelation/implements").asInt());
    assertTrue(anon.at("/byRelation/reviews").isMissingNode(), "the restricted report is not counted");
    assertFalse(anon.toString().contains("20-BC/TU"));

    JsonNode staff = json(staffToken, "/api/symbols/" + java.net.URLEncoder.encode("48-kl/tw", StandardCharsets.UTF_8));
    assertEquals(3, staff.get("citedBy").size());
    assertEquals("reviews", staff.at("/citedBy/0/relation").asText());
    assertEquals(1, staff.at("/byRelation/reviews").asInt());
    assertEquals(staff, json(staffToken, "/api/symbols?symbol=48-KL%2FTW"));
  }

  @Test
  void aDocumentsCitedByCarriesEachCitingDocumentsRelationAndSentenceAndOnlyWhatTheCallerMayRead() throws Exception {
    String plan = "/api/documents/" + ids.get("ke-hoach-ha-nam");
    JsonNode anon = json(null, plan);
    assertEquals(List.of(ids.get("ke-hoach-kim-bang")), texts(anon.get("citedBy"), "/document/id"));
    assertEquals(List.of("implements"), texts(anon.get("citedBy"), "/relation"));
    assertEquals("Thực hiện", anon.at("/citedBy/0/relationLabel").asText());
    assertEquals("district", anon.at("/citedBy/0/level").asText());
    assertEquals("2023-04-15", anon.at("/citedBy/0/document/date").asText());
    assertEquals("Hà Nam", anon.at("/citedBy/0/document/province").asText());
    assertTrue(anon.at("/citedBy/0/sentence").asText().toLowerCase(java.util.Locale.ROOT).contains("thực hiện kế hoạch số 10-kh/tu"),
        anon.at("/citedBy/0/sentence").asText());
    assertFalse(anon.toString().contains("40-QĐ/TU") || anon.toString().contains(ids.get("quyet-dinh-ha-nam")),
        "the restricted decision is neither listed nor counted");

    JsonNode staff = json(staffToken, plan);
    assertEquals(List.of(ids.get("quyet-dinh-ha-nam"), ids.get("ke-hoach-kim-bang")),
        texts(staff.get("citedBy"), "/document/id"), "the latest first");
    assertEquals(List.of("basis", "implements"), texts(staff.get("citedBy"), "/relation"));
    assertTrue(staff.at("/citedBy/0/sentence").asText().startsWith("Căn cứ Kế hoạch số 10-KH/TU"),
        staff.at("/citedBy/0/sentence").asText());
  }

  @Test
  void theSearchExportCarriesEachDocumentsTypedCitationsAndOnlyReadableDocuments() throws Exception {
    HttpResponse<String> json = get(null, "/api/export?format=json&q=" + enc("cites:10-KH/TU"));
    assertEquals(200, json.statusCode(), json.body());
    JsonNode rows = Json.MAPPER.readTree(json.body());
    assertEquals(List.of(ids.get("ke-hoach-kim-bang")), texts(rows, "/id"), "the restricted decision is not exported");
    JsonNode citations = rows.get(0).get("citations");
    assertEquals(List.of("10-KH/TU"), texts(citations, "/symbol"));
    assertEquals(List.of("implements"), texts(citations, "/relation"));
    assertTrue(citations.at("/0/sentence").asText().toLowerCase(java.util.Locale.ROOT).contains("thực hiện kế hoạch số 10-kh/tu"),
        citations.toString());

    HttpResponse<String> staffCsv = get(staffToken, "/api/export?format=csv&q=" + enc("cites:10-KH/TU"));
    List<String> lines = staffCsv.body().lines().toList();
    assertEquals(3, lines.size(), staffCsv.body());
    assertTrue(lines.get(0).endsWith(",Trích dẫn (quan hệ: số hiệu)"), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.contains("40-QĐ/TU") && l.endsWith(",Căn cứ: 10-KH/TU")), staffCsv.body());
  }

  @Test
  void theChainListsExactlyTheImplementingDocumentsDownTheHierarchy() throws Exception {
    JsonNode anon = json(null, "/api/chains/48-KL/TW");
    assertEquals("2023-01-30", anon.get("sourceDate").asText());
    JsonNode rows = anon.get("rows");
    assertEquals(List.of(ids.get("ke-hoach-ha-nam"), ids.get("ke-hoach-kim-bang")), texts(rows, "/document/id"));
    assertEquals(List.of("1", "2"), texts(rows, "/depth"));
    assertEquals(List.of("48-KL/TW", "10-KH/TU"), texts(rows, "/parent"));
    assertEquals(List.of("implements", "implements"), texts(rows, "/relation"));
    assertEquals(List.of("provincial", "district"), texts(rows, "/level"));
    assertEquals(List.of("30", "75"), texts(rows, "/lagDays"));
    assertEquals(34, anon.get("provinces").size());
    JsonNode ninhBinh = null;
    for (JsonNode p : anon.get("provinces")) {
      if (p.get("province").asText().equals("Ninh Bình")) {
        ninhBinh = p;
      }
    }
    assertEquals(2, ninhBinh.get("documents").asInt(), "Hà Nam is inside Ninh Bình since 2025");
    assertTrue(texts(ninhBinh.get("formerProvinces"), "").contains("Hà Nam"));
    assertEquals(30, ninhBinh.get("firstLagDays").asInt());
    List<String> missing = texts(anon.get("missingProvinces"), "");
    assertEquals(33, missing.size());
    assertTrue(missing.contains("Bắc Ninh"), "the Bắc Giang report is restricted: Bắc Ninh has none for this caller");
    assertFalse(anon.toString().contains(ids.get("nghi-quyet-quang-binh")), "a document only naming it as basis is no link of the chain");

    JsonNode staff = json(staffToken, "/api/chains/48-KL/TW");
    assertEquals(3, staff.get("rows").size());
    assertFalse(texts(staff.get("missingProvinces"), "").contains("Bắc Ninh"));
  }

  @Test
  void theChainAndTheCitationsExportAsCsv() throws Exception {
    HttpResponse<String> csv = get(null, "/api/chains/48-KL/TW?format=csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertEquals(3, lines.length, csv.body());
    assertTrue(lines[1].contains("\"10-KH/TU\"") && lines[1].contains("\"30\"") && lines[1].contains("\"Thực hiện\""), lines[1]);
    HttpResponse<String> cites = get(null, "/api/documents/" + ids.get("ke-hoach-kim-bang") + "/citations?format=csv");
    assertTrue(cites.body().contains("\"10-KH/TU\",\"Thực hiện\",\"implements\""), cites.body());
    JsonNode typed = json(null, "/api/documents/" + ids.get("ke-hoach-kim-bang") + "/citations");
    assertEquals(ids.get("ke-hoach-ha-nam"), typed.at("/citations/0/document/id").asText());
  }

  @Test
  void aQueryFindsTheDocumentsCitingASymbolWithOneRelation() throws Exception {
    assertEquals(List.of(ids.get("ke-hoach-ha-nam")),
        texts(json(null, "/api/search?q=" + enc("implements:48-KL/TW")).get("hits"), "/id"));
    assertEquals(List.of(ids.get("nghi-quyet-quang-binh")),
        texts(json(null, "/api/search?q=" + enc("basis:48-kl/tw")).get("hits"), "/id"));
    assertEquals(0, json(null, "/api/search?q=" + enc("reviews:48-KL/TW")).get("total").asInt(), "restricted");
    assertEquals(List.of(ids.get("bao-cao-bac-giang")),
        texts(json(staffToken, "/api/search?q=" + enc("reviews:48-KL/TW")).get("hits"), "/id"));
    assertEquals(2, json(null, "/api/search?q=" + enc("cites:48-KL/TW")).get("total").asInt());
    HttpResponse<String> bad = get(null, "/api/search?q=" + enc("implements:abc"));
    assertEquals(400, bad.statusCode());
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aWrongSymbolOrFormatIsA400NamingTheParameter() throws Exception {
    HttpResponse<String> r = get(null, "/api/symbols/abc");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("symbol"), r.body());
    HttpResponse<String> f = get(null, "/api/chains/48-KL/TW?format=xml");
    assertEquals(400, f.statusCode());
    assertTrue(f.body().contains("format"), f.body());
  }
}
