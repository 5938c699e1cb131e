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
import io.vankien.testing.TestArchives;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * No document above a caller's level, or outside a provincial caller's provinces, shows through any read
 * endpoint: hits, totals, facets, snippets, suggestions, did-you-mean, similar documents, cites and cited-by,
 * stats, export, the document view, match offsets and original downloads. Five sample documents share the
 * words "khoáng sản", so every query matches all of them; each also has a word, a signer and a title of its
 * own. For every role and every endpoint, no answer holds anything of a document the role may not read,
 * and (the control that the check can fail) the roles allowed to read a document do find its word.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLeakTest {
  @TempDir static Path tmp;
  private Archive archive;
  private WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private static final String STAFF_TOKEN = "staff-token-for-tests";

  /** A sample document: its level, province, and what would betray it (a word, a signer, a title). */
  private record Doc(String file, String level, String province, String number, String word, String signer,
      String cites) {
    String id(Map<String, String> ids) {
      return ids.get(file);
    }
  }

  private static final List<Doc> DOCS = List.of(
      new Doc("cong-khai-ha-nam", "công khai", "Hà Nam", "10-NQ/TU", "hải đăng", "Lê Văn Khải", "43-NQ/TU"),
      new Doc("noi-bo-ha-nam", "nội bộ", "Hà Nam", "21-NQ/TU", "kỳ lân", "Phạm Thị Ngọc", null),
      new Doc("noi-bo-quang-binh", "nội bộ", "Quảng Bình", "32-NQ/TU", "phượng hoàng", "Đỗ Văn Toàn", null),
      new Doc("mat-ha-nam", "stamp", "Hà Nam", "43-NQ/TU", "thiên thạch", "Hoàng Minh Triết", "10-NQ/TU"),
      new Doc("mat-quang-binh", "stamp", "Quảng Bình", "54-NQ/TU", "cầu vồng", "Vũ Thị Uyên", null));

  /** Who asks, with the bearer token that proves it (null: anonymous) and which documents it may read. */
  private record Asker(String name, String token, Set<String> reads) {}

  private final List<Asker> askers = new ArrayList<>();
  private final Map<String, String> ids = new LinkedHashMap<>();

  @BeforeAll
  void start() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (Doc d : DOCS) {
      String stamp = d.level().equals("stamp") ? "MẬT\n" : "";
      String text = "VĂN BẢN MẪU (viết cho kiểm thử)\n" + stamp
          + "TỈNH ỦY " + d.province().toUpperCase(java.util.Locale.ROOT) + "\nSố " + d.number() + "\n\nNGHỊ QUYẾT\n"
          + "về quản lý khoáng sản và " + d.word() + "\n\n"
          + "Ban Thường vụ Tỉnh ủy bàn về khoáng sản, tài nguyên và " + d.word() + " trên địa bàn tỉnh. "
          + "Quản lý khoáng sản chặt chẽ, khai thác khoáng sản có hiệu quả, bảo vệ môi trường khi khai thác"
          + " khoáng sản; " + d.word() + " được giữ gìn.\n"
          + (d.cites() == null ? "" : "Thực hiện Nghị quyết số " + d.cites() + " của Tỉnh ủy.\n");
      Files.writeString(in.resolve(d.file() + ".txt"), text);
      Files.writeString(in.resolve(d.file() + ".txt.meta.json"), Json.MAPPER.writeValueAsString(sidecar(d)));
    }
    archive = Archive.openForWriting(tmp.resolve("data"));
    TestArchives.ingest(archive, in);
    for (Doc d : DOCS) {
      ids.put(d.file(), idOf(d));
    }
    Accounts accounts = new Accounts(tmp.resolve("data"));
    accounts.add("doc-gia", Role.READER, null, null);
    accounts.add("doc-gia-ha-nam", Role.READER, List.of("Hà Nam"), null);
    accounts.add("can-bo-ha-nam", Role.STAFF, List.of("Hà Nam"), null);
    accounts.add("can-bo", Role.STAFF, null, null);
    accounts.add("quan-tri", Role.ADMIN, null, null);
    askers.add(new Asker("anonymous", null, Set.of("cong-khai-ha-nam")));
    askers.add(new Asker("reader", accounts.newToken("doc-gia"),
        Set.of("cong-khai-ha-nam", "noi-bo-ha-nam", "noi-bo-quang-binh")));
    askers.add(new Asker("reader of Hà Nam", accounts.newToken("doc-gia-ha-nam"),
        Set.of("cong-khai-ha-nam", "noi-bo-ha-nam")));
    askers.add(new Asker("staff of Hà Nam", accounts.newToken("can-bo-ha-nam"),
        Set.of("cong-khai-ha-nam", "noi-bo-ha-nam", "mat-ha-nam")));
    Set<String> all = DOCS.stream().map(Doc::file).collect(Collectors.toSet());
    askers.add(new Asker("staff", accounts.newToken("can-bo"), all));
    askers.add(new Asker("staff token", STAFF_TOKEN, all));
    askers.add(new Asker("admin", accounts.newToken("quan-tri"), all));
    server = new WebServer(archive, null, STAFF_TOKEN).start("127.0.0.1", 0);
  }

  private static Map<String, Object> sidecar(Doc d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("province", d.province());
    m.put("signer", d.signer());
    m.put("number", d.number());
    m.put("type", "Nghị quyết");
    m.put("date", "2021-03-15");
    m.put("title", "về quản lý khoáng sản và " + d.word());
    if (!d.level().equals("stamp")) {
      m.put("access", d.level()); // the two restricted ones are stamped "MẬT" in their text instead
    }
    return m;
  }

  private String idOf(Doc d) throws Exception {
    try (var v = archive.searcher().acquire()) {
      var td = v.searcher().search(new org.apache.lucene.search.TermQuery(
          new org.apache.lucene.index.Term(io.vankien.index.Schema.SOURCE_PATH,
              tmp.resolve("in").resolve(d.file() + ".txt").toAbsolutePath().normalize().toString())), 1);
      return v.loadRecord(td.scoreDocs[0].doc).id();
    }
  }

  @AfterAll
  void stop() throws Exception {
    server.stop();
    archive.close();
  }

  private HttpResponse<String> get(Asker a, String pathAndQuery) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
    if (a.token() != null) {
      b.header("Authorization", "Bearer " + a.token());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Every read endpoint, with queries aimed at each document. */
  private List<String> readRequests() {
    List<String> r = new ArrayList<>(List.of(
        "/api/health",
        "/api/metrics",
        "/api/search?size=50",
        "/api/search?q=" + enc("khoáng sản") + "&size=50&facetLimit=100",
        "/api/search?q=" + enc("khoang san") + "&size=50",
        "/api/search?q=" + enc("\"khai thác khoáng sản\"") + "&size=50",
        "/api/search?q=" + enc("khoáng sản") + "&province=" + enc("Quảng Bình") + "&size=50",
        "/api/search?q=" + enc("khoáng sản") + "&sort=date&size=50",
        "/api/stats",
        "/api/stats?q=" + enc("khoáng sản"),
        "/api/export?q=" + enc("khoáng sản") + "&format=csv",
        "/api/export?q=" + enc("khoáng sản") + "&format=json",
        "/api/export?format=jsonl",
        "/api/suggest?q=" + enc("về quản lý"),
        "/api/suggest?q=" + enc("ve quan ly khoang san va"),
        "/api/review?size=100",
        "/api/review?q=" + enc("khoáng sản") + "&size=100&problem=issuer&problem=date&problem=number",
        "/api/me"));
    for (Doc d : DOCS) {
      String id = d.id(ids);
      String[] words = d.word().split(" ");
      String misspelled = words[0] + " " + words[1].substring(0, words[1].length() - 1) + "x";
      r.addAll(List.of(
          "/api/search?q=" + enc(d.word()) + "&size=50",
          "/api/search?q=" + enc(io.vankien.text.VietnameseText.fold(d.word())) + "&size=50",
          "/api/search?q=" + enc(misspelled),
          "/api/search?q=" + enc("signer:\"" + d.signer() + "\""),
          "/api/search?q=" + enc("number:" + d.number()),
          "/api/search?q=" + enc("cites:" + d.number()),
          "/api/search?signer=" + enc(d.signer()),
          "/api/stats?q=" + enc(d.word()),
          "/api/stats/province-time?q=" + enc(d.word()),
          "/api/stats/province-time?format=csv&by=month&q=" + enc(d.word()),
          "/api/export?q=" + enc(d.word()) + "&format=csv",
          "/api/suggest?q=" + enc(d.signer().substring(0, d.signer().length() - 2)),
          "/api/suggest?q=" + enc(d.number().substring(0, 4)),
          "/api/suggest?q=" + enc("về quản lý khoáng sản và " + words[0]),
          // suggestions match the whole citation title: type, number, year and issuer too
          "/api/suggest?q=" + enc("nghi quyet tinh uy " + io.vankien.text.VietnameseText.fold(d.province())),
          "/api/suggest?q=" + enc("nghị quyết 2021 " + words[0].substring(0, 2)),
          "/api/suggest?q=" + enc("Tỉnh ủy " + d.province() + " " + words[0]),
          "/api/documents/" + id,
          "/api/documents/" + id + "?q=" + enc(d.word()),
          "/api/documents/" + id + "/original",
          "/api/documents/" + id + "/citations",
          "/api/documents/" + id + "/citations?format=csv",
          "/api/symbols/" + d.number(),
          "/api/chains/" + d.number(),
          "/api/chains/" + d.number() + "?format=csv",
          "/api/review?q=" + enc(d.word()) + "&size=100"));
    }
    return r;
  }

  /**
   * What would betray a document: its id, its own word (with and without diacritics), its signer; not its
   * number, which another document cites in its text.
   */
  private List<String> traces(Doc d) {
    return List.of(d.id(ids), d.word(), io.vankien.text.VietnameseText.fold(d.word()), d.signer());
  }

  @Test
  void noAnswerHoldsADocumentTheCallerMayNotRead() throws Exception {
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    for (Asker a : askers) {
      for (String req : readRequests()) {
        HttpResponse<String> resp = get(a, req);
        assertTrue(resp.statusCode() < 500, a.name() + " " + req + ": " + resp.statusCode() + " " + resp.body());
        for (Doc d : DOCS) {
          if (a.reads().contains(d.file())) {
            continue;
          }
          for (String trace : traces(d)) {
            if (resp.body().contains(trace) && !req.contains(enc(trace)) && !req.contains(trace)) {
              leaks.add(a.name() + " " + req + " shows '" + trace + "' of " + d.file());
            }
          }
          if (req.startsWith("/api/documents/" + d.id(ids))) {
            assertEquals(404, resp.statusCode(), a.name() + " " + req);
          }
        }
        checked++;
      }
    }
    assertEquals(List.of(), leaks);
    assertTrue(checked > 7 * 80, "checked " + checked);
  }

  @Test
  void countsAreThoseOfTheReadableDocuments() throws Exception {
    for (Asker a : askers) {
      int readable = a.reads().size();
      JsonNode search = Json.MAPPER.readTree(get(a, "/api/search?q=" + enc("khoáng sản") + "&size=50").body());
      assertEquals(readable, search.get("total").asInt(), a.name());
      assertEquals(readable, search.get("hits").size(), a.name());
      long typeCount = 0;
      for (JsonNode v : search.get("facets").get("type")) {
        typeCount += v.get("count").asLong();
      }
      assertEquals(readable, typeCount, a.name() + ": the type facet counts what the caller reads");
      JsonNode browse = Json.MAPPER.readTree(get(a, "/api/search").body());
      assertEquals(readable, browse.get("total").asInt(), a.name() + " browsing");
      assertEquals(readable, Json.MAPPER.readTree(get(a, "/api/stats").body()).get("total").asInt(), a.name());
      assertEquals(readable, Json.MAPPER.readTree(get(a, "/api/stats/province-time").body()).get("total").asInt(),
          a.name() + " province x year table");
      assertEquals(readable, Json.MAPPER.readTree(get(a, "/api/health").body()).get("documents").asInt(), a.name());
      String jsonl = get(a, "/api/export?format=jsonl").body();
      assertEquals(readable, jsonl.lines().filter(l -> !l.isBlank()).count(), a.name() + " export");
    }
  }

  @Test
  void whoMayReadADocumentFindsIt() throws Exception { // the control: the checks above can fail
    for (Asker a : askers) {
      for (Doc d : DOCS) {
        HttpResponse<String> found = get(a, "/api/search?q=" + enc(d.word()));
        HttpResponse<String> view = get(a, "/api/documents/" + d.id(ids));
        HttpResponse<String> original = get(a, "/api/documents/" + d.id(ids) + "/original");
        boolean reads = a.reads().contains(d.file());
        assertEquals(reads, Json.MAPPER.readTree(found.body()).get("total").asInt() == 1, a.name() + " " + d.file());
        assertEquals(reads ? 200 : 404, view.statusCode(), a.name() + " " + d.file());
        assertEquals(reads ? 200 : 404, original.statusCode(), a.name() + " " + d.file());
        // a suggestion found by the issuer and a word of the subject, labelled with type, number and year
        JsonNode suggested = Json.MAPPER.readTree(get(a, "/api/suggest?q="
            + enc("nghi quyet tinh uy " + io.vankien.text.VietnameseText.fold(d.province() + " " + d.word()))).body())
            .get("suggestions");
        boolean offered = false;
        for (JsonNode s : suggested) {
          if (d.id(ids).equals(s.path("id").asText())) {
            offered = true;
            assertEquals("Nghị quyết", s.get("type").asText(), s.toString());
            assertEquals(d.number(), s.get("number").asText(), s.toString());
            assertEquals(2021, s.get("year").asInt(), s.toString());
          }
        }
        assertEquals(reads, offered, a.name() + " " + d.file() + ": " + suggested);
      }
    }
  }

  @Test
  void citationsLinkOnlyToReadableDocuments() throws Exception {
    Doc pub = DOCS.get(0);
    Doc restricted = DOCS.get(3);
    for (Asker a : askers) {
      JsonNode view = Json.MAPPER.readTree(get(a, "/api/documents/" + pub.id(ids)).body());
      JsonNode cite = view.get("cites").get(0);
      assertEquals("43-NQ/TU", cite.get("number").asText(), a.name());
      boolean readsRestricted = a.reads().contains(restricted.file());
      assertEquals(readsRestricted, cite.hasNonNull("document"), a.name() + ": " + cite);
      assertEquals(readsRestricted, view.get("citedBy").size() == 1, a.name() + ": " + view.get("citedBy"));
    }
  }

  @Test
  void restrictedViewsAndDownloadsAreAudited() throws Exception {
    Asker staff = askers.stream().filter(a -> a.name().equals("staff")).findFirst().orElseThrow();
    Doc restricted = DOCS.get(4);
    get(staff, "/api/documents/" + restricted.id(ids));
    get(staff, "/api/documents/" + restricted.id(ids) + "/original");
    List<Map<String, Object>> events = new AuditLog(tmp.resolve("data")).tail(1000);
    assertTrue(events.stream().anyMatch(e -> "view".equals(e.get("event")) && "can-bo".equals(e.get("account"))
        && restricted.id(ids).equals(e.get("document"))), events.toString());
    assertTrue(events.stream().anyMatch(e -> "download".equals(e.get("event"))
        && restricted.id(ids).equals(e.get("document"))), events.toString());
    assertFalse(events.stream().anyMatch(e -> "view".equals(e.get("event"))
        && DOCS.get(0).id(ids).equals(e.get("document"))), "a public document's views are not audited");
  }

  @Test
  void writesNeedTheRoleAndTheProvince() throws Exception {
    Asker reader = askers.stream().filter(a -> a.name().equals("reader")).findFirst().orElseThrow();
    Asker staffHaNam = askers.stream().filter(a -> a.name().equals("staff of Hà Nam")).findFirst().orElseThrow();
    String quangBinh = DOCS.get(2).id(ids);
    String haNam = DOCS.get(1).id(ids);
    assertEquals(403, patch(reader, haNam, "{\"signer\":\"Ai Đó\"}").statusCode());
    assertEquals(403, patch(staffHaNam, quangBinh, "{\"signer\":\"Ai Đó\"}").statusCode());
    assertEquals(403, patch(staffHaNam, haNam, "{\"province\":\"Quảng Bình\"}").statusCode(),
        "a provincial staff cannot move a document out of its provinces");
    assertEquals(200, patch(staffHaNam, haNam, "{\"recipients\":[\"Các đảng bộ trực thuộc\"]}").statusCode());
    assertEquals(401, patch(new Asker("anonymous", null, Set.of()), haNam, "{\"signer\":\"Ai Đó\"}").statusCode());
    HttpResponse<String> del = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/documents/" + haNam)).header("Authorization", "Bearer " + staffHaNam.token()).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, del.statusCode(), "deleting is for admins");
    assertEquals(403, get(staffHaNam, "/api/audit").statusCode());
    assertEquals(401, get(new Asker("anonymous", null, Set.of()), "/api/audit").statusCode());
  }

  private HttpResponse<String> patch(Asker a, String id, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/documents/" + id + "/meta")).method("PATCH", HttpRequest.BodyPublishers.ofString(body));
    if (a.token() != null) {
      b.header("Authorization", "Bearer " + a.token());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
