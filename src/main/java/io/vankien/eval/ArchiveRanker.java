package io.vankien.eval;

import io.vankien.search.BadRequestException;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import io.vankien.search.SearchService;
import java.io.IOException;
import java.util.List;

/** vankien itself: the production search path (query language, Vietnamese analysis, boosts). */
public final class ArchiveRanker implements Ranker {
  private final SearchService search;

  public ArchiveRanker(SearchService search) {
    this.search = search;
  }

  @Override
  public String name() {
    return "vankien";
  }

  @Override
  public List<String> rank(String query, int k) throws IOException {
    try {
      SearchResult r = search.search(SearchRequest.builder().q(query).size(k).build());
      return r.hits().stream().map(SearchResult.Hit::source).toList();
    } catch (BadRequestException e) {
      return List.of();
    }
  }
}
