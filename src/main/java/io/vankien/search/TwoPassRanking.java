package io.vankien.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Relevance ranking in two passes. The first pass ranks every match by the query with its phrases and
 * proximity boosts asked of the word-pair fields, which Lucene can prune through; its best {@link #WINDOW}
 * are then scored again by the ranking query, whose phrases are checked on the text's positions: the ranking
 * the relevance evaluation tuned (EVALUATION.md). Both queries match the same documents ({@code
 * WordPairPhrasesTest}); only the order within the window is the second pass's.
 *
 * <p>The window is the same for every page: ranks past it keep the first pass's order (as a rescore window
 * does in Elasticsearch and OpenSearch). So every page is a slice of one order (the export's), and a deep page
 * costs the first pass and one window, not a second pass over every rank before it. A window that grew with
 * the page would reorder a different set of candidates for each depth: documents moved across its edge were
 * shown on two pages or on none ({@code TwoPassRankingTest}).
 */
final class TwoPassRanking {
  /** Candidates ranked again: the first pages (20 of 10 hits, 2 of 100). */
  static final int WINDOW = 200;

  private TwoPassRanking() {}

  /** The top {@code topN} of {@code matching}, the first {@link #WINDOW} ranked by {@code ranking}'s scores. */
  static TopDocs top(IndexSearcher searcher, Query matching, Query ranking, int topN) throws IOException {
    return top(searcher, matching, ranking, topN, false, WINDOW);
  }

  /**
   * As {@link #top(IndexSearcher, Query, Query, int)}; {@code same}: the ranking query scores as the
   * matching one does (a query without phrases or proximity), so one pass ranks; {@code windowSize}: how many of
   * the first pass's best are ranked again ({@link #WINDOW} unless an evaluation asks otherwise, {@link Ranking})
   */
  static TopDocs top(IndexSearcher searcher, Query matching, Query ranking, int topN, boolean same, int windowSize)
      throws IOException {
    if (same) {
      return searcher.search(matching, new TopScoreDocCollectorManager(topN, topN));
    }
    int depth = Math.max(windowSize, topN);
    TopDocs first = searcher.search(matching, new TopScoreDocCollectorManager(depth, depth));
    ScoreDoc[] all = first.scoreDocs;
    int window = Math.min(windowSize, all.length);
    ScoreDoc[] head = java.util.Arrays.copyOf(all, window);
    QueryRescorer second = new QueryRescorer(ranking) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? secondPassScore : 0f;
      }
    };
    ScoreDoc[] ranked = second.rescore(searcher, new TopDocs(first.totalHits, head), window).scoreDocs;
    int n = Math.min(topN, all.length);
    ScoreDoc[] out = new ScoreDoc[n];
    System.arraycopy(ranked, 0, out, 0, Math.min(n, ranked.length));
    if (n > window) {
      System.arraycopy(all, window, out, window, n - window); // past the window: the first pass's order
    }
    return new TopDocs(first.totalHits, out);
  }
}
