package io.vankien.opensearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code vankien serve --cluster} against the in-JVM three-node cluster of {@link ClusterWithHttp} (3 shards, 1
 * replica; given every node's address), beside {@code vankien serve} on the embedded archive of the same documents
 * (the project's samples and one restricted sample written here, both ingested by one {@code vankien ingest
 * --cluster}): the same requests get the same totals, the same matching documents with the same records, the same
 * facet counts (sideways, with the chosen values) and the same first document for a document number; a restricted
 * document is never seen by an anonymous caller (and is by staff: the control). The cluster server's own data
 * folder holds the content store only (no index), so what it answers comes from the cluster; the originals it serves
 * come from that store once the cluster says the caller may read the document. Suggestions, citations, symbols,
 * chains and saved bookmarks are compared or checked too. A second test writes through a cluster server (an upload,
 * a metadata edit) and finds the writes in the cluster. The servers are vankien processes ({@link Vankien}).
 */
@ThreadLeakFilters(filters = Vankien.JdkThreads.class)
public class ServeFromClusterTests extends ClusterWithHttp {
  private static final String INDEX = "vankien-serve";
  private static final String STAFF_TOKEN = "staff-token-for-cluster-tests";
  /** The restricted sample's own word: no other document has it. */
  private static final String SECRET_WORD = "thiên thạch";

  /**
   * A restricted document (a sample written for this test, stamped MẬT) with a word of its own: the file (the
   * test framework puts files of its own in new folders, so the file is ingested, not its folder).
   */
  private static Path restrictedSample(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path f = dir.resolve("mat-mau-ha-nam.txt");
    Files.writeString(f, "VĂN BẢN MẪU (viết cho kiểm thử)\nMẬT\nTỈNH ỦY HÀ NAM\nSố 43-NQ/TU\n\nNGHỊ QUYẾT\n"
        + "về quản lý khoáng sản và " + SECRET_WORD + "\n\nThực hiện Nghị quyết số 12-NQ/TU ngày 15/3/2019 của Tỉnh ủy về"
        + " đẩy mạnh xây dựng nông thôn mới, Ban Thường vụ Tỉnh ủy bàn về khoáng sản và " + SECRET_WORD
        + " trên địa bàn tỉnh, xây dựng nông thôn mới gắn với chuyển đổi số.\n");
    Files.writeString(dir.resolve("mat-mau-ha-nam.txt.meta.json"), "{\"province\": \"Hà Nam\", \"type\": \"Nghị quyết\","
        + " \"number\": \"43-NQ/TU\", \"date\": \"2021-03-15\", \"signer\": \"Hoàng Minh Triết\", \"access\": \"mật\"}");
    return f;
  }

