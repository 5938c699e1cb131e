package io.vankien.opensearch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;

/**
 * vankien's HTTP API as the cluster tests call it: requests to a {@link Vankien.Server}, and the comparison of the
 * embedded archive's answers with the cluster's (the same totals, documents, facets, echoes, exports).
 */
final class Api {
  private Api() {}

  private static final HttpClient http = HttpClient.newHttpClient();

  static Map<String, Object> get(Vankien.Server s, String pathAndQuery, String token, int status) throws Exception {
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

  /**
   * A request answered with {@code status}: its answer as it is (body bytes, headers). {@code json} null: no body.
   */
  static HttpResponse<byte[]> send(Vankien.Server s, String method, String pathAndQuery, String token, String json,
      int status) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + pathAndQuery)).method(method,
        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != status) {
      String log = Vankien.read(s.log());
      fail(method + " " + pathAndQuery + ": HTTP " + r.statusCode() + " (expected " + status + "): "
          + new String(r.body(), StandardCharsets.UTF_8) + "\nserver log: " + log.substring(Math.max(0, log.length() - 6000)));
    }
    return r;
  }

  /** Both servers answer a download alike: 200, the same bytes, type and file name. */
  static byte[] sameDownload(Vankien.Server embedded, Vankien.Server cluster, String token, String path)
      throws Exception {
    HttpResponse<byte[]> e = send(embedded, "GET", path, token, null, 200);
    HttpResponse<byte[]> c = send(cluster, "GET", path, token, null, 200);
    assertTrue(path + ": the same bytes", java.util.Arrays.equals(e.body(), c.body()));
    for (String h : List.of("Content-Type", "Content-Disposition", "Content-Length")) {
      assertEquals(path + " " + h, e.headers().firstValue(h), c.headers().firstValue(h));
    }
    return c.body();
  }

  /** The lines of an export (JSONL), each as a map, from a server that answers it. */
  static List<Map<String, Object>> export(Vankien.Server s, String q, String token) throws Exception {
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
  static void sameExport(Vankien.Server embedded, Vankien.Server cluster, String token, String q) throws Exception {
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

  static String query(String... pairs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      b.append(b.length() == 0 ? "?" : "&").append(pairs[i]).append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> hits(Map<String, Object> answer) {
    return (List<Map<String, Object>>) answer.get("hits");
  }

  /** The hits by id, without what ranking and highlighting give (score, snippets): the records shown. */
  static Map<String, Map<String, Object>> records(Map<String, Object> answer) {
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
  static Map<String, Object> same(Vankien.Server embedded, Vankien.Server cluster, String token, String q)
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


  /**
   * Both servers count the request alike: total, facets, echo; and, when every match is on the page, the same
   * documents (beyond a page, documents of equal score may be listed in another order).
   */
  static Map<String, Object> sameCounts(Vankien.Server embedded, Vankien.Server cluster, String token, String q)
      throws Exception {
    Map<String, Object> e = get(embedded, "/api/search" + q, token, 200);
    Map<String, Object> c = get(cluster, "/api/search" + q, token, 200);
    assertEquals(q + " total", e.get("total"), c.get("total"));
    if (((Number) e.get("total")).intValue() <= hits(e).size()) {
      assertEquals(q + " documents", records(e), records(c));
    }
    assertEquals(q + " facets", e.get("facets"), c.get("facets"));
    assertEquals(q + " facetMore", e.get("facetMore"), c.get("facetMore"));
    assertEquals(q + " applied", e.get("applied"), c.get("applied"));
    return e;
  }
}
