package io.vankien.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vankien.bench.BenchCorpus;
import io.vankien.bench.CorpusManifest;
import io.vankien.search.Ranking;
import io.vankien.testing.SharedCorpus;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance evaluation at a bigger archive's size ({@code eval --distractors}): the judged sample documents and
 * 400 generated documents (real paragraphs of ../shared; skipped when it is absent) in one archive.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistractorEvaluationTest {
  private static final int DISTRACTORS = 400;

  @TempDir
  static Path tmp;

  private EvalSetup setup;
  private Set<String> samples;

  @BeforeAll
  void build() throws Exception {
    Path shared = SharedCorpus.ROOT;
    assumeTrue(Files.isDirectory(shared.resolve("corpus/laws")), "skipped: " + shared + " is absent");
    Path corpus = tmp.resolve("corpus");
    BenchCorpus.generate(new BenchCorpus.Options(DISTRACTORS, 11, corpus, shared),
        new PrintStream(OutputStream.nullOutputStream()));
    try (var files = Files.list(Path.of("samples"))) {
      samples = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).collect(Collectors.toSet());
    }
    setup = new EvalSetup(List.of(Path.of("samples")), null, CorpusManifest.read(corpus).ingestPaths(),
        List.of(Ranking.parse("required-200"), Ranking.parse("all-5")));
  }

  @AfterAll
  void close() throws Exception {
    if (setup != null) {
      setup.close();
    }
  }

  @Test
  void theJudgedPoolIsTheJudgedDocumentsAndTheDistractorsAreAllIngested() {
    assertEquals(samples, setup.judgedDocuments());
    assertEquals(DISTRACTORS, setup.distractorReport().ingested(), setup.distractorReport().summary());
    assertEquals(0, setup.distractorReport().failed(), setup.distractorReport().summary());
  }

  @Test
  void everyRankerRanksTheDistractorsToo() throws Exception {
    for (Ranker r : setup.rankers()) {
      List<String> top = r.rank("nghị quyết", 50);
      assertTrue(top.stream().anyMatch(f -> !samples.contains(f)), r.name() + " ranks no distractor: " + top);
    }
  }

  @Test
  void theJudgedOnlyScoreIsNeverBelowTheScoreWithDistractors() throws Exception {
    List<JudgedQuery> queries = JudgedQuery.load(Path.of("eval/queries.jsonl")).stream()
        .filter(q -> q.judgments().keySet().stream().anyMatch(samples::contains)).limit(20).toList();
    assertFalse(queries.isEmpty());
    RelevanceEvaluation.Report r = RelevanceEvaluation.run(queries, setup.rankers(), null, setup.judgedDocuments());
    boolean someDistractorAbove = false;
    for (RelevanceEvaluation.Summary s : r.summaries()) {
      assertFalse(Double.isNaN(s.condensedNdcg()), s.toString());
      assertTrue(s.condensedNdcg() >= s.ndcg() - 1e-9, s.toString());
      someDistractorAbove |= s.condensedNdcg() > s.ndcg();
    }
    assertTrue(someDistractorAbove, "no distractor ranked above a judged document: " + r.summaries());
    String table = RelevanceEvaluation.table(r);
    assertTrue(table.contains("judged only: nDCG@10"), table);
    assertTrue(table.contains("vankien[required-200], as written"), table);
  }

  @Test
  void queriesNotJudgedOnTheirDocumentsStillScoreZeroNotNaN() throws Exception {
    JudgedQuery none = new JudgedQuery("x", "nghị quyết", "topic", Map.of("no-such-file.txt", 2));
    RelevanceEvaluation.Report r = RelevanceEvaluation.run(List.of(none), setup.rankers(), null,
        setup.judgedDocuments());
    r.summaries().forEach(s -> assertEquals(0.0, s.condensedNdcg(), s.toString()));
  }
}
