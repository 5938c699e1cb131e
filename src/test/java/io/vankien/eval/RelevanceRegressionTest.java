package io.vankien.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fails when relevance drops below the figures recorded in EVALUATION.md (the lines starting
 * "Regression floor:" for the tuning queries, "Held-out regression floor:" for the held-out ones and
 * "Half-remembered regression floor:" for those of issue 15), or when a check issue 4 sets stops holding
 * (for issue 15: every number variant ranks its document first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceRegressionTest {
  private static final String FIGURES =
      "nDCG@10 as written ([0-9.]+), without diacritics ([0-9.]+), other tone style ([0-9.]+)";
  private static final Pattern FLOOR = Pattern.compile("^Regression floor: " + FIGURES, Pattern.MULTILINE);
  private static final Pattern HELD_OUT_FLOOR = Pattern.compile("^Held-out regression floor: " + FIGURES,
      Pattern.MULTILINE);
  private static final Pattern HALF_REMEMBERED_FLOOR = Pattern.compile(
      "^Half-remembered regression floor: " + FIGURES, Pattern.MULTILINE);
  private static final Pattern HALF_REMEMBERED_CORRECTING_FLOOR = Pattern.compile(
      "^Half-remembered regression floor, correcting: " + FIGURES, Pattern.MULTILINE);

  private EvalSetup setup;

  @BeforeAll
  void buildTheArchive() throws Exception {
    setup = new EvalSetup(List.of(SharedCorpus.seeds(), SharedCorpus.laws(), Path.of("samples")));
  }

  @AfterAll
  void close() throws Exception {
    if (setup != null) {
      setup.close();
    }
  }

  @Test
  void relevanceHoldsTheRecordedFigures() throws Exception {
    check(FLOOR, "eval/queries.jsonl");
  }

  @Test
  void heldOutRelevanceHoldsTheRecordedFigures() throws Exception {
    check(HELD_OUT_FLOOR, "eval/heldout-queries.jsonl");
  }

  @Test
  void halfRememberedRelevanceHoldsTheRecordedFigures() throws Exception {
    check(HALF_REMEMBERED_FLOOR, "eval/misremembered-queries.jsonl");
    check(HALF_REMEMBERED_CORRECTING_FLOOR, "eval/misremembered-queries.jsonl", "vankien+correct");
  }

  private void check(Pattern floor, String queryFile) throws Exception {
    check(floor, queryFile, "vankien");
  }

  private void check(Pattern floor, String queryFile, String ranker) throws Exception {
    String evaluation = Files.readString(Path.of("EVALUATION.md"), StandardCharsets.UTF_8);
    Matcher m = floor.matcher(evaluation);
    assertTrue(m.find(), "EVALUATION.md has no line matching " + floor);
    List<JudgedQuery> queries = JudgedQuery.load(Path.of(queryFile));
    RelevanceEvaluation.Report r = RelevanceEvaluation.run(queries, setup.rankers(), null);
    String table = RelevanceEvaluation.table(r);
    double asWritten = r.get(ranker, "as written").ndcg();
    double folded = r.get(ranker, "no diacritics").ndcg();
    double tone = r.get(ranker, "other tone style").ndcg();
    // figures are recorded to three decimals
    assertTrue(asWritten >= Double.parseDouble(m.group(1)) - 0.0005, table);
    assertTrue(folded >= Double.parseDouble(m.group(2)) - 0.0005, table);
    assertTrue(tone >= Double.parseDouble(m.group(3)) - 0.0005, table);
    assertEquals(r.toneQueries(), r.toneIdentical(), "tone styles rank alike: " + r.problems());
    assertEquals(r.symbolQueries(), r.symbolFirst(), "number queries rank their document first: " + r.problems());
  }
}