  /** Copies a folder and everything under it. */
  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  public void testServeAnswersFromTheClusterAsTheEmbeddedArchiveDoes() throws Exception {
    Path data = createTempDir();
    Path clusterData = createTempDir();
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
    // the cluster server's data folder: the content store only (ingest --cluster keeps it local), no index
    copyTree(data.resolve("store"), clusterData.resolve("store"));

    try (Vankien.Server embedded = Vankien.serve(logs.resolve("embedded.log"), "--index", data.toString(),
            "--staff-token-file", token.toString());
        Vankien.Server cluster = Vankien.serve(logs.resolve("cluster.log"), "--index", clusterData.toString(),
            "--staff-token-file", token.toString(), "--cluster", clusterUrl(), "--cluster-index", INDEX)) {
      // everything, as an anonymous caller and as staff: the restricted sample counted for staff only
      Map<String, Object> all = Api.same(embedded, cluster, null, Api.query("size", "100"));
      assertEquals(documents - 1, ((Number) all.get("total")).intValue());
      assertEquals(documents, ((Number) Api.same(embedded, cluster, STAFF_TOKEN, Api.query("size", "100")).get("total"))
          .intValue());

      List<String> requests = new ArrayList<>(List.of(
          Api.query("q", "nông thôn mới", "size", "100"),
          Api.query("q", "nong thon moi", "size", "100"),
          Api.query("q", "\"chuyển đổi số\"", "size", "100"),
          Api.query("q", "du lịch -huế", "size", "100"),
          Api.query("q", "nghị quyết 2021", "size", "100"),
          Api.query("q", "kế hoạch", "sort", "date_asc", "size", "100"),
          Api.query("q", "tỉnh ủy", "type", "Nghị quyết", "type", "Kế hoạch", "size", "100"),
          Api.query("q", "", "provinceCurrent", "Ninh Bình", "size", "100"),
          Api.query("q", "", "year", "2021", "size", "100"),
          Api.query("q", "phát triển", "from", "2020", "to", "2025-06", "size", "100"),
          Api.query("q", "", "facetLimit", "2", "size", "100")));
      // a document number of each sample that has one: the document whose number it is comes first in both
      Set<String> numbers = new LinkedHashSet<>();
      for (Map<String, Object> h : Api.hits(all)) {
        if (h.get("number") != null && numbers.size() < 4) {
          numbers.add((String) h.get("number"));
        }
      }
      assertFalse("samples with numbers", numbers.isEmpty());
      for (String asker : new String[] {null, STAFF_TOKEN}) {
        for (String q : requests) {
          Api.same(embedded, cluster, asker, q);
        }
        for (String n : numbers) {
          Map<String, Object> e = Api.same(embedded, cluster, asker, Api.query("q", n, "size", "100"));
          Map<String, Object> c = Api.get(cluster, "/api/search" + Api.query("q", n, "size", "100"), asker, 200);
          assertEquals(n, Api.hits(e).get(0).get("id"), Api.hits(c).get(0).get("id"));
          assertEquals(n, n, Api.hits(c).get(0).get("number"));
        }
        for (String q : List.of(Api.query("q", "nông thôn"), Api.query("q", "", "province", "Hà Nam"))) {
          Map<String, Object> e = Api.get(embedded, "/api/stats" + q, asker, 200);
          Map<String, Object> c = Api.get(cluster, "/api/stats" + q, asker, 200);
          assertEquals(q, e, c);
        }
        for (String q : List.of(Api.query("q", ""), Api.query("q", "nông thôn", "by", "month"),
            Api.query("q", "", "type", "Kế hoạch", "by", "year"))) {
          String path = "/api/stats/province-time" + q;
          assertEquals(path, Api.get(embedded, path, asker, 200), Api.get(cluster, path, asker, 200));
        }
      }

      // the restricted sample: never to an anonymous caller, in hits, totals or counts; staff find it (control)
      String secret = Api.query("q", SECRET_WORD, "size", "100");
      assertEquals(0, ((Number) Api.same(embedded, cluster, null, secret).get("total")).intValue());
      assertEquals(1, ((Number) Api.same(embedded, cluster, STAFF_TOKEN, secret).get("total")).intValue());
      Map<String, Object> c = Api.get(cluster, "/api/search" + Api.query("q", "", "province", "Hà Nam", "size", "100"), null,
          200);
      for (Map<String, Object> h : Api.hits(c)) {
        assertFalse(String.valueOf(h), "43-NQ/TU".equals(h.get("number")) && "mật".equals(h.get("access")));
      }
      assertEquals(0, ((Number) Api.get(cluster, "/api/stats" + Api.query("q", SECRET_WORD), null, 200).get("total")).intValue());
      assertEquals(documents - 1, ((Number) Api.get(cluster, "/api/health", null, 200).get("documents")).intValue());

      // export: every match, through the cluster's scroll, the same documents and fields
      for (String asker : new String[] {null, STAFF_TOKEN}) {
        Api.sameExport(embedded, cluster, asker, Api.query("q", "nông thôn"));
        Api.sameExport(embedded, cluster, asker, Api.query("q", "", "province", "Hà Nam"));
        Api.sameExport(embedded, cluster, asker, Api.query("q", ""));
      }

      // did-you-mean: the same correction offered, and with correct=true the same results of it (an anonymous caller;
      // staff for the restricted sample's word); that word never offered to an anonymous caller
      List<String> typos = List.of("xây dựng nông thôm mới", "nôngg thôn", "nongg thon", "chuyển đổi sô", "thanh hao",
          "thiên thạcj", "thien thachh");
      for (String asker : new String[] {null, STAFF_TOKEN}) {
        for (String typed : asker == null ? typos : typos.subList(typos.size() - 2, typos.size())) {
          for (String correct : List.of("false", "true")) {
            String q = Api.query("q", typed, "size", "100", "correct", correct);
            Map<String, Object> e = Api.get(embedded, "/api/search" + q, asker, 200);
            Map<String, Object> fromCluster = Api.get(cluster, "/api/search" + q, asker, 200);
            assertEquals(q + " as " + asker, e.get("total"), fromCluster.get("total"));
            assertEquals(q + " as " + asker, Api.records(e), Api.records(fromCluster));
            assertEquals(q + " as " + asker, e.get("didYouMean"), fromCluster.get("didYouMean"));
            assertEquals(q + " as " + asker, e.get("showingResultsFor"), fromCluster.get("showingResultsFor"));
            if (asker == null) {
              String offered = fromCluster.get("didYouMean") + " " + fromCluster.get("showingResultsFor") + " "
                  + fromCluster.get("hits"); // (the echo of q has what was typed)
              assertFalse(q + ": " + offered, offered.contains("thạch") || offered.contains("thach"));
            }
          }
        }
      }
      assertEquals("nông thôn", Api.get(cluster, "/api/search" + Api.query("q", "nôngg thôn"), null, 200).get("didYouMean"));
      // (the control: staff are offered the restricted sample's word, and shown its document)
      assertEquals("thiên thạch", Api.get(cluster, "/api/search" + Api.query("q", "thiên thạcj"), STAFF_TOKEN, 200)
          .get("didYouMean"));
      assertEquals(1, ((Number) Api.get(cluster, "/api/search" + Api.query("q", "thien thachh", "correct", "true"),
          STAFF_TOKEN, 200).get("total")).intValue());

      // suggestions: the same numbers, titles and signers, in the same order; the restricted sample's number, title
      // words and signer never suggested to an anonymous caller (and to staff: the control)
      for (String asker : new String[] {null, STAFF_TOKEN}) {
        for (String typed : List.of("nông thôn", "nong thon m", "Kế hoạch thự", "ke hoach", "nghị quyết tỉnh", "hà nam",
            "chuyển đổi", "du lịch", "tỉnh ủy", "nguyễn", "báo cáo 6", "43-", "43-NQ/TU", "thiên th", "hoàng minh")) {
          String q = Api.query("q", typed, "size", "10");
          assertEquals(typed + " as " + asker, Api.get(embedded, "/api/suggest" + q, asker, 200),
              Api.get(cluster, "/api/suggest" + q, asker, 200));
        }
      }
      for (String typed : List.of("43-NQ", "thiên thạ", "hoàng minh tri", "khoáng sản và thiên")) {
        String q = Api.query("q", typed, "size", "50");
        assertEquals(typed, List.of(), Api.get(cluster, "/api/suggest" + q, null, 200).get("suggestions"));
        assertFalse(typed, ((List<?>) Api.get(cluster, "/api/suggest" + q, STAFF_TOKEN, 200).get("suggestions")).isEmpty());
      }
      assertEquals("size", Api.get(cluster, "/api/suggest" + Api.query("q", "a", "size", "51"), null, 400)
          .get("parameter"));

      // the document view: every sample the same (record, text, cites, cited by, similar, versions), and where a
      // query matches its text; the restricted sample a 404 to an anonymous caller, as one that does not exist
      for (Map<String, Object> h : Api.hits(all)) {
        String path = "/api/documents/" + h.get("id");
        assertEquals(path, Api.get(embedded, path, null, 200), Api.get(cluster, path, null, 200));
        assertEquals(path, Api.get(embedded, path + "/versions", null, 200), Api.get(cluster, path + "/versions", null, 200));
        String withQuery = path + Api.query("q", "nông thôn mới");
        assertEquals(withQuery, Api.get(embedded, withQuery, null, 200).get("matches"),
            Api.get(cluster, withQuery, null, 200).get("matches"));
      }
      Map<String, Object> staffHit = Api.hits(Api.get(embedded, "/api/search" + secret, STAFF_TOKEN, 200)).get(0);
      String restrictedPath = "/api/documents/" + staffHit.get("id");
      Api.get(cluster, restrictedPath, null, 404);
      Api.get(embedded, restrictedPath, null, 404);
      Api.get(cluster, restrictedPath + "/versions", null, 404);
      assertEquals(Api.get(embedded, restrictedPath + Api.query("q", SECRET_WORD), STAFF_TOKEN, 200),
          Api.get(cluster, restrictedPath + Api.query("q", SECRET_WORD), STAFF_TOKEN, 200));

      // citations, cited symbols and implementation chains: the same for each caller; the restricted sample (it
      // implements 12-NQ/TU) counted for staff only, its own number's page empty to an anonymous caller
      String secretId = (String) staffHit.get("id");
      Set<String> symbols = new LinkedHashSet<>(List.of("12-NQ/TU", "43-NQ/TU"));
      for (Map<String, Object> h : Api.hits(all)) {
        String path = "/api/documents/" + h.get("id") + "/citations";
        Map<String, Object> e = Api.get(embedded, path, null, 200);
        assertEquals(path, e, Api.get(cluster, path, null, 200));
        for (Map<String, Object> citation : (List<Map<String, Object>>) e.get("citations")) {
          symbols.add((String) citation.get("number"));
        }
        if (h.get("number") != null) {
          symbols.add((String) h.get("number"));
        }
      }
      assertTrue("cited symbols: " + symbols, symbols.size() > 10);
      Api.get(cluster, restrictedPath + "/citations", null, 404);
      assertEquals(Api.get(embedded, restrictedPath + "/citations", STAFF_TOKEN, 200),
          Api.get(cluster, restrictedPath + "/citations", STAFF_TOKEN, 200));
      for (String asker : new String[] {null, STAFF_TOKEN}) {
        for (String n : symbols) {
          for (String route : List.of("/api/symbols", "/api/chains")) {
            String path = route + Api.query("symbol", n);
            assertEquals(path + " as " + asker, Api.get(embedded, path, asker, 200), Api.get(cluster, path, asker, 200));
          }
        }
      }
      String implemented = "/api/symbols" + Api.query("symbol", "12-NQ/TU");
      assertFalse(String.valueOf(Api.get(cluster, implemented, null, 200)).contains(secretId));
      assertTrue(String.valueOf(Api.get(cluster, implemented, STAFF_TOKEN, 200)).contains(secretId));
      String chain = "/api/chains" + Api.query("symbol", "12-NQ/TU");
      assertFalse(String.valueOf(Api.get(cluster, chain, null, 200)).contains(secretId));
      assertTrue(String.valueOf(Api.get(cluster, chain, STAFF_TOKEN, 200)).contains(secretId));
      assertNull(Api.get(cluster, "/api/symbols" + Api.query("symbol", "43-NQ/TU"), null, 200).get("document"));
      assertNotNull(Api.get(cluster, "/api/symbols" + Api.query("symbol", "43-NQ/TU"), STAFF_TOKEN, 200).get("document"));

      // originals: the cluster says who may read the document, the local store gives the bytes
      for (Map<String, Object> h : Api.hits(all)) {
        String path = "/api/documents/" + h.get("id");
        Api.sameDownload(embedded, cluster, null, path + "/original");
        Api.sameDownload(embedded, cluster, null, path + "/versions/1/original");
      }
      Api.send(cluster, "GET", restrictedPath + "/original", null, null, 404);
      Api.send(cluster, "GET", restrictedPath + "/versions/1/original", null, null, 404);
      Api.send(embedded, "GET", restrictedPath + "/original", null, null, 404);
      assertEquals(Files.readString(restricted), new String(Api.sameDownload(embedded, cluster, STAFF_TOKEN,
          restrictedPath + "/original"), java.nio.charset.StandardCharsets.UTF_8));

      // saved items: a bookmark of the restricted sample, listed with its title to staff (the cluster reads it)
      Api.send(cluster, "POST", "/api/saved/bookmarks", STAFF_TOKEN, "{\"document\": \"" + secretId + "\"}", 201);
      Map<String, Object> saved = Api.get(cluster, "/api/saved", STAFF_TOKEN, 200);
      List<Map<String, Object>> bookmarks = (List<Map<String, Object>>) saved.get("bookmarks");
      assertEquals(secretId, bookmarks.get(0).get("document"));
      assertTrue(String.valueOf(bookmarks.get(0).get("title")), String.valueOf(bookmarks.get(0).get("title"))
          .contains("43-NQ/TU"));
      Api.send(cluster, "POST", "/api/saved/bookmarks", STAFF_TOKEN, "{\"document\": \"0123456789abcdef\"}", 404);
      Api.get(cluster, "/api/saved", null, 401);
    }
  }

