package io.vankien.eval;

import java.util.List;
import java.util.Map;

/** Ranking metrics over one query's ranked file names and its graded judgments. */
public final class Metrics {
  private Metrics() {}

  /** nDCG@k with gain 2^rel - 1 and log2 discount; the ideal ranking is the judged grades sorted. */
  public static double ndcg(List<String> ranked, Map<String, Integer> judgments, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(judgments.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = judgments.values().stream().filter(g -> g > 0)
        .sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /**
   * The ranking with every document outside {@code pool} removed, the rest in their order: a "condensed list"
   * (Sakai, SIGIR 2007), which scores how a system orders the judged documents when the archive also holds
   * documents nobody judged.
   */
  public static List<String> condensed(List<String> ranked, java.util.Set<String> pool) {
    return ranked.stream().filter(pool::contains).toList();
  }

  /** Share of the relevant (grade above 0) documents found in the first k. */
  public static double recall(List<String> ranked, Map<String, Integer> judgments, int k) {
    long relevant = judgments.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    long found = ranked.stream().limit(k).filter(f -> judgments.getOrDefault(f, 0) > 0).count();
    return (double) found / relevant;
  }

  /** 1 / rank of the first relevant document, 0 when none is ranked. */
  public static double reciprocalRank(List<String> ranked, Map<String, Integer> judgments) {
    for (int i = 0; i < ranked.size(); i++) {
      if (judgments.getOrDefault(ranked.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
