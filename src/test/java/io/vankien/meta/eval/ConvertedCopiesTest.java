package io.vankien.meta.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same document converted another way reads the same: every judged document (samples, the held-out
 * sets, and the seeds when ../shared is present) is rewritten as a PDF's text layer would give it (lines
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

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "samples, PDF_MARGIN", "samples, NO_BLANK_LINES", "samples, PDF_TEXT_LAYER", "samples, WINDOWS_LINE_ENDS",
    "heldout, PDF_MARGIN", "heldout, NO_BLANK_LINES", "heldout, PDF_TEXT_LAYER", "heldout, WINDOWS_LINE_ENDS",
    "heldout2, PDF_MARGIN", "heldout2, NO_BLANK_LINES", "heldout2, PDF_TEXT_LAYER", "heldout2, WINDOWS_LINE_ENDS",
    "heldout3, PDF_MARGIN", "heldout3, NO_BLANK_LINES", "heldout3, PDF_TEXT_LAYER", "heldout3, WINDOWS_LINE_ENDS",
    "heldout4, PDF_MARGIN", "heldout4, NO_BLANK_LINES", "heldout4, PDF_TEXT_LAYER", "heldout4, WINDOWS_LINE_ENDS",
    "seeds, PDF_MARGIN", "seeds, NO_BLANK_LINES", "seeds, PDF_TEXT_LAYER", "seeds, WINDOWS_LINE_ENDS",
  })
  void convertedCopiesReadAsTheOriginals(String set, Conversion conversion) throws IOException {
    Path docs = switch (set) {
      case "samples" -> Path.of("samples");
      case "heldout" -> Path.of("eval/heldout");
      case "heldout2" -> Path.of("eval/heldout-2");
      case "heldout3" -> Path.of("eval/heldout-3");
      case "heldout4" -> Path.of("eval/heldout-4");
      default -> Path.of("../shared/corpus/seeds");
    };
    Path expected = switch (set) {
      case "samples" -> Path.of("eval/samples-expected.jsonl");
      case "heldout" -> Path.of("eval/heldout-expected.jsonl");
      case "heldout2" -> Path.of("eval/heldout-2-expected.jsonl");
      case "heldout3" -> Path.of("eval/heldout-3-expected.jsonl");
      case "heldout4" -> Path.of("eval/heldout-4-expected.jsonl");
      default -> Path.of("../shared/corpus/seeds-expected.jsonl");
    };
    assumeTrue(Files.isDirectory(docs), docs + " is absent (../shared is not beside the project)");
    Path copies = tmp.resolve(set);
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
    assertEquals(List.of(), newMisses, conversion + " copies of " + set + " read differently");
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