  /** The writes test's own word: no other document has it. */
  private static final String WRITTEN_WORD = "rừng ngập mặn";

  /**
   * A server reading a cluster writes as the embedded one does, to its data folder's archive (the one {@code ingest
   * --cluster} filled), and that archive mirrors each write into the cluster ({@code ClusterMirror}), searchable at
   * once: an upload is found there, by the server (which reads the cluster) and in the index itself; a metadata edit
   * is what the cluster then answers; the review queue answers. Its own index, so the other test's counts hold.
   */
  @SuppressWarnings("unchecked")
  public void testTheWritesOfAClusterServerReachTheCluster() throws Exception {
    String index = "vankien-writes";
    Path data = createTempDir();
    Path logs = createTempDir();
    Path token = logs.resolve("staff-token");
    Files.writeString(token, STAFF_TOKEN);
    Path first = createTempDir().resolve("dau").resolve("ke-hoach-mau.txt");
    Files.createDirectories(first.getParent());
    Files.writeString(first, "VĂN BẢN MẪU (viết cho kiểm thử)\nTỈNH ỦY HÀ NAM\nSố 07-KH/TU\n\nKẾ HOẠCH\nvề trồng cây"
        + " xanh\n\nBan Thường vụ Tỉnh ủy giao các huyện trồng cây xanh trên địa bàn tỉnh.\n");
    Path ingestLog = logs.resolve("ingest.log");
    int exit = Vankien.run(ingestLog, "ingest", "--quiet", "--access", "public", "--index", data.toString(), "--cluster",
        clusterUrl(), "--cluster-index", index, first.toString());
    assertEquals(Vankien.read(ingestLog), 0, exit);
    try (Vankien.Server server = Vankien.serve(logs.resolve("writes.log"), "--index", data.toString(),
        "--staff-token-file", token.toString(), "--cluster", clusterUrl(), "--cluster-index", index)) {
      String boundary = "vankienWritesBoundary";
      String text = "VĂN BẢN MẪU (viết cho kiểm thử)\nTỈNH ỦY HÀ NAM\nSố 08-NQ/TU\n\nNGHỊ QUYẾT\nvề bảo vệ "
          + WRITTEN_WORD + "\n\nBan Thường vụ Tỉnh ủy quyết nghị bảo vệ " + WRITTEN_WORD + " ven biển.\n";
      byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nghi-quyet-mau.txt\"\r\n"
          + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      java.net.http.HttpResponse<String> up = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "/api/documents"))
              .header("Authorization", "Bearer " + STAFF_TOKEN)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(up.body(), 201, up.statusCode());
      Map<String, Object> answer = org.opensearch.common.xcontent.XContentHelper.convertToMap(
          org.opensearch.common.xcontent.json.JsonXContent.jsonXContent, up.body(), true);
      String id = (String) ((List<Map<String, Object>>) answer.get("documents")).get(0).get("id");
      assertNotNull(up.body(), id);

