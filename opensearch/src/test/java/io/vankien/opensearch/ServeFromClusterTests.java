package io.vankien.opensearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;

/**
 * {@code vankien serve --cluster} against an in-JVM node with the analysis plugin, beside {@code vankien serve} on
 * the embedded archive of the same documents (the project's samples and one restricted sample written here, both
 * ingested by one {@code vankien ingest --cluster}): the same requests get the same totals, the same matching
 * documents with the same records, the same facet counts (sideways, with the chosen values) and the same first
 * document for a document number; a restricted document is never seen by an anonymous caller (and is by staff: the
 * control). The cluster server's own data folder is empty, so what it answers comes from the cluster. Routes not
 * ported answer 501 naming themselves. Both servers are vankien processes ({@link Vankien}).
 */
@ThreadLeakFilters(filters = Vankien.JdkThreads.class)
public class ServeFromClusterTests extends NodeWithHttp {
  private static final String INDEX = "vankien-serve";
  private static final String STAFF_TOKEN = "staff-token-for-cluster-tests";
  /** The restricted sample's own word: no other document has it. */
  private static final String SECRET_WORD = "thiên thạch";

  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * A restricted document (a sample written for this test, stamped MẬT) with a word of its own: the file (the
   * test framework puts files of its own in new folders, so the file is ingested, not its folder).
   */
  private static Path restrictedSample(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path f = dir.resolve("mat-mau-ha-nam.txt");
    Files.writeString(f, "VĂN BẢN MẪU (viết cho kiểm thử)\nMẬT\nTỈNH ỦY HÀ NAM\nSố 43-NQ/TU\n\nNGHỊ QUYẾT\n"
        + "về quản lý khoáng sản và " + SECRET_WORD + "\n\nBan Thường vụ Tỉnh ủy bàn về khoáng sản và " + SECRET_WORD
        + " trên địa bàn tỉnh, xây dựng nông thôn mới gắn với chuyển đổi số.\n");
    Files.writeString(dir.resolve("mat-mau-ha-nam.txt.meta.json"), "{\"province\": \"Hà Nam\", \"type\": \"Nghị quyết\","
        + " \"number\": \"43-NQ/TU\", \"date\": \"2021-03-15\", \"signer\": \"Hoàng Minh Triết\", \"access\": \"mật\"}");
    return f;
  }

