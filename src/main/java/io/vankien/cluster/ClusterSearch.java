package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.ReadScope;
import io.vankien.search.MatchRows;
import io.vankien.search.QueryFactory;
import io.vankien.search.SearchBackend;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import java.io.IOException;

/**
 * {@code serve --cluster}: searches answered by the cluster's index ({@link SearchBody} sent to {@code _search},
 * {@link SearchAnswer} read back), every one within what the caller may read ({@link ClusterAccess}). The query
 * is {@link QueryFactory}'s positional form, the ranking the relevance evaluation tuned (the embedded archive's
 * second pass), in one pass. An export reads every match through the scroll API. Did-you-mean and answering with a
 * correction as the embedded archive does ({@link ClusterDidYouMean}).
 */
public final class ClusterSearch implements SearchBackend {
  private final ClusterClient client;
  private final QueryFactory queries = new QueryFactory().positional();
  private final ClusterDocumentView documents;
  private final ClusterSuggester suggester;
  private final ClusterDidYouMean didYouMean;

  public ClusterSearch(ClusterClient client) {
    this.client = client;
    this.documents = new ClusterDocumentView(this::ranked, queries);
    this.suggester = new ClusterSuggester(this::ranked, this::send);
    this.didYouMean = new ClusterDidYouMean(this::send, queries);
  }

  @Override
  public io.vankien.search.SymbolService.SymbolView symbol(String number, ReadScope scope) throws IOException {
    return new io.vankien.search.SymbolService(new ClusterSymbols(this::send, scope)).symbol(number);
  }

  @Override
  public io.vankien.search.SymbolService.ChainView chain(String number, ReadScope scope) throws IOException {
    return new io.vankien.search.SymbolService(new ClusterSymbols(this::send, scope)).chain(number);
  }

  @Override
  public java.util.List<io.vankien.search.Suggester.Suggestion> suggest(String typed, int n, ReadScope scope)
      throws IOException {
    return suggester.suggest(typed, n, scope);
  }

  @Override
  public java.util.Optional<ArchivedDocument> record(String id, ReadScope scope) throws IOException {
    return documents.record(id, scope);
  }

  @Override
  public java.util.Optional<io.vankien.search.DocumentView> view(String id, String q, ReadScope scope)
      throws IOException {
    return documents.view(id, q, scope);
  }

  public ClusterTarget target() {
    return client.target();
  }

  /**
   * A results page; with few matches, the correction the embedded archive would offer ({@link ClusterDidYouMean}):
   * as {@code didYouMean}, or, when the request asks for it ({@code correct}) and nothing matched, the correction's
   * results, {@code showingResultsFor} naming it.
   */
  @Override
  public SearchResult search(SearchRequest req, ReadScope scope) throws IOException {
    long start = System.nanoTime();
    SearchResult r = page(req, scope);
    String correction = didYouMean.correction(req.q(), r.total(), scope);
    if (correction == null) {
      return r;
    }
    if (req.correct() && r.total() == 0) {
      SearchResult c = page(new SearchRequest(correction, req.filters(), req.from(), req.to(), req.sort(), req.page(),
          req.size(), req.facetLimit(), false), scope);
      return new SearchResult(c.total(), c.page(), c.size(), c.hits(), c.facets(), c.facetMore(), req.applied(), null,
          correction, (System.nanoTime() - start) / 1_000_000);
    }
    return new SearchResult(r.total(), r.page(), r.size(), r.hits(), r.facets(), r.facetMore(), r.applied(), correction,
        null, (System.nanoTime() - start) / 1_000_000);
  }

  private SearchResult page(SearchRequest req, ReadScope scope) throws IOException {
    long start = System.nanoTime();
    JsonNode answer = ranked(SearchBody.search(req, scope, queries, req.size() > 0 ? phraseIdf(req) : null));
    return SearchAnswer.read(req, answer, (System.nanoTime() - start) / 1_000_000);
  }

  @Override
  public SearchResult counts(SearchRequest req, ReadScope scope) throws IOException {
    long start = System.nanoTime();
    JsonNode answer = send(SearchBody.counts(req.countsOnly(), scope, queries));
    return SearchAnswer.read(req.countsOnly(), answer, (System.nanoTime() - start) / 1_000_000);
  }

  @Override
  public long documents(ReadScope scope) throws IOException {
    return send(SearchBody.documents(scope)).path("hits").path("total").path("value").asLong();
  }

  @Override
  public long documentsAt(io.vankien.meta.AccessLevel level) throws IOException {
    return send(SearchBody.documentsAt(level)).path("hits").path("total").path("value").asLong();
  }