      // in the cluster's index itself, and found by the server, which reads the cluster: at once, no waiting
      assertTrue("the upload is in the cluster's index", client().prepareGet(index, id).get().isExists());
      Map<String, Object> found = Api.get(server, "/api/search" + Api.query("q", "\"" + WRITTEN_WORD + "\""),
          STAFF_TOKEN, 200);
      assertEquals(1, ((Number) found.get("total")).intValue());
      assertEquals(id, Api.hits(found).get(0).get("id"));

      // a metadata edit: the cluster answers the new signer
      Api.send(server, "PATCH", "/api/documents/" + id + "/meta", STAFF_TOKEN, "{\"signer\": \"Trần Văn Mẫu\"}", 200);
      Map<String, Object> edited = Api.get(server, "/api/search" + Api.query("q", "\"" + WRITTEN_WORD + "\""),
          STAFF_TOKEN, 200);
      assertEquals("Trần Văn Mẫu", Api.hits(edited).get(0).get("signer"));
      assertTrue(client().prepareGet(index, id).get().getSourceAsString().contains("Trần Văn Mẫu"));

      // the review queue answers (from the data folder's archive, the same documents)
      Api.get(server, "/api/review", STAFF_TOKEN, 200);
      // both documents are searchable through the cluster, the ingested and the uploaded
      assertEquals(2, ((Number) Api.get(server, "/api/search" + Api.query("q", ""), STAFF_TOKEN, 200).get("total"))
          .intValue());
    }
  }
}
