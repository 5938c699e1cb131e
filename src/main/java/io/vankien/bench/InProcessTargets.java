package io.vankien.bench;

import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;

/**
 * The query mix without HTTP: the same searches the servers answer, called in this JVM, so the servers'
 * own HTTP and JSON cost can be told apart.
 */
public final class InProcessTargets {
  private InProcessTargets() {}

  /** vankien's {@link SearchService#search} with the query's filters (top 10, facets, snippets). */
  public static LoadGenerator.Target vankien(SearchService search) {
    return q -> search.search(request(q));
  }

  /** The plain baseline: the same parsing as {@link PlainLuceneServer}, top 10; filters ignored. */
  public static LoadGenerator.Target plain(IndexSearcher searcher) {
    PlainLuceneQueries queries = new PlainLuceneQueries();
    return q -> searcher.search(queries.parse(q.q()), 10);
  }

  /** The request {@code GET /api/search} makes of this query. */
  public static SearchRequest request(QueryMix.Query q) {
    SearchRequest.Builder b = SearchRequest.builder().q(q.q()).size(10);
    if (q.province() != null) {
      b.provinces(List.of(q.province()));
    }
    if (q.type() != null) {
      b.types(List.of(q.type()));
    }
    return b.from(q.from()).to(q.to()).build();
  }
}
