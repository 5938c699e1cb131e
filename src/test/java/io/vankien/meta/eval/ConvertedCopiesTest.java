package io.vankien.meta.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same document converted another way reads the same: every judged document (every set of
 * eval/sets.json; those in ../shared when it is present) is rewritten as a PDF's text layer would give it (lines
 * broken at the margin, no blank line between paragraphs), as Word text read by Tika (no blank lines),
 * and with Windows line ends; the extractor must get every field it gets from the original, no less.
 */
class ConvertedCopiesTest {
  @TempDir Path tmp;

  private static final int MARGIN = 85;

  enum Conversion {
    PDF_MARGIN(t -> wrap(t)),
    NO_BLANK_LINES(t -> noBlankLines(t)),
    PDF_TEXT_LAYER(t -> noBlankLines(wrap(t))),
    WINDOWS_LINE_ENDS(t -> t.replace("\n", "\r\n"));

    final UnaryOperator<String> rewrite;

    Conversion(UnaryOperator<String> rewrite) {
      this.rewrite = rewrite;
    }
  }

  /**
   * New misses known when heldout-5 joined this test (it was in none of the hand-written lists before the
   * manifest), each the exact file and field, for the lead's queue (issue 14): a title line broken at 85
   * columns inside "(khóa X)" ("... của Ban Bí thư (khóa" / "X) về Đề án ...") is cut at "(khóa". A known
   * miss that no longer occurs fails the test too, so the entry is removed when it is fixed.
   */
  private static final Map<String, List<String>> KNOWN_NEW_MISSES = Map.of(
      "heldout-5 PDF_MARGIN", List.of("16-bao-cao-dang-doan-hoi-nong-dan-dak-lak-ket-luan-61-ocr.txt title"),
      "heldout-5 PDF_TEXT_LAYER", List.of("16-bao-cao-dang-doan-hoi-nong-dan-dak-lak-ket-luan-61-ocr.txt title"));

  /** Every judged set of eval/sets.json with every conversion. */
  static Stream<Arguments> setsAndConversions() throws Exception {
    return JudgedSets.load().stream()
        .flatMap(set -> java.util.Arrays.stream(Conversion.values()).map(c -> Arguments.of(set, c)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("setsAndConversions")
  void convertedCopiesReadAsTheOriginals(JudgedSet judged, Conversion conversion) throws IOException {
    String set = judged.name();
    Path docs = judged.documents();
    Path expected = judged.expected();
    assumeTrue(judged.present(), set + " is absent: " + judged.absence());
    Path copies = tmp.resolve(set.replace(' ', '-'));
    Files.createDirectories(copies);
    try (Stream<Path> files = Files.list(docs)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Files.writeString(copies.resolve(f.getFileName().toString()), conversion.rewrite.apply(text), StandardCharsets.UTF_8);
      }
    }
    ExtractionEvaluation eval = new ExtractionEvaluation();
    ExtractionEvaluation.Result original = eval.evaluate(set, docs, expected);
    ExtractionEvaluation.Result converted = eval.evaluate(set, copies, expected);
    List<ExtractionEvaluation.Mismatch> newMisses = new ArrayList<>(converted.mismatches());
    newMisses.removeAll(original.mismatches());
    List<String> known = KNOWN_NEW_MISSES.getOrDefault(set + " " + conversion, List.of());
    assertEquals(known, newMisses.stream().map(m -> m.file() + " " + m.field()).toList(),
        conversion + " copies of " + set + " read differently (a known miss that no longer occurs: remove it"
        + " from KNOWN_NEW_MISSES): " + newMisses);
  }

  /** Breaks every line longer than the margin at a space, as a PDF's text layer does; tables are left whole. */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      // a PDF's text layer has no markdown hard break ("  " at the end): cutting at it would leave a blank line
      String rest = line.length() > MARGIN ? line.stripTrailing() : line;
      boolean table = rest.startsWith("|") || rest.startsWith("+");
      while (!table && rest.length() > MARGIN) {
        int cut = rest.lastIndexOf(' ', MARGIN);
        if (cut <= 0) {
          break;
        }
        out.append(rest, 0, cut).append('\n');
        rest = rest.substring(cut + 1);
      }
      out.append(rest);
    }
    return out.toString();
  }

  static String noBlankLines(String text) {
    return String.join("\n", text.lines().filter(l -> !l.isBlank()).toList());
  }
}
