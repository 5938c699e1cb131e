package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.meta.eval.SubjectEvaluation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Floors of the subject accuracy on the judged sets (eval/subjects): what was measured when the classifier
 * was written (EVALUATION.md), so a change to the cue words that loses documents fails here. The shared sets
 * are skipped (and named) when ../shared is absent; the samples and held-out folders are in the project.
 */
class SubjectAccuracyTest {

  @Test
  void accuracyStaysAtItsFloors() throws Exception {
    List<String> skipped = new ArrayList<>();
    List<SubjectEvaluation.Judged> all = SubjectEvaluation.run(SubjectEvaluation.MANIFEST, skipped);
    skipped.forEach(s -> System.out.println("SubjectAccuracyTest skipped " + s));
    SubjectEvaluation.Score tune = SubjectEvaluation.score(all.stream().filter(d -> d.part().startsWith("tune")).toList());
    SubjectEvaluation.Score unseen =
        SubjectEvaluation.score(all.stream().filter(d -> d.part().equals("unseen")).toList());
    List<String> wrong = all.stream().filter(d -> !d.right())
        .map(d -> d.file() + ": judged " + d.expected() + ", got " + d.got()).toList();
    assertTrue(tune.accuracy() >= 0.95, "tune part " + tune.right() + "/" + tune.documents() + "; wrong: " + wrong);
    assertTrue(unseen.documents() == 14 && unseen.accuracy() >= 0.70,
        "unseen part " + unseen.right() + "/" + unseen.documents() + "; wrong: " + wrong);
  }
}
