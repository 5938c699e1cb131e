package io.vankien.eval;

import io.vankien.search.BadRequestException;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import io.vankien.search.SearchService;
import java.io.IOException;
import java.util.List;

/**
 * vankien itself: the production search path (query language, Vietnamese analysis, boosts). Named
 * "vankien" for a default request, "vankien+correct" for one that asks a query finding nothing to be
 * answered by its correction ({@link SearchRequest#correct()}).
 */
public final class ArchiveRanker implements Ranker {
  private final String name;
  private final SearchService search;
  private final boolean correct;

  public ArchiveRanker(SearchService search) {
    this(search, false);
  }

  public ArchiveRanker(SearchService search, boolean correct) {
    this(correct ? "vankien+correct" : "vankien", search, correct);
  }

  /** A default request to {@code search} (one ranking otherwise, {@code SearchService#ranking}), named {@code name}. */
  public ArchiveRanker(String name, SearchService search) {
    this(name, search, false);
  }

  private ArchiveRanker(String name, SearchService search, boolean correct) {
    this.name = name;
    this.search = search;
    this.correct = correct;
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
      SearchResult r = search.search(SearchRequest.builder().q(query).size(k).correct(correct).build());
      return r.hits().stream().map(h -> new Scored(h.source(), h.score())).toList();
    } catch (BadRequestException e) {
      return List.of();
    }
  }
}
