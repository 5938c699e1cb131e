package io.vankien.bench;

import io.vankien.search.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one scale benchmark run, each beside its baseline: printed as one Markdown table, with
 * the load average around every phase and free-text notes, and written as JSON.
 */
public final class ScaleReport {
  /**
   * One figure: vankien's value, the baseline's name and value (null when there is none), and a note
   * (the target, or what the baseline leaves out).
   */
  public record Figure(String phase, String measure, Double vankien, String baseline, Double baselineValue,
      String note) {
    /** vankien / baseline, or null. */
    public Double ratio() {
      return vankien == null || baselineValue == null || baselineValue == 0 ? null : vankien / baselineValue;
    }
  }

  /** A phase of the run: its wall time and the load average (1, 5, 15 min) before and after it. */
  public record Phase(String name, String loadBefore, String loadAfter, double seconds) {}

  private final Map<String, Object> facts = new LinkedHashMap<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<Phase> phases = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Object> details = new LinkedHashMap<>();

  public void fact(String name, Object value) {
    facts.put(name, value);
  }

  public void add(String phase, String measure, Double vankien, String baseline, Double baselineValue,
      String note) {
    figures.add(new Figure(phase, measure, vankien, baseline, baselineValue, note));
  }

  public void phase(Phase p) {
    phases.add(p);
  }

  public void note(String text) {
    notes.add(text);
  }

  /** Anything else worth keeping in the JSON (load results, error samples, the mix). */
  public void detail(String name, Object value) {
    details.put(name, value);
  }

  public List<Figure> figures() {
    return List.copyOf(figures);
  }

  public void printMarkdown(PrintStream out) {
    for (Map.Entry<String, Object> f : facts.entrySet()) {
      out.println("- " + f.getKey() + ": " + f.getValue());
    }
    out.println();
    out.println("| phase | measure | vankien | baseline | baseline value | vankien / baseline | note |");
    out.println("|---|---|---:|---|---:|---:|---|");
    for (Figure f : figures) {
      out.printf("| %s | %s | %s | %s | %s | %s | %s |%n", f.phase(), f.measure(), number(f.vankien()),
          f.baseline() == null ? "" : f.baseline(), number(f.baselineValue()),
          f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2fx", f.ratio()), f.note() == null ? "" : f.note());
    }
    out.println();
    out.println("Load average (1/5/15 min) around each phase; the machine is shared with other workers:");
    out.println();
    out.println("| phase | seconds | load before | load after |");
    out.println("|---|---:|---|---|");
    for (Phase p : phases) {
      out.printf(Locale.ROOT, "| %s | %.1f | %s | %s |%n", p.name(), p.seconds(), p.loadBefore(), p.loadAfter());
    }
    if (!notes.isEmpty()) {
      out.println();
      for (String n : notes) {
        out.println("- " + n);
      }
    }
  }

  public void writeJson(Path file) throws IOException {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("facts", facts);
    List<Map<String, Object>> fig = new ArrayList<>();
    for (Figure f : figures) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("phase", f.phase());
      m.put("measure", f.measure());
      m.put("vankien", f.vankien());
      m.put("baseline", f.baseline());
      m.put("baselineValue", f.baselineValue());
      m.put("ratio", f.ratio());
      m.put("note", f.note());
      fig.add(m);
    }
    all.put("figures", fig);
    all.put("phases", phases);
    all.put("notes", notes);
    all.put("details", details);
    Files.createDirectories(file.getParent());
    Files.writeString(file, Json.pretty(all));
  }

  /**
   * A figure as printed: whole numbers and anything from 100 on without decimals, one from 10, two below
   * (thousands separated).
   */
  static String number(Double v) {
    if (v == null) {
      return "";
    }
    double a = Math.abs(v);
    if (v == Math.rint(v) && a < 1e15) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    String fmt = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, fmt, v);
  }
}