  /**
   * The table of /api/stats/province-time from a composite aggregation, page after page: the cells as the embedded
   * archive counts them (the province as named then only under a province after 2025).
   */
  @Override
  public io.vankien.search.ProvinceTimeTable provinceTime(SearchRequest req, io.vankien.search.ProvinceTimeTable.By by,
      ReadScope scope) throws IOException {
    java.util.Map<java.util.List<String>, Long> cells = new java.util.LinkedHashMap<>();
    JsonNode after = null;
    do {
      JsonNode agg = send(SearchBody.provinceTime(req, scope, queries, by.dim(), after)).path("aggregations")
          .path("cells");
      for (JsonNode b : agg.path("buckets")) {
        JsonNode key = b.path("key");
        String current = key.path("current").isTextual() ? key.path("current").asText() : "";
        String former = current.isEmpty() || !key.path("former").isTextual() ? "" : key.path("former").asText();
        String period = key.path("period").isTextual() ? key.path("period").asText() : "";
        cells.merge(java.util.List.of(current, former, period), b.path("doc_count").asLong(), Long::sum);
      }
      after = agg.path("buckets").isEmpty() ? null : agg.get("after_key");
    } while (after != null);
    return io.vankien.search.ProvinceTimeTable.ofCells(cells, by, req.applied());
  }

  /** Records read per scroll request of an export. */
  static final int EXPORT_BATCH = 500;

  /**
   * Every match through the scroll API, a batch at a time, in the order of the results pages (scores, or dates
   * then scores); the scroll is cleared at the end, also when the sink fails.
   */
  @Override
  public <R> void forEachMatch(SearchRequest req, ReadScope scope, MatchRows<R> rows) throws IOException {
    String index = client.target().index();
    JsonNode answer = send("/" + index + "/_search?" + DFS + "&scroll=" + SCROLL_KEEP_ALIVE,
        SearchBody.export(req, scope, queries, EXPORT_BATCH, phraseIdf(req)));
    String scrollId = answer.path("_scroll_id").asText(null);
    try {
      while (true) {
        JsonNode hits = answer.path("hits").path("hits");
        if (hits.isEmpty()) {
          return;
        }
        writeRows(hits, scope, rows);
        if (scrollId == null) {
          throw new IOException("cluster answered an export without a scroll id");
        }
        ObjectNode next = ClusterDocuments.JSON.createObjectNode().put("scroll", SCROLL_KEEP_ALIVE)
            .put("scroll_id", scrollId);
        answer = send("/_search/scroll", next);
        scrollId = answer.path("_scroll_id").asText(scrollId);
      }
    } finally {
      if (scrollId != null) {
        ObjectNode clear = ClusterDocuments.JSON.createObjectNode();
        clear.putArray("scroll_id").add(scrollId);
        client.send("DELETE", "/_search/scroll", ClusterDocuments.JSON.writeValueAsString(clear), "application/json");
      }
    }
  }

  private static final String SCROLL_KEEP_ALIVE = "1m";

  /**
   * The whole index's statistics of the query's phrases with several terms at a position, so that every shard
   * weighs them as the embedded archive does ({@link PhraseIdf}: one more size-0 search, only for such a query);
   * null for a query without one, or one the DSL cannot write (the search then says so).
   */
  private PhraseIdf phraseIdf(SearchRequest req) throws IOException {
    if (req.q().isBlank()) {
      return null; // browsing: nothing ranked
    }
    org.apache.lucene.search.Query q;
    try {
      q = queries.parse(req.q());
    } catch (RuntimeException e) {
      return null;
    }
    return PhraseIdf.of(q, this::send);
  }

  @Override
  public boolean embedded() {
    return false;
  }

  /**
   * Scores from the statistics of the whole index (document frequencies, field lengths), gathered from every shard
   * before the query runs, as the embedded archive's single index has them; without it each shard would score
   * with its own, and a document's rank would depend on the shard it fell in.
   */
  static final String DFS = "search_type=dfs_query_then_fetch";

  /** A search whose hits are ranked by score: with the whole index's statistics ({@link #DFS}). */
  private JsonNode ranked(ObjectNode body) throws IOException {
    return send("/" + client.target().index() + "/_search?" + DFS, body);
  }

  /**
   * One batch of an export's rows, in order: each record with the typed citations stored in its {@code _source}, as
   * the embedded export reads them; the texts of the documents without them in one request (within {@code scope}).
   */
  private <R> void writeRows(JsonNode hits, ReadScope scope, MatchRows<R> rows) throws IOException {
    for (ClusterCiting.Read r : ClusterCiting.read(this::send, hits, scope, x -> x.stored().isEmpty())) {
      rows.write(r.stored().isPresent() ? rows.row(r.doc(), r.stored().get()) : rows.row(r.doc()));
    }
  }

  /** A search that only counts (or sorts by a field): each shard's statistics are enough. */
  private JsonNode send(ObjectNode body) throws IOException {
    return send("/" + client.target().index() + "/_search", body);
  }

  private JsonNode send(String path, ObjectNode body) throws IOException {
    ClusterClient.Response r = client.send("POST", path, ClusterDocuments.JSON.writeValueAsString(body),
        "application/json");
    if (!r.ok()) {
      throw new IOException("cluster request " + path + " on " + client.target().address() + " failed (HTTP "
          + r.status() + "): " + Bulk.abbreviate(r.body()));
    }
    return ClusterDocuments.JSON.readTree(r.body());
  }
}
