package io.vankien.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.meta.eval.SubjectEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Floors of the subject accuracy on the judged sets (eval/subjects): what was measured (EVALUATION.md), so a
 * change to the cue words that loses documents fails here. The shared sets are skipped (and named) when
 * ../shared is absent; the samples and held-out folders are in the project. The floors are the measured
 * figures: tuned parts (every part named tune...) and the seen held-out part all right; the unseen parts at
 * their first run's figure, never raised by tuning on them.
 */
class SubjectAccuracyTest {

  @Test
  void accuracyStaysAtItsFloors() throws Exception {
    List<String> skipped = new ArrayList<>();
    List<SubjectEvaluation.Judged> all = SubjectEvaluation.run(SubjectEvaluation.MANIFEST, skipped);
    skipped.forEach(s -> System.out.println("SubjectAccuracyTest skipped " + s));
    List<String> wrong = all.stream().filter(d -> !d.right())
        .map(d -> d.file() + " (" + d.part() + "): judged " + d.expected() + ", got " + d.got()).toList();
    floor(all, "tune", p -> p.startsWith("tune") && !p.equals("tune-r7"), 1.0, wrong);
    // eval/unseen-7a, tuned on in round 7: one judging difference left ("thi đua" in a Dân vận title)
    atLeast(all, "tune-r7", 29, 30, wrong);
    // eval/unseen-7b, judged before the round-6 rules ran on it and never tuned on: 28 right under rounds 6 and 7
    atLeast(all, "unseen-7b", 28, 30, wrong);
    floor(all, "heldout", "heldout"::equals, 1.0, wrong);
    // the 6 browser-test samples, judged before the round-6 rules were written: 5 right at their first run
    atLeast(all, "unseen-6", 5, 6, wrong);
    boolean shared = skipped.stream().noneMatch(s -> s.startsWith("laws-unseen"));
    if (shared) { // the 72 real laws judged before the round-5 rules ran on them: 70 right at the first run
      atLeast(all, "unseen-5", 70, 72, wrong);
    }
  }

  private static void atLeast(List<SubjectEvaluation.Judged> all, String part, int right, int documents,
      List<String> wrong) {
    SubjectEvaluation.Score s = score(all, part::equals);
    assertEquals(documents, s.documents(), part);
    assertTrue(s.right() >= right, part + " " + s.right() + "/" + documents + "; wrong: " + wrong);
  }

  private static SubjectEvaluation.Score score(List<SubjectEvaluation.Judged> all, Predicate<String> part) {
    return SubjectEvaluation.score(all.stream().filter(d -> part.test(d.part())).toList());
  }

  private static void floor(List<SubjectEvaluation.Judged> all, String name, Predicate<String> part, double floor,
      List<String> wrong) {
    SubjectEvaluation.Score s = score(all, part);
    assertTrue(s.documents() > 0 && s.accuracy() >= floor,
        name + " part " + s.right() + "/" + s.documents() + " (floor " + floor + "); wrong: " + wrong);
  }
}
