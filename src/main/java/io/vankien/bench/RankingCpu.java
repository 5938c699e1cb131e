package io.vankien.bench;

import io.vankien.search.Ranking;
import io.vankien.search.SearchService;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The CPU a search costs under each ranking ({@link Ranking}), the product's among them, measured on one thread and
 * interleaved query by query: every query of the mix is run once under each ranking, in an order that rotates from
 * one query to the next, and the thread's CPU time of each call is kept. So the rankings share the JIT's state, the
 * page cache and the host's noise, which loads run one after the other do not (the one measured first ran slower in
 * the twenty-third session). {@code eval --distractors --rankings} says what each costs in relevance.
 */
final class RankingCpu {
  /** One ranking's CPU per search (the request the server gets: top 10, facets, snippets), in milliseconds. */
  record Figures(Ranking ranking, int searches, double meanMs, Latencies cpu) {}

  private RankingCpu() {}

  /**
   * @param rankings the product's first ({@link Ranking#DEFAULT}), then the alternatives
   * @param warmupRounds passes over the mix whose times are dropped
   * @param rounds passes over the mix whose times are kept
   */
  static List<Figures> measure(SearchService product, List<Ranking> rankings, List<QueryMix.Query> mix,
      int warmupRounds, int rounds) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<SearchService> services = rankings.stream().map(product::ranking).toList();
    int n = rankings.size();
    long[][] cpu = new long[n][rounds * mix.size()];
    for (int round = 0; round < warmupRounds + rounds; round++) {
      for (int i = 0; i < mix.size(); i++) {
        for (int k = 0; k < n; k++) {
          int r = (i + round + k) % n;
          long start = threads.getCurrentThreadCpuTime();
          services.get(r).search(InProcessTargets.request(mix.get(i)));
          long spent = threads.getCurrentThreadCpuTime() - start;
          if (round >= warmupRounds) {
            cpu[r][(round - warmupRounds) * mix.size() + i] = spent;
          }
        }
      }
    }
    List<Figures> out = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      long sum = 0;
      for (long c : cpu[r]) {
        sum += c;
      }
      out.add(new Figures(rankings.get(r), cpu[r].length, cpu[r].length == 0 ? 0 : sum / 1e6 / cpu[r].length,
          Latencies.ofNanos(cpu[r])));
    }
    return out;
  }
}
