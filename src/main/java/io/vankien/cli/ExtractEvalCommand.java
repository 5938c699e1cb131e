package io.vankien.cli;

import io.vankien.meta.eval.ExtractionEvaluation;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vankien extract-eval}: per-field accuracy of metadata extraction on judged document sets. */
@Command(
    name = "extract-eval",
    mixinStandardHelpOptions = true,
    description = "Compare metadata extraction with judged metadata and print per-field accuracy.")
public class ExtractEvalCommand implements Callable<Integer> {

  @Option(names = "--seeds", description = "seed documents (default: ${DEFAULT-VALUE})")
  Path seeds = Path.of("../shared/corpus/seeds");

  @Option(names = "--seeds-expected", description = "judged seed metadata (default: ${DEFAULT-VALUE})")
  Path seedsExpected = Path.of("../shared/corpus/seeds-expected.jsonl");

  @Option(names = "--laws", description = "law documents (default: ${DEFAULT-VALUE})")
  Path laws = Path.of("../shared/corpus/laws");

  @Option(names = "--laws-expected", description = "judged law metadata (default: ${DEFAULT-VALUE})")
  Path lawsExpected = Path.of("eval/laws-expected.jsonl");

  @Option(names = "--samples", description = "sample documents (default: ${DEFAULT-VALUE})")
  Path samples = Path.of("samples");

  @Option(names = "--samples-expected", description = "judged sample metadata (default: ${DEFAULT-VALUE})")
  Path samplesExpected = Path.of("eval/samples-expected.jsonl");

  @Option(names = "--samples-recipients",
      description = "judged \"Nơi nhận\" lists of some samples (default: ${DEFAULT-VALUE})")
  Path samplesRecipients = Path.of("eval/samples-recipients.jsonl");

  @Option(names = "--heldout", split = ",", description = "held-out document folders, each written and judged by"
      + " someone who never saw the extractor's code or output, its judged metadata in FOLDER-expected.jsonl beside"
      + " it (default: ${DEFAULT-VALUE})")
  List<Path> heldout = List.of(Path.of("eval/heldout"), Path.of("eval/heldout-2"), Path.of("eval/heldout-3"),
      Path.of("eval/heldout-4"));

  @Option(names = {"-v", "--verbose"}, description = "list every mismatch (file, field, expected, got)")
  boolean verbose;

  PrintStream out = System.out;

  @Override
  public Integer call() throws Exception {
    ExtractionEvaluation eval = new ExtractionEvaluation();
    int ran = 0;
    ran += run(eval, "seeds", seeds, seedsExpected);
    ran += run(eval, "laws", laws, lawsExpected);
    ran += run(eval, "samples", samples, samplesExpected);
    ran += run(eval, "sample recipients", samples, samplesRecipients);
    for (Path set : heldout) {
      ran += run(eval, set.getFileName().toString(), set, set.resolveSibling(set.getFileName() + "-expected.jsonl"));
    }
    if (ran == 0) {
      System.err.println("extract-eval: no document set found (see --help for the folders)");
      return 1;
    }
    return 0;
  }

  private int run(ExtractionEvaluation eval, String name, Path dir, Path expected) throws Exception {
    if (!Files.isDirectory(dir) || !Files.isRegularFile(expected)) {
      out.printf("%s: skipped (%s)%n", name,
          !Files.isDirectory(dir) ? "no folder " + dir : "no expected file " + expected);
      return 0;
    }
    ExtractionEvaluation.print(eval.evaluate(name, dir, expected), verbose, out);
    return 1;
  }
}
