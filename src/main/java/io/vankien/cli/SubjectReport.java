package io.vankien.cli;

import io.vankien.meta.eval.SubjectEvaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code vankien extract-eval --subjects}: the subject accuracy table ({@link SubjectEvaluation}). */
final class SubjectReport {
  private SubjectReport() {}

  static int print(Path manifest, boolean verbose, PrintStream out) throws IOException {
    if (!Files.isRegularFile(manifest)) {
      System.err.println("extract-eval: --subjects: no manifest " + manifest);
      return 2;
    }
    List<String> skipped = new ArrayList<>();
    List<SubjectEvaluation.Judged> all = SubjectEvaluation.run(manifest, skipped);
    skipped.forEach(s -> out.println("skipped: " + s));
    List<SubjectEvaluation.Judged> held = all.stream().filter(d -> !d.part().startsWith("tune")).toList();
    out.println("Subjects: a document is right when its predicted set of subjects equals its judged set.");
    out.printf("%-10s %9s %7s %9s%n", "part", "documents", "right", "accuracy");
    for (String part : all.stream().map(SubjectEvaluation.Judged::part).distinct().toList()) {
      line(out, part, SubjectEvaluation.score(all.stream().filter(d -> d.part().equals(part)).toList()));
    }
    line(out, "not tune", SubjectEvaluation.score(held));
    line(out, "all", SubjectEvaluation.score(all));
    out.println();
    out.printf("%-36s %4s %4s %4s %10s %8s   (all documents; not tune: precision, recall)%n", "subject", "tp",
        "fp", "fn", "precision", "recall");
    SubjectEvaluation.Score a = SubjectEvaluation.score(all);
    SubjectEvaluation.Score h = SubjectEvaluation.score(held);
    for (int i = 0; i < a.subjects().size(); i++) {
      SubjectEvaluation.SubjectScore s = a.subjects().get(i);
      SubjectEvaluation.SubjectScore hs = h.subjects().get(i);
      out.printf("%-36s %4d %4d %4d %10s %8s   %s, %s%n", s.subject(), s.tp(), s.fp(), s.fn(), pct(s.precision()),
          pct(s.recall()), pct(hs.precision()), pct(hs.recall()));
    }
    for (SubjectEvaluation.Judged d : all) {
      if (verbose && !d.right()) {
        out.printf("%n%s %s (%s): judged %s, got %s%n", d.set(), d.file(), d.part(), d.expected(), d.got());
        d.reasons().forEach(r -> out.println("    " + r));
      }
    }
    return all.isEmpty() ? 1 : 0;
  }

  private static void line(PrintStream out, String part, SubjectEvaluation.Score s) {
    out.printf("%-10s %9d %7d %9s%n", part, s.documents(), s.right(), pct(s.accuracy()));
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
