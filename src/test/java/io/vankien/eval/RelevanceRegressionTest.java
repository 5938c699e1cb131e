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
import org.junit.jupiter.api.Test;

/**
 * Fails when relevance drops below the figures recorded in EVALUATION.md (the line starting
 * "Regression floor:"), or when a check issue 4 sets stops holding.
 */
class RelevanceRegressionTest {
  private static final Pattern FLOOR = Pattern.compile(
      "Regression floor: nDCG@10 as written ([0-9.]+), without diacritics ([0-9.]+), other tone style ([0-9.]+)");

  @Test
  void relevanceHoldsTheRecordedFigures() throws Exception {
    List<Path> docs = List.of(SharedCorpus.seeds(), SharedCorpus.laws(), Path.of("samples"));
    String evaluation = Files.readString(Path.of("EVALUATION.md"), StandardCharsets.UTF_8);
    Matcher m = FLOOR.matcher(evaluation);
    assertTrue(m.find(), "EVALUATION.md has no 'Regression floor:' line");
    List<JudgedQuery> queries = JudgedQuery.load(Path.of("eval/queries.jsonl"));
    try (EvalSetup setup = new EvalSetup(docs)) {
      RelevanceEvaluation.Report r = RelevanceEvaluation.run(queries, setup.rankers(), null);
      String table = RelevanceEvaluation.table(r);
      double asWritten = r.get("vankien", "as written").ndcg();
      double folded = r.get("vankien", "no diacritics").ndcg();
      double tone = r.get("vankien", "other tone style").ndcg();
      // figures are recorded to three decimals
      assertTrue(asWritten >= Double.parseDouble(m.group(1)) - 0.0005, table);
      assertTrue(folded >= Double.parseDouble(m.group(2)) - 0.0005, table);
      assertTrue(tone >= Double.parseDouble(m.group(3)) - 0.0005, table);
      assertEquals(r.toneQueries(), r.toneIdentical(), "tone styles rank alike: " + r.problems());
      assertEquals(r.symbolQueries(), r.symbolFirst(), "number queries rank their document first: " + r.problems());
    }
  }
}
