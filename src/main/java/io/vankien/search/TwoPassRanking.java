package io.vankien.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Relevance ranking in two passes. The first pass ranks every match by the query with its phrases and
 * proximity boosts asked of the word-pair fields, which Lucene can prune through; the best {@link
 * #WINDOW} (or the page, when deeper) are then scored again by the ranking query, whose phrases are
 * checked on the text's positions: the ranking the relevance evaluation tuned (EVALUATION.md). Both
 * queries match the same documents ({@code WordPairPhrasesTest}); only the order within the window is
 * the second pass's.
 */
final class TwoPassRanking {
  /** Candidates ranked again, at least. */
  static final int WINDOW = 200;

  private TwoPassRanking() {}

  /** The top {@code topN} of {@code matching}, ranked by {@code ranking}'s scores. */
  static TopDocs top(IndexSearcher searcher, Query matching, Query ranking, int topN) throws IOException {
    return top(searcher, matching, ranking, topN, false);
  }

  /**
   * As {@link #top(IndexSearcher, Query, Query, int)}; {@code same}: the ranking query scores as the
   * matching one does (a query without phrases or proximity), so one pass ranks.
   */
  static TopDocs top(IndexSearcher searcher, Query matching, Query ranking, int topN, boolean same)
      throws IOException {
    if (same) {
      return searcher.search(matching, new TopScoreDocCollectorManager(topN, topN));
    }
    int window = Math.max(WINDOW, topN);
    TopDocs first = searcher.search(matching, new TopScoreDocCollectorManager(window, window));
    QueryRescorer second = new QueryRescorer(ranking) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? secondPassScore : 0f;
      }
    };
    return second.rescore(searcher, first, topN);
  }
}
