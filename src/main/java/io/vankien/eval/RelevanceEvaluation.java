package io.vankien.eval;

import io.vankien.text.VietnameseText;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Runs a judged query set against several rankers and query variants (as written, without diacritics,
 * in the other tone style) and reports nDCG@10, Recall@10 and MRR, plus the checks issue 4 asks for.
 */
public final class RelevanceEvaluation {
  public static final int K = 10;

  /** How deep a ranking is read for the judged documents alone ({@link Metrics#condensed}). */
  public static final int CONDENSED_DEPTH = 100;

  /**
   * Mean metrics of one ranker on one variant of the query set; {@code condensedNdcg}: nDCG@10 of the ranking with
   * every document outside the judged pool removed (NaN when the archive holds no other documents).
   */
  public record Summary(String ranker, String variant, int queries, double ndcg, double recall, double mrr,
      double condensedNdcg) {
    public Summary(String ranker, String variant, int queries, double ndcg, double recall, double mrr) {
      this(ranker, variant, queries, ndcg, recall, mrr, Double.NaN);
    }
  }

  /** Everything one run measured. */
  public record Report(List<Summary> summaries, int toneQueries, int toneIdentical, int symbolQueries,
      int symbolFirst, List<String> problems) {
    public Summary get(String ranker, String variant) {
      return summaries.stream().filter(s -> s.ranker().equals(ranker) && s.variant().equals(variant))
          .findFirst().orElseThrow();
    }
  }

  public static final Map<String, UnaryOperator<String>> VARIANTS = variants();

  private static Map<String, UnaryOperator<String>> variants() {
    Map<String, UnaryOperator<String>> m = new LinkedHashMap<>();
    m.put("as written", q -> q);
    m.put("no diacritics", VietnameseText::fold);
    m.put("other tone style", ToneStyle::swap);
    return m;
  }

  private RelevanceEvaluation() {}

  public static Report run(List<JudgedQuery> queries, List<Ranker> rankers, PrintStream verbose)
      throws IOException {
    return run(queries, rankers, verbose, null);
  }

  /**
   * @param judgedPool the documents the judges read, when the archive holds others too ({@code eval
   *     --distractors}): those count as not relevant, and each ranking is also scored with them removed (read to
   *     {@link #CONDENSED_DEPTH}); null when every document was judged
   */
  public static Report run(List<JudgedQuery> queries, List<Ranker> rankers, PrintStream verbose,
      java.util.Set<String> judgedPool) throws IOException {
    List<Summary> summaries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int depth = judgedPool == null ? K : CONDENSED_DEPTH;
    for (Ranker r : rankers) {
      for (Map.Entry<String, UnaryOperator<String>> v : VARIANTS.entrySet()) {
        double n = 0, rec = 0, mrr = 0, condensed = 0;
        for (JudgedQuery q : queries) {
          String text = v.getValue().apply(q.query());
          List<Ranker.Scored> deep = r.scored(text, depth);
          List<Ranker.Scored> scored = deep.subList(0, Math.min(K, deep.size()));
          List<String> ranked = scored.stream().map(Ranker.Scored::source).toList();
          double nd = Metrics.ndcg(ranked, q.judgments(), K);
          n += nd;
          rec += Metrics.recall(ranked, q.judgments(), K);
          mrr += Metrics.reciprocalRank(ranked, q.judgments());
          if (judgedPool != null) {
            condensed += Metrics.ndcg(Metrics.condensed(deep.stream().map(Ranker.Scored::source).toList(), judgedPool),
                q.judgments(), K);
          }
          if (verbose != null) {
            verbose.printf("%-12s %-16s %-5s %.3f  %s -> %s%n", r.name(), v.getKey(), q.id(), nd, text, scored);
          }
        }
        int c = queries.size();
        summaries.add(new Summary(r.name(), v.getKey(), c, n / c, rec / c, mrr / c,
            judgedPool == null ? Double.NaN : condensed / c));
      }
    }
    Ranker main = rankers.get(0);
    int toneQueries = 0, toneIdentical = 0, symbolQueries = 0, symbolFirst = 0;
    for (JudgedQuery q : queries) {
      String other = ToneStyle.swap(q.query());
      if (!other.equals(q.query())) {
        toneQueries++;
        if (main.rank(q.query(), K).equals(main.rank(other, K))) {
          toneIdentical++;
        } else {
          problems.add("tone styles rank differently: " + q.id() + " '" + q.query() + "' vs '" + other + "'");
        }
      }
      if (q.kind().equals("number")) {
        symbolQueries++;
        List<String> ranked = main.rank(q.query(), 1);
        if (!ranked.isEmpty() && q.judgments().getOrDefault(ranked.get(0), 0) == 2) {
          symbolFirst++;
        } else {
          problems.add("symbol query not first: " + q.id() + " '" + q.query() + "' -> " + ranked);
        }
      }
    }
    return new Report(summaries, toneQueries, toneIdentical, symbolQueries, symbolFirst, problems);
  }

  /** The report as a Markdown table (the form EVALUATION.md records). */
  public static String table(Report r) {
    StringBuilder sb = new StringBuilder();
    boolean condensed = r.summaries().stream().anyMatch(s -> !Double.isNaN(s.condensedNdcg()));
    sb.append("| system | queries | nDCG@10 | Recall@10 | MRR |").append(condensed ? " judged only: nDCG@10 |" : "")
        .append("\n|---|---|---|---|---|").append(condensed ? "---|" : "").append('\n');
    for (Summary s : r.summaries()) {
      sb.append(String.format("| %s, %s | %d | %.3f | %.3f | %.3f |", s.ranker(), s.variant(), s.queries(),
          s.ndcg(), s.recall(), s.mrr()));
      sb.append(condensed ? String.format(" %.3f |", s.condensedNdcg()) : "").append(String.format("%n"));
    }
    sb.append(String.format("%nTone styles: %d of %d queries with an oa/oe/uy syllable rank identically in"
        + " both styles.%n", r.toneIdentical(), r.toneQueries()));
    sb.append(String.format("Document symbols: %d of %d number queries rank their document first.%n",
        r.symbolFirst(), r.symbolQueries()));
    return sb.toString();
  }
}
