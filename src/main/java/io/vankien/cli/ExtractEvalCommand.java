package io.vankien.cli;

import io.vankien.meta.eval.ExtractionEvaluation;
import io.vankien.meta.eval.JudgedSet;
import io.vankien.meta.eval.JudgedSets;
import io.vankien.meta.eval.convert.AccuracyTable;
import io.vankien.meta.eval.convert.CellStyle;
import io.vankien.meta.eval.convert.Column;
import io.vankien.meta.eval.convert.ConverterAccuracy;
import io.vankien.meta.eval.convert.Form;
import io.vankien.meta.eval.convert.Forms;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vankien extract-eval}: per-field accuracy of metadata extraction on the judged document sets of
 * {@code eval/sets.json}, as written and, with {@code --via}, through the real converters.
 */
@Command(
    name = "extract-eval",
    mixinStandardHelpOptions = true,
    description = {"Compare metadata extraction with judged metadata and print per-field accuracy, on the judged"
        + " sets of eval/sets.json as written and, with --via, as Word files converted by pandoc and LibreOffice."})
public class ExtractEvalCommand implements Callable<Integer> {

  @Option(names = "--sets", description = "the manifest of judged sets (default: ${DEFAULT-VALUE})")
  Path sets = JudgedSets.MANIFEST;

  @Option(names = "--only", split = ",", paramLabel = "NAME",
      description = "evaluate only these sets of the manifest (e.g. heldout-5,seeds)")
  List<String> only = List.of();

  @Option(names = {"--heldout", "--folder"}, split = ",", paramLabel = "FOLDER",
      description = "evaluate these folders instead of the manifest's sets, each judged in FOLDER-expected.jsonl"
          + " beside it (a new held-out set before it is in the manifest)")
  List<Path> folders = List.of();

  @Option(names = "--via", split = ",", paramLabel = "FORM",
      description = "also score copies made by the real converters: all, md-all, or forms among docx, md,"
          + " md-nowrap, md-grid, md-grid-nowrap, md-multiline, md-multiline-nowrap, md-simple, md-simple-nowrap,"
          + " md-pipe, md-pipe-nowrap, html, pdf, doc, odt (needs pandoc and LibreOffice's soffice on the PATH)")
  List<String> via = List.of();

  @Option(names = "--cells", split = ",", paramLabel = "STYLE",
      description = "with --via, how the Word files type several lines in a table cell or title: p (a paragraph"
          + " each), br (soft line breaks in one paragraph); default: ${DEFAULT-VALUE}")
  List<String> cells = List.of("p", "br");

  @Option(names = "--keep", paramLabel = "FOLDER",
      description = "with --via, make the copies in this folder and keep them (default: a temporary folder, deleted)")
  Path keep;

  @Option(names = "--threads", description = "with --via, converters run at once (default: the processors, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--markdown", description = "with --via, print Markdown tables")
  boolean markdown;

  @Option(names = {"-v", "--verbose"}, description = "list every mismatch (file, field, expected, got)")
  boolean verbose;

  @Option(names = "--subjects", paramLabel = "MANIFEST", arity = "0..1", fallbackValue = "eval/subjects/sets.json",
      description = "instead, score the subjects (lĩnh vực) on the judged subject sets of this manifest (default:"
          + " eval/subjects/sets.json): per document, the predicted set equals the judged one; per subject,"
          + " precision and recall; the tune and held-out parts apart")
  Path subjects;

  PrintStream out = System.out;

  @Override
  public Integer call() throws Exception {
    if (subjects != null) {
      return SubjectReport.print(subjects, verbose, out);
    }
    List<JudgedSet> chosen;
    List<Form> forms;
    try {
      chosen = chosenSets();
      forms = Forms.parse(via);
      cells.forEach(CellStyle::of);
    } catch (IllegalArgumentException e) {
      System.err.println("extract-eval: " + e.getMessage());
      return 2;
    }
    ConverterAccuracy converters = null;
    Path work = null;
    if (!forms.isEmpty()) {
      work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("vankien-extract-eval");
      converters = new ConverterAccuracy(work, threads, Column.all(forms, cells.stream().map(CellStyle::of).toList()));
      if (!converters.missingTools().isEmpty()) {
        System.err.println("extract-eval: --via needs " + String.join(" and ", converters.missingTools())
            + " on the PATH (Debian packages pandoc, libreoffice-writer-nogui)");
        return 1;
      }
    }
    int ran = 0;
    try {
      if (converters != null) {
        AccuracyTable.print(converters.prepare(chosen.stream().filter(JudgedSet::present).toList()), out);
      }
      for (JudgedSet set : chosen) {
        if (!set.present()) {
          out.printf("%s: skipped (%s)%n", set.name(), set.absence());
          continue;
        }
        if (converters == null) {
          ExtractionEvaluation.print(new ExtractionEvaluation().evaluate(set.name(), set.documents(), set.expected()),
              verbose, out);
        } else {
          AccuracyTable.print(converters.run(set), verbose, markdown, out);
        }
        ran++;
      }
    } finally {
      if (work != null && keep == null) {
        deleteTree(work);
      }
    }
    if (ran == 0) {
      System.err.println("extract-eval: no document set found (see --help for the folders)");
      return 1;
    }
    return 0;
  }

  private List<JudgedSet> chosenSets() throws IOException {
    if (!folders.isEmpty()) {
      List<JudgedSet> sets = new ArrayList<>();
      for (Path f : folders) {
        sets.add(new JudgedSet(f.getFileName().toString(), f, f.resolveSibling(f.getFileName() + "-expected.jsonl"),
            false, 0, Map.of()));
      }
      return sets;
    }
    List<JudgedSet> all = JudgedSets.load(sets);
    if (only.isEmpty()) {
      return all;
    }
    for (String name : only) {
      if (all.stream().noneMatch(s -> s.name().equals(name))) {
        throw new IllegalArgumentException("--only " + name + ": no such set in " + sets + " (sets: "
            + String.join(", ", all.stream().map(JudgedSet::name).toList()) + ")");
      }
    }
    return all.stream().filter(s -> only.contains(s.name())).toList();
  }

  private static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
