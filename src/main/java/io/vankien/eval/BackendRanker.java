package io.vankien.eval;

import io.vankien.index.ReadScope;
import io.vankien.search.BadRequestException;
import io.vankien.search.SearchBackend;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import java.io.IOException;
import java.util.List;

/**
 * vankien's request answered by a {@link SearchBackend} (an OpenSearch cluster holding the same documents:
 * {@code eval --cluster}), read as the archive's own owner reads it.
 */
public final class BackendRanker implements Ranker {
  private final String name;
  private final SearchBackend backend;

  public BackendRanker(String name, SearchBackend backend) {
    this.name = name;
    this.backend = backend;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> rank(String query, int k) throws IOException {
    return scored(query, k).stream().map(Scored::source).toList();
  }

  @Override
  public List<Scored> scored(String query, int k) throws IOException {
    try {
      SearchResult r = backend.search(SearchRequest.builder().q(query).size(k).build(), ReadScope.EVERYTHING);
      return r.hits().stream().map(h -> new Scored(h.source(), h.score())).toList();
    } catch (BadRequestException e) {
      return List.of();
    }
  }
}
