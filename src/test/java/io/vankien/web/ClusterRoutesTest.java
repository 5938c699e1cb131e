package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.index.Archive;
import io.vankien.index.ReadScope;
import io.vankien.search.Json;
import io.vankien.search.SearchBackend;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose searches a cluster answers ({@code serve --cluster}; here a stand-in backend): /api/search and
 * /api/stats are the backend's, with the caller's scope; the writes and the review queue are answered (they work on
 * the data folder's archive, which {@code serve --cluster} mirrors into the cluster); a query the cluster cannot
 * ask is a 501 naming q; a path that is no route is still a 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterRoutesTest {
  @TempDir static Path tmp;
  private Archive archive;
  private WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<ReadScope> scopes = new ArrayList<>();

  /** Answers every search with 42 documents and no hit, noting who asked. */
  private final class StandIn implements SearchBackend {
    @Override
    public SearchResult search(SearchRequest req, ReadScope scope) {
      scopes.add(scope);
      if ("untranslatable".equals(req.q())) {
        throw new io.vankien.cluster.QueryNotOnCluster(req.q(), new IllegalArgumentException("a phrase with a gap"));
      }
      return new SearchResult(42, req.page(), req.size(), List.of(), Map.of(), Map.of(), req.applied(), null, null, 0);
    }

    @Override
    public SearchResult counts(SearchRequest req, ReadScope scope) {
      return search(req, scope);
    }

    @Override
    public long documents(ReadScope scope) {
      return 42;
    }

    @Override
    public <R> void forEachMatch(SearchRequest req, ReadScope scope, io.vankien.search.MatchRows<R> rows) {
      scopes.add(scope);
    }

    @Override
    public java.util.Optional<io.vankien.search.DocumentView> view(String id, String q, ReadScope scope) {
      scopes.add(scope);
      return java.util.Optional.empty();
    }

    @Override
    public io.vankien.search.ProvinceTimeTable provinceTime(SearchRequest req, io.vankien.search.ProvinceTimeTable.By by,
        ReadScope scope) {
      scopes.add(scope);
      return io.vankien.search.ProvinceTimeTable.ofCells(Map.of(List.of("Ninh Bình", "Hà Nam", "2021"), 42L), by,
          req.applied());
    }

    @Override
    public java.util.Optional<io.vankien.index.ArchivedDocument> record(String id, ReadScope scope) {
      scopes.add(scope);
      return java.util.Optional.empty();
    }

    @Override
    public List<io.vankien.search.Suggester.Suggestion> suggest(String typed, int n, ReadScope scope) {
      scopes.add(scope);
      return List.of(new io.vankien.search.Suggester.Suggestion(typed, "number", "0123456789abcdef", null, typed, null));
    }

    @Override
    public io.vankien.search.SymbolService.SymbolView symbol(String number, ReadScope scope) {
      scopes.add(scope);
      return new io.vankien.search.SymbolService.SymbolView(number, null, null, List.of(), Map.of(), Map.of(), List.of());
    }

    @Override
    public io.vankien.search.SymbolService.ChainView chain(String number, ReadScope scope) {
      scopes.add(scope);
      return new io.vankien.search.SymbolService.ChainView(number, null, null, null, List.of(), List.of(), List.of());
    }

    @Override
    public long documentsAt(io.vankien.meta.AccessLevel level) {
      return 10 + level.ordinal();
    }

    @Override
    public boolean embedded() {
      return false;
    }
  }

  @BeforeAll
  void start() throws Exception {
    archive = Archive.openForWriting(tmp.resolve("data"));
    server = new WebServer(archive, null, null, WebOptions.defaults(), new StandIn()).start("127.0.0.1", 0);
  }

  @AfterAll
  void stop() throws Exception {
    server.stop();
    archive.close();
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void searchStatsAndHealthAreTheBackends() throws Exception {
    assertEquals(42, Json.MAPPER.readTree(send("GET", "/api/search?q=a").body()).path("total").asInt());
    assertEquals(ReadScope.PUBLIC, scopes.get(scopes.size() - 1));
    assertEquals(42, Json.MAPPER.readTree(send("GET", "/api/stats?q=a").body()).path("total").asInt());
    assertEquals(42, Json.MAPPER.readTree(send("GET", "/api/health").body()).path("documents").asInt());
    assertEquals(200, send("GET", "/api/facets").statusCode());
    assertEquals(200, send("GET", "/api/export?q=a&format=jsonl").statusCode());
    assertEquals(42, Json.MAPPER.readTree(send("GET", "/api/stats/province-time?q=a").body()).path("total").asInt());
    assertEquals(404, send("GET", "/api/documents/0123456789abcdef").statusCode(), "the backend has none");
    assertEquals(404, send("GET", "/api/documents/0123456789abcdef/versions").statusCode(), "the backend has none");
    assertEquals("12-NQ/TU", Json.MAPPER.readTree(send("GET", "/api/suggest?q=12-NQ/TU").body()).path("suggestions")
        .path(0).path("text").asText());
    assertEquals(ReadScope.PUBLIC, scopes.get(scopes.size() - 1));
    assertEquals("01-NQ/TU", Json.MAPPER.readTree(send("GET", "/api/symbols/01-NQ/TU").body()).path("number").asText());
    assertEquals("01-NQ/TU", Json.MAPPER.readTree(send("GET", "/api/chains/01-NQ/TU").body()).path("number").asText());
    assertEquals(404, send("GET", "/api/documents/0123456789abcdef/citations").statusCode(), "the backend has none");
    assertEquals(404, send("GET", "/api/documents/0123456789abcdef/original").statusCode(), "the backend has none");
    assertEquals(404, send("GET", "/api/documents/0123456789abcdef/versions/1/original").statusCode(),
        "the backend has none");
    assertEquals(401, send("GET", "/api/saved").statusCode(), "answered (signed-in callers only), not 501");
    assertEquals(401, send("GET", "/api/metrics").statusCode(), "answered (admins only), not 501");
  }

  @Test
  void theMetricsCountTheBackendsDocuments() throws Exception {
    io.vankien.auth.Accounts accounts = new io.vankien.auth.Accounts(tmp.resolve("data"));
    accounts.add("quan-tri", io.vankien.auth.Role.ADMIN, null, null);
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/metrics"))
        .header("Authorization", "Bearer " + accounts.newToken("quan-tri")).build();
    String body = http.send(r, HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(body.contains("\nvankien_index_documents 42.0\n"), body);
    for (io.vankien.meta.AccessLevel l : io.vankien.meta.AccessLevel.values()) {
      assertTrue(body.contains("vankien_index_documents_by_access{level=\"" + l.code() + "\"} " + (10 + l.ordinal()) + ".0"),
          body);
    }
  }

  @Test
  void aQueryTheClusterCannotAskIsA501NamingQ() throws Exception {
    HttpResponse<String> r = send("GET", "/api/search?q=untranslatable");
    assertEquals(501, r.statusCode(), r.body());
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertEquals("q", body.path("parameter").asText(), r.body());
    assertEquals("not-on-cluster", body.path("code").asText(), r.body());
    assertTrue(body.path("error").asText().contains("untranslatable"), r.body());
  }

  @Test
  void theWritesAndTheReviewQueueAreAnsweredNot501() throws Exception {
    // anonymous callers: each route answers (401: sign in first), none says it is not on a cluster
    for (String request : List.of("POST /api/documents", "POST /api/documents/0123456789abcdef/versions",
        "PATCH /api/documents/0123456789abcdef/meta", "DELETE /api/documents/0123456789abcdef", "GET /api/review",
        "POST /api/review/edit")) {
      String[] mp = request.split(" ", 2);
      HttpResponse<String> r = send(mp[0], mp[1]);
      assertEquals(401, r.statusCode(), request + ": " + r.body());
    }
    assertEquals(404, send("GET", "/api/no-such-route").statusCode());
  }
}
