package io.vankien.meta.eval.convert;

import io.vankien.meta.eval.ExtractionEvaluation;
import io.vankien.meta.eval.ExtractionEvaluation.FieldScore;
import io.vankien.meta.eval.ExtractionEvaluation.Mismatch;
import io.vankien.meta.eval.convert.ConverterAccuracy.SetReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a {@link SetReport}: one row per form (the set as written first), one column per judged field,
 * each cell the number of documents whose field is right (the "judged" row gives how many have the field
 * judged), and the share of all fields right; as plain text or as a Markdown table.
 */
public final class AccuracyTable {
  private static final String AS_WRITTEN = "as written";
  private static final int LABEL_WIDTH = 20;

  private AccuracyTable() {}

  /** Prints the table; with {@code verbose} every mismatch and unread copy, else their counts. */
  public static void print(SetReport report, boolean verbose, boolean markdown, PrintStream out) {
    Map<String, ExtractionEvaluation.Result> rows = new LinkedHashMap<>();
    rows.put(AS_WRITTEN, report.asWritten());
    report.copies().forEach((c, r) -> rows.put(c.id(), r));
    List<String> fields = report.asWritten().fields().stream().map(FieldScore::field).toList();
    out.printf(Locale.ROOT, "%s: %d documents, %d forms; correct per field (the judged row: documents judged)%n",
        report.set().name(), report.asWritten().documents(), report.copies().size());
    List<String> header = new ArrayList<>(List.of("form"));
    header.addAll(fields);
    header.add("all %");
    List<List<String>> table = new ArrayList<>();
    List<String> judged = new ArrayList<>(List.of("judged"));
    fields.forEach(f -> judged.add(String.valueOf(report.asWritten().field(f).total())));
    judged.add("");
    table.add(judged);
    rows.forEach((label, r) -> table.add(row(label, fields, r)));
    if (markdown) {
      markdownTable(header, table, out);
    } else {
      textTable(header, table, out);
    }
    out.printf(Locale.ROOT, "  copies read and scored in %s%n", seconds(report.reading()));
    rows.forEach((label, r) -> details(label, r, verbose, out));
  }

  /** Prints what making the copies took, and every converter failure. */
  public static void print(ConverterAccuracy.Conversion c, PrintStream out) {
    out.printf(Locale.ROOT, "converted %d documents in %s (time per converter, summed over files and cell styles: %s)%n",
        c.documents(), seconds(c.wall()),
        String.join(", ", c.timings().entrySet().stream().map(e -> e.getKey() + " " + seconds(e.getValue())).toList()));
    c.failures().forEach(f -> out.printf("CONVERTER FAILED %s%n", f));
  }

  private static List<String> row(String label, List<String> fields, ExtractionEvaluation.Result r) {
    List<String> cells = new ArrayList<>(List.of(label));
    int correct = 0;
    int total = 0;
    for (String f : fields) {
      FieldScore s = r.field(f);
      cells.add(s == null ? "-" : String.valueOf(s.correct()));
      correct += s == null ? 0 : s.correct();
      total += s == null ? 0 : s.total();
    }
    cells.add(total == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * correct / total));
    return cells;
  }

  private static void details(String label, ExtractionEvaluation.Result r, boolean verbose, PrintStream out) {
    if (verbose) {
      for (Mismatch m : r.mismatches()) {
        out.printf("  MISMATCH %s %s %s: expected %s, got %s%n", label, m.file(), m.field(), m.expected(), m.got());
      }
      r.unread().forEach(u -> out.printf("  UNREAD %s %s%n", label, u));
    } else if (!r.mismatches().isEmpty() || !r.unread().isEmpty()) {
      out.printf("  %s: %d mismatches, %d unread copies (--verbose lists them)%n", label, r.mismatches().size(),
          r.unread().size());
    }
  }

  private static void textTable(List<String> header, List<List<String>> rows, PrintStream out) {
    int[] widths = new int[header.size()];
    widths[0] = LABEL_WIDTH;
    for (int i = 1; i < header.size(); i++) {
      widths[i] = header.get(i).length();
    }
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < header.size(); i++) {
      line.append(i == 0 ? pad(header.get(i), widths[i]) : " " + padLeft(header.get(i), widths[i]));
    }
    out.println(line.toString().stripTrailing());
    for (List<String> r : rows) {
      line = new StringBuilder("  ");
      for (int i = 0; i < r.size(); i++) {
        line.append(i == 0 ? pad(r.get(i), widths[i]) : " " + padLeft(r.get(i), widths[i]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static void markdownTable(List<String> header, List<List<String>> rows, PrintStream out) {
    out.println("| " + String.join(" | ", header) + " |");
    out.println("|" + "---|".repeat(header.size()));
    rows.forEach(r -> out.println("| " + String.join(" | ", r) + " |"));
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
