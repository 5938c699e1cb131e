package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.Archive;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.Ingester;
import io.vankien.search.Ranking;
import io.vankien.search.SearchService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --rankings}: every query of the mix measured once a pass under each ranking, none left out. */
class RankingCpuTest {
  @Test
  void everyRankingRunsEveryQueryOfEveryKeptPass(@TempDir Path dir) throws Exception {
    try (Archive a = Archive.openForWriting(dir)) {
      Ingester.standard(a, new IngestOptions(1, 500, IngestOptions.defaults().maxFileBytes()))
          .ingest(List.of(Path.of("samples")), IngestListener.NONE);
      List<QueryMix.Query> mix = List.of(
          new QueryMix.Query(QueryMix.Kind.WORD, "du lịch", null, null, null, null),
          new QueryMix.Query(QueryMix.Kind.PHRASE, "\"chuyển đổi số\"", null, null, null, null),
          new QueryMix.Query(QueryMix.Kind.FILTERED, "nghị quyết", "Hà Nam", null, null, null));
      List<Ranking> rankings = List.of(Ranking.DEFAULT, Ranking.parse("required-200"), Ranking.parse("all-5"));
      List<RankingCpu.Figures> f = RankingCpu.measure(new SearchService(a.searcher()), rankings, mix, 1, 2);
      assertEquals(rankings, f.stream().map(RankingCpu.Figures::ranking).toList());
      for (RankingCpu.Figures x : f) {
        assertEquals(2 * mix.size(), x.searches(), x.toString());
        assertEquals(2 * mix.size(), x.cpu().count(), x.toString());
        assertTrue(x.meanMs() > 0 && x.cpu().maxMs() >= x.cpu().p50Ms(), x.toString());
      }
    }
  }
}
