package io.vankien.meta.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Accuracy on the real judged data in ../shared (skipped when that folder is absent). */
class CorpusAccuracyTest {
  private static final Path SHARED = Path.of("../shared/corpus");

  /**
   * Symbols that a seed's text cites but its judged "cites" list leaves out. Each is checked to stand in
   * the seed's text, so the exception cannot hide a wrong extraction: 000 cites "Nghị quyết số
   * 35/2023/UBTVQH15, ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội".
   */
  private static final Map<String, Set<String>> CITED_BUT_NOT_JUDGED =
      Map.of("000_58ca13b3f0f93ffb.txt", Set.of("35/2023/UBTVQH15"));

  @Test
  void seedsAreFullyCorrect() throws Exception {
    Path seeds = SHARED.resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "../shared/corpus/seeds is absent");
    ExtractionEvaluation.Result r =
        new ExtractionEvaluation().evaluate("seeds", seeds, SHARED.resolve("seeds-expected.jsonl"));
    assertEquals(5, r.documents());
    for (ExtractionEvaluation.Mismatch m : r.mismatches()) {
      Set<String> extra = CITED_BUT_NOT_JUDGED.get(m.file());
      assertTrue(m.field().equals("cites") && extra != null, "mismatch: " + m);
      Set<String> got = Set.copyOf((List<?>) m.got()).stream().map(Object::toString)
          .collect(java.util.stream.Collectors.toSet());
      Set<String> want = Set.copyOf((List<?>) m.expected()).stream().map(Object::toString)
          .collect(java.util.stream.Collectors.toSet());
      Set<String> union = new java.util.HashSet<>(want);
      union.addAll(extra);
      assertEquals(union, got, "cites of " + m.file());
      String text = Files.readString(seeds.resolve(m.file()));
      for (String s : extra) {
        assertTrue(text.contains(s), s + " must stand in " + m.file());
      }
    }
    for (ExtractionEvaluation.FieldScore s : r.fields()) {
      if (!s.field().equals("cites")) {
        assertEquals(s.total(), s.correct(), "seeds " + s.field());
      }
    }
  }

  @Test
  void lawsReachNinetyEightPercent() throws Exception {
    Path laws = SHARED.resolve("laws");
    assumeTrue(Files.isDirectory(laws), "../shared/corpus/laws is absent");
    ExtractionEvaluation.Result r =
        new ExtractionEvaluation().evaluate("laws", laws, Path.of("eval/laws-expected.jsonl"));
    assertEquals(110, r.documents());
    for (String f : List.of("number", "date", "type", "issuer", "signer")) {
      ExtractionEvaluation.FieldScore s = r.field(f);
      assertEquals(110, s.total(), f);
      assertTrue(s.percent() >= 98.0, f + ": " + s.correct() + "/" + s.total() + " " + r.mismatches());
    }
  }
  /**
   * Floors for the 28 samples (eval/samples-expected.jsonl): the per-field accuracy measured with
   * {@code ./vankien extract-eval} when the sample rules were written (every field 28/28), so that a
   * regression fails. Lower a floor only with the reason in the commit message.
   */
  private static final Map<String, Double> SAMPLE_FLOORS = Map.ofEntries(
      Map.entry("type", 100.0), Map.entry("number", 100.0), Map.entry("date", 100.0),
      Map.entry("dateSource", 100.0), Map.entry("province", 100.0), Map.entry("provinceCurrent", 100.0),
      Map.entry("level", 100.0), Map.entry("issuer", 100.0), Map.entry("signer", 100.0),
      Map.entry("signerRole", 100.0), Map.entry("signingAuthority", 100.0), Map.entry("term", 100.0),
      Map.entry("title", 100.0), Map.entry("cites", 100.0), Map.entry("provincesMentioned", 100.0));

  @Test
  void samplesKeepTheirMeasuredAccuracy() throws Exception {
    assertFloors("samples", Path.of("samples"), Path.of("eval/samples-expected.jsonl"), 28, SAMPLE_FLOORS);
  }

  /**
   * Floors for the held-out set (eval/heldout, 14 documents judged by someone who never saw the
   * extractor): measured with {@code ./vankien extract-eval} after the layout rules it called for
   * (recitals end the title, a letter's "V/v" subject, Party groups and bloc committees in the header, a
   * committee's term in parentheses): every field 14/14. Before those rules: issuer 11/14, title 11/14,
   * term 13/14. Lower a floor only with the reason in the commit message.
   */
  private static final Map<String, Double> HELD_OUT_FLOORS = Map.ofEntries(
      Map.entry("type", 100.0), Map.entry("number", 100.0), Map.entry("date", 100.0),
      Map.entry("dateSource", 100.0), Map.entry("province", 100.0), Map.entry("provinceCurrent", 100.0),
      Map.entry("provincesMentioned", 100.0), Map.entry("level", 100.0), Map.entry("issuer", 100.0),
      Map.entry("signer", 100.0), Map.entry("signerRole", 100.0), Map.entry("signingAuthority", 100.0),
      Map.entry("term", 100.0), Map.entry("title", 100.0), Map.entry("cites", 100.0),
      Map.entry("recipients", 100.0));

  @Test
  void heldOutSetKeepsItsMeasuredAccuracy() throws Exception {
    assertFloors("held-out", Path.of("eval/heldout"), Path.of("eval/heldout-expected.jsonl"), 14, HELD_OUT_FLOORS);
  }

  /**
   * Floors for the second held-out set (eval/heldout-2, 20 documents written and judged after the first
   * round of fixes by team members who saw neither the extractor nor its output), measured with
   * {@code ./vankien extract-eval} after the rules it called for: every field 20/20. Its first run, before
   * those rules, is in EVALUATION.md. Lower a floor only with the reason in the commit message.
   */
  private static final Map<String, Double> SECOND_HELD_OUT_FLOORS = HELD_OUT_FLOORS;

  @Test
  void secondHeldOutSetKeepsItsMeasuredAccuracy() throws Exception {
    assertFloors("held-out, second set", Path.of("eval/heldout-2"), Path.of("eval/heldout-2-expected.jsonl"), 20,
        SECOND_HELD_OUT_FLOORS);
  }

  /**
   * Floors for the third held-out set (eval/heldout-3, 20 documents written and judged blind after the
   * second round of fixes), measured with {@code ./vankien extract-eval} after the rules it called for:
   * every field 20/20 (first run in EVALUATION.md).
   */
  private static final Map<String, Double> THIRD_HELD_OUT_FLOORS = HELD_OUT_FLOORS;

  @Test
  void thirdHeldOutSetKeepsItsMeasuredAccuracy() throws Exception {
    assertFloors("heldout-3", Path.of("eval/heldout-3"), Path.of("eval/heldout-3-expected.jsonl"), 20,
        THIRD_HELD_OUT_FLOORS);
  }

  /** Floors for the fourth held-out set (eval/heldout-4), after the rules it called for: every field 20/20. */
  private static final Map<String, Double> FOURTH_HELD_OUT_FLOORS = HELD_OUT_FLOORS;

  @Test
  void fourthHeldOutSetKeepsItsMeasuredAccuracy() throws Exception {
    assertFloors("heldout-4", Path.of("eval/heldout-4"), Path.of("eval/heldout-4-expected.jsonl"), 20,
        FOURTH_HELD_OUT_FLOORS);
  }

  private static void assertFloors(String name, Path docs, Path expected, int documents, Map<String, Double> floors)
      throws Exception {
    assumeTrue(Files.isDirectory(docs) && Files.isRegularFile(expected), docs + " is absent");
    ExtractionEvaluation.Result r = new ExtractionEvaluation().evaluate(name, docs, expected);
    assertEquals(documents, r.documents());
    assertEquals(floors.keySet(), r.fields().stream().map(ExtractionEvaluation.FieldScore::field)
        .collect(java.util.stream.Collectors.toSet()), "every judged field has a floor");
    for (ExtractionEvaluation.FieldScore s : r.fields()) {
      assertEquals(documents, s.total(), s.field());
      assertTrue(s.percent() >= floors.get(s.field()), name + " " + s.field() + ": " + s.correct() + "/"
          + s.total() + " below the floor " + floors.get(s.field()) + "% " + r.mismatches());
    }
  }

  @Test
  void sampleRecipientsAreRead() throws Exception {
    Path samples = Path.of("samples");
    assumeTrue(Files.isDirectory(samples), "samples/ is absent");
    ExtractionEvaluation.Result r = new ExtractionEvaluation()
        .evaluate("sample recipients", samples, Path.of("eval/samples-recipients.jsonl"));
    ExtractionEvaluation.FieldScore s = r.field("recipients");
    assertEquals(11, s.total());
    assertEquals(s.total(), s.correct(), "recipients: " + r.mismatches()); // measured 11/11
  }
}