  private Map<String, Object> get(Vankien.Server s, String pathAndQuery, String token, int status) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + pathAndQuery));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != status) {
      String log = Vankien.read(s.log());
      fail(pathAndQuery + ": HTTP " + r.statusCode() + " (expected " + status + "): " + r.body() + "\nserver log: "
          + log.substring(Math.max(0, log.length() - 6000)));
    }
    return XContentHelper.convertToMap(JsonXContent.jsonXContent, r.body(), true);
  }

  /** The lines of an export (JSONL), each as a map, from a server that answers it. */
  private List<Map<String, Object>> export(Vankien.Server s, String q, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + "/api/export" + q));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(q + ": " + r.body(), 200, r.statusCode());
    List<Map<String, Object>> out = new ArrayList<>();
    for (String line : r.body().split("\n")) {
      if (!line.isBlank()) {
        out.add(XContentHelper.convertToMap(JsonXContent.jsonXContent, line, true));
      }
    }
    return out;
  }

  /** Both servers export the same documents, each once, with the same fields, as many as the search counts. */
  private void sameExport(Vankien.Server embedded, Vankien.Server cluster, String token, String q) throws Exception {
    List<Map<String, Object>> e = export(embedded, q + "&format=jsonl", token);
    List<Map<String, Object>> c = export(cluster, q + "&format=jsonl", token);
    Map<Object, Map<String, Object>> byIdE = new LinkedHashMap<>();
    e.forEach(m -> byIdE.put(m.get("id"), m));
    Map<Object, Map<String, Object>> byIdC = new LinkedHashMap<>();
    c.forEach(m -> byIdC.put(m.get("id"), m));
    assertEquals(q, e.size(), c.size());
    assertEquals(q + ": each once", c.size(), byIdC.size());
    assertEquals(q, byIdE, byIdC);
    Number total = (Number) get(embedded, "/api/search" + q, token, 200).get("total");
    assertEquals(q, total.intValue(), c.size());
  }

  private static String query(String... pairs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      b.append(b.length() == 0 ? "?" : "&").append(pairs[i]).append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> hits(Map<String, Object> answer) {
    return (List<Map<String, Object>>) answer.get("hits");
  }

  /** The hits by id, without what ranking and highlighting give (score, snippets): the records shown. */
  private static Map<String, Map<String, Object>> records(Map<String, Object> answer) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (Map<String, Object> h : hits(answer)) {
      Map<String, Object> r = new LinkedHashMap<>(h);
      r.remove("score");
      r.remove("snippets");
      out.put((String) h.get("id"), r);
    }
    return out;
  }

  /** Both servers answer the request alike: total, the documents matching (all on the page), facets, echo. */
  private Map<String, Object> same(Vankien.Server embedded, Vankien.Server cluster, String token, String q)
      throws Exception {
    Map<String, Object> e = get(embedded, "/api/search" + q, token, 200);
    Map<String, Object> c = get(cluster, "/api/search" + q, token, 200);
    assertEquals(q + " total", e.get("total"), c.get("total"));
    assertTrue(q + ": every match on the page", ((Number) e.get("total")).intValue() <= hits(e).size());
    assertEquals(q + " documents", records(e), records(c));
    assertEquals(q + " facets", e.get("facets"), c.get("facets"));
    assertEquals(q + " facetMore", e.get("facetMore"), c.get("facetMore"));
    assertEquals(q + " applied", e.get("applied"), c.get("applied"));
    return e;
  }

  @SuppressWarnings("unchecked")
  public void testServeAnswersFromTheClusterAsTheEmbeddedArchiveDoes() throws Exception {
    Path data = createTempDir();
    Path emptyData = createTempDir();
    Path logs = createTempDir();
    Path token = logs.resolve("staff-token");
    Files.writeString(token, STAFF_TOKEN);
    Path restricted = restrictedSample(createTempDir().resolve("mat"));
    Path ingestLog = logs.resolve("ingest.log");
    // the samples public (an anonymous caller reads them), the restricted one by its sidecar and stamp
    int exit = Vankien.run(ingestLog, "ingest", "--quiet", "--access", "public", "--index", data.toString(),
        "--cluster", clusterUrl(),
        "--cluster-index", INDEX, Texts.samples().toString(), restricted.toString());
    assertEquals(Vankien.read(ingestLog), 0, exit);
    int documents = Texts.txtFiles(Texts.samples()).size() + 1;
    assertTrue(Vankien.read(ingestLog), Vankien.read(ingestLog).contains(documents + " documents written"));

    try (Vankien.Server embedded = Vankien.serve(logs.resolve("embedded.log"), "--index", data.toString(),
            "--staff-token-file", token.toString());
        Vankien.Server cluster = Vankien.serve(logs.resolve("cluster.log"), "--index", emptyData.toString(),
            "--staff-token-file", token.toString(), "--cluster", clusterUrl(), "--cluster-index", INDEX)) {
      // everything, as an anonymous caller and as staff: the restricted sample counted for staff only
      Map<String, Object> all = same(embedded, cluster, null, query("size", "100"));
      assertEquals(documents - 1, ((Number) all.get("total")).intValue());
      assertEquals(documents, ((Number) same(embedded, cluster, STAFF_TOKEN, query("size", "100")).get("total"))
          .intValue());

      List<String> requests = new ArrayList<>(List.of(
          query("q", "nông thôn mới", "size", "100"),
          query("q", "nong thon moi", "size", "100"),
          query("q", "\"chuyển đổi số\"", "size", "100"),
          query("q", "du lịch -huế", "size", "100"),
          query("q", "nghị quyết 2021", "size", "100"),
          query("q", "kế hoạch", "sort", "date_asc", "size", "100"),
          query("q", "tỉnh ủy", "type", "Nghị quyết", "type", "Kế hoạch", "size", "100"),
          query("q", "", "provinceCurrent", "Ninh Bình", "size", "100"),
          query("q", "", "year", "2021", "size", "100"),
          query("q", "phát triển", "from", "2020", "to", "2025-06", "size", "100"),
          query("q", "", "facetLimit", "2", "size", "100")));
      // a document number of each sample that has one: the document whose number it is comes first in both
      Set<String> numbers = new LinkedHashSet<>();
      for (Map<String, Object> h : hits(all)) {
        if (h.get("number") != null && numbers.size() < 4) {
          numbers.add((String) h.get("number"));
        }
      }
      assertFalse("samples with numbers", numbers.isEmpty());
      for (String asker : new String[] {null, STAFF_TOKEN}) {
        for (String q : requests) {
          same(embedded, cluster, asker, q);
        }
        for (String n : numbers) {
          Map<String, Object> e = same(embedded, cluster, asker, query("q", n, "size", "100"));
          Map<String, Object> c = get(cluster, "/api/search" + query("q", n, "size", "100"), asker, 200);
          assertEquals(n, hits(e).get(0).get("id"), hits(c).get(0).get("id"));
          assertEquals(n, n, hits(c).get(0).get("number"));
        }
        for (String q : List.of(query("q", "nông thôn"), query("q", "", "province", "Hà Nam"))) {
          Map<String, Object> e = get(embedded, "/api/stats" + q, asker, 200);
          Map<String, Object> c = get(cluster, "/api/stats" + q, asker, 200);
          assertEquals(q, e, c);
        }
        for (String q : List.of(query("q", ""), query("q", "nông thôn", "by", "month"),
            query("q", "", "type", "Kế hoạch", "by", "year"))) {
          String path = "/api/stats/province-time" + q;
          assertEquals(path, get(embedded, path, asker, 200), get(cluster, path, asker, 200));
        }
      }

      // the restricted sample: never to an anonymous caller, in hits, totals or counts; staff find it (control)
      String secret = query("q", SECRET_WORD, "size", "100");
      assertEquals(0, ((Number) same(embedded, cluster, null, secret).get("total")).intValue());
      assertEquals(1, ((Number) same(embedded, cluster, STAFF_TOKEN, secret).get("total")).intValue());
      Map<String, Object> c = get(cluster, "/api/search" + query("q", "", "province", "Hà Nam", "size", "100"), null,
          200);
      for (Map<String, Object> h : hits(c)) {
        assertFalse(String.valueOf(h), "43-NQ/TU".equals(h.get("number")) && "mật".equals(h.get("access")));
      }
      assertEquals(0, ((Number) get(cluster, "/api/stats" + query("q", SECRET_WORD), null, 200).get("total")).intValue());
      assertEquals(documents - 1, ((Number) get(cluster, "/api/health", null, 200).get("documents")).intValue());

      // export: every match, through the cluster's scroll, the same documents and fields
      for (String asker : new String[] {null, STAFF_TOKEN}) {
        sameExport(embedded, cluster, asker, query("q", "nông thôn"));
        sameExport(embedded, cluster, asker, query("q", "", "province", "Hà Nam"));
        sameExport(embedded, cluster, asker, query("q", ""));
      }

      // not ported: 501 naming the route, never the empty data folder's answer
      Map<String, Object> suggest = get(cluster, "/api/suggest" + query("q", "nông thôn"), null, 501);
      assertEquals("not-on-cluster", suggest.get("code"));
      assertEquals("GET /api/suggest", suggest.get("route"));
      String id = (String) hits(all).get(0).get("id");
      assertEquals("GET /api/documents/{id}/original", get(cluster, "/api/documents/" + id + "/original", null, 501)
          .get("route"));

      // the document view: every sample the same (record, text, cites, cited by, similar, versions), and where a
      // query matches its text; the restricted sample a 404 to an anonymous caller, as one that does not exist
      for (Map<String, Object> h : hits(all)) {
        String path = "/api/documents/" + h.get("id");
        assertEquals(path, get(embedded, path, null, 200), get(cluster, path, null, 200));
        assertEquals(path, get(embedded, path + "/versions", null, 200), get(cluster, path + "/versions", null, 200));
        String withQuery = path + query("q", "nông thôn mới");
        assertEquals(withQuery, get(embedded, withQuery, null, 200).get("matches"),
            get(cluster, withQuery, null, 200).get("matches"));
      }
      Map<String, Object> staffHit = hits(get(embedded, "/api/search" + secret, STAFF_TOKEN, 200)).get(0);
      String restrictedPath = "/api/documents/" + staffHit.get("id");
      get(cluster, restrictedPath, null, 404);
      get(embedded, restrictedPath, null, 404);
      get(cluster, restrictedPath + "/versions", null, 404);
      assertEquals(get(embedded, restrictedPath + query("q", SECRET_WORD), STAFF_TOKEN, 200),
          get(cluster, restrictedPath + query("q", SECRET_WORD), STAFF_TOKEN, 200));
    }
  }
}
