package io.vankien.meta.eval.convert;

import io.vankien.extract.TextExtractor;
import io.vankien.meta.eval.ExtractionEvaluation;
import io.vankien.meta.eval.JudgedSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extraction accuracy on a judged set as written and through the real converters: every judged document
 * is typed as a Word file in each {@link CellStyle}, converted to each {@link Form} ({@link ConverterRun}),
 * and each copy read as ingest reads it and scored against the same judged lines.
 */
public final class ConverterAccuracy {

  /** One column of the report: a form of the Word file typed in a cell style. */
  public record Column(Form form, CellStyle style) {
    /** "md-grid p", "pdf br". */
    public String id() {
      return form.id() + " " + style.id();
    }
  }

  /**
   * The scores of one set.
   *
   * @param set the judged set
   * @param asWritten the scores of the documents as written
   * @param copies the scores of each column's copies, in column order
   * @param timings the time spent making each form for this set (see {@link ConverterRun#timings})
   * @param conversion the wall-clock time of the conversions
   * @param failures what the converters failed on
   */
  public record SetReport(JudgedSet set, ExtractionEvaluation.Result asWritten,
      Map<Column, ExtractionEvaluation.Result> copies, Map<String, Duration> timings, Duration conversion,
      List<String> failures) {}

  private final Path work;
  private final int threads;
  private final List<CellStyle> styles;
  private final List<Form> forms;
  private final TextExtractor extractor = new TextExtractor();

  /**
   * @param work the folder the copies are made in (copies already there are reused)
   * @param threads how many converters and readers run at once
   */
  public ConverterAccuracy(Path work, int threads, List<CellStyle> styles, List<Form> forms) {
    this.work = work;
    this.threads = Math.max(1, threads);
    this.styles = List.copyOf(styles);
    this.forms = List.copyOf(forms);
  }

  /** The programs the chosen forms need that are not on the PATH ("pandoc", "soffice"), empty when none. */
  public List<String> missingTools() {
    List<String> missing = new ArrayList<>();
    if (forms.stream().anyMatch(f -> f.tool() == Form.Tool.PANDOC) && !ExternalProgram.onPath("pandoc")) {
      missing.add("pandoc");
    }
    if (forms.stream().anyMatch(f -> f.tool() == Form.Tool.SOFFICE) && !ExternalProgram.onPath("soffice")) {
      missing.add("soffice");
    }
    return missing;
  }

  /** Converts the set's judged documents and scores every copy. */
  public SetReport run(JudgedSet set) throws IOException {
    ConverterRun run = new ConverterRun(work, threads);
    long start = System.nanoTime();
    run.convert(set.documents(), set.judgedFiles(), styles, forms);
    Duration conversion = Duration.ofNanos(System.nanoTime() - start);
    ExtractionEvaluation.Result asWritten = new ExtractionEvaluation().evaluate(set.name(), set.documents(), set.expected());
    Map<Column, Future<ExtractionEvaluation.Result>> pending = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Form form : forms) {
        for (CellStyle style : styles) {
          Column column = new Column(form, style);
          ConvertedCopies copies = new ConvertedCopies(run.folder(set.documents(), style, form), form.extension(), extractor);
          pending.put(column, pool.submit(() -> new ExtractionEvaluation().evaluate(set.name() + " " + column.id(),
              copies, set.expected())));
        }
      }
      Map<Column, ExtractionEvaluation.Result> results = new LinkedHashMap<>();
      for (Map.Entry<Column, Future<ExtractionEvaluation.Result>> e : pending.entrySet()) {
        results.put(e.getKey(), e.getValue().get());
      }
      return new SetReport(set, asWritten, results, run.timings(), conversion, run.failures());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the copies of " + set.name(), e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
