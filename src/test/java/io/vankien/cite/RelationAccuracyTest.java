package io.vankien.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vankien.cite.eval.RelationEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The relation reader on the judged citations (eval/relations-expected.jsonl): at least 90% overall and on
 * the held-out part; the samples part runs everywhere, the seeds and laws only where ../shared is.
 */
class RelationAccuracyTest {
  @Test
  void atLeastNinetyPercentOnTheJudgedCitations() throws Exception {
    RelationEvaluation.Result r = new RelationEvaluation(Path.of("")).evaluate(RelationEvaluation.JUDGED);
    long samples = r.outcomes().stream().filter(o -> o.set().equals("samples")).count();
    assertEquals(48, samples, "judged sample citations");
    assertTrue(percent(r, "samples", null) >= 90, "samples: " + percent(r, "samples", null));
    assumeTrue(r.skipped().isEmpty(), "../shared/corpus absent: seeds and laws not evaluated " + r.skipped());
    assertTrue(percent(r, null, null) >= 90, "overall: " + percent(r, null, null));
    assertTrue(percent(r, null, "heldout") >= 90, "held out: " + percent(r, null, "heldout"));
    assertTrue(Files.exists(RelationEvaluation.JUDGED));
  }

  private static double percent(RelationEvaluation.Result r, String set, String part) {
    var chosen = r.outcomes().stream()
        .filter(o -> set == null || o.set().equals(set))
        .filter(o -> part == null || o.part().equals(part)).toList();
    return 100.0 * chosen.stream().filter(RelationEvaluation.Outcome::right).count() / chosen.size();
  }
}
