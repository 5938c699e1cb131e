package io.vankien.search;

import java.util.Locale;
import org.apache.lucene.search.Query;

/**
 * How the two passes of the relevance ranking ({@link TwoPassRanking}) are asked. The product ranks with {@link
 * #DEFAULT}; the others exist so that the relevance evaluation can measure what a cheaper first pass or a smaller
 * window would cost in ranking ({@code eval --rankings}, EVALUATION.md "At archive scale") before a benchmark
 * measures what it would save ({@code bench --rankings}). Among 100,000 generated documents, the required-only first
 * pass and the window of 100 each saved 3% of a search's CPU and lost 0.014-0.11 nDCG@10; a window of 400 cost 4%
 * and gained on the tuning queries only (BENCHMARKS.md, "Twenty-third session").
 *
 * @param firstPass which clauses the first pass scores
 * @param window how many of the first pass's best the second pass ranks again
 */
public record Ranking(FirstPass firstPass, int window) {
  /** The ranking the relevance evaluation tuned: every clause in the first pass, a window of 200. */
  public static final Ranking DEFAULT = new Ranking(FirstPass.ALL_CLAUSES, TwoPassRanking.WINDOW);

  /** Which clauses of the query the first pass scores; the matches are the same either way. */
  public enum FirstPass {
    /** Every clause: the required words and the optional title, phrase, pair and reference boosts. */
    ALL_CLAUSES,
    /**
     * The required clauses only ({@link RequiredClauses}): Lucene can skip the blocks whose required words cannot
     * beat the window, but a document that is in it only by its title or its phrases is not found.
     */
    REQUIRED_CLAUSES;

    Query of(Query q) {
      return this == ALL_CLAUSES ? q : RequiredClauses.of(q);
    }
  }

  public Ranking {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1: " + window);
    }
  }

  /** A ranking from its name ({@link #name()}): "all-200", "required-100". */
  public static Ranking parse(String name) {
    String[] parts = name.trim().split("-");
    if (parts.length != 2) {
      throw new IllegalArgumentException("not a ranking (FIRSTPASS-WINDOW, e.g. all-200 or required-100): " + name);
    }
    FirstPass first = switch (parts[0].toLowerCase(Locale.ROOT)) {
      case "all" -> FirstPass.ALL_CLAUSES;
      case "required" -> FirstPass.REQUIRED_CLAUSES;
      default -> throw new IllegalArgumentException("first pass must be all or required: " + name);
    };
    try {
      return new Ranking(first, Integer.parseInt(parts[1]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("window must be a number: " + name, e);
    }
  }

  /** The name {@link #parse} reads. */
  public String name() {
    return (firstPass == FirstPass.ALL_CLAUSES ? "all" : "required") + "-" + window;
  }
}
