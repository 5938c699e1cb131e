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

  /**
   * The scores of one set.
   *
   * @param set the judged set
   * @param asWritten the scores of the documents as written
   * @param copies the scores of each column's copies, in column order
   * @param reading the wall-clock time of reading and scoring the copies
   */
  public record SetReport(JudgedSet set, ExtractionEvaluation.Result asWritten,
      Map<Column, ExtractionEvaluation.Result> copies, Duration reading) {}

  /**
   * What making the copies took.
   *
   * @param documents how many judged documents were typed as Word files (per cell style)
   * @param wall the wall-clock time
   * @param timings the time spent making each form, summed over files and styles (see {@link ConverterRun#timings})
   * @param failures what the converters failed on
   */
  public record Conversion(int documents, Duration wall, Map<String, Duration> timings, List<String> failures) {}

  private final Path work;
  private final int threads;
  private final List<Column> columns;
  private final TextExtractor extractor = new TextExtractor();

  /**
   * @param work the folder the copies are made in (copies already there are reused)
   * @param threads how many converters and readers run at once
   * @param columns the forms and cell styles to score, in table order
   */
  public ConverterAccuracy(Path work, int threads, List<Column> columns) {
    this.work = work;
    this.threads = Math.max(1, threads);
    this.columns = List.copyOf(columns);
  }

  /** The programs the chosen forms need that are not on the PATH ("pandoc", "soffice"), empty when none. */
  public List<String> missingTools() {
    List<String> missing = new ArrayList<>();
    if (columns.stream().anyMatch(c -> c.form().tool() == Form.Tool.PANDOC) && !ExternalProgram.onPath("pandoc")) {
      missing.add("pandoc");
    }
    if (columns.stream().anyMatch(c -> c.form().tool() == Form.Tool.SOFFICE) && !ExternalProgram.onPath("soffice")) {
      missing.add("soffice");
    }
    return missing;
  }

  /**
   * Makes the copies of the sets' judged documents, all sets at once (copies already made are kept).
   */
  public Conversion prepare(List<JudgedSet> sets) throws IOException {
    Map<Path, List<String>> groups = new LinkedHashMap<>();
    for (JudgedSet set : sets) {
      List<String> files = groups.computeIfAbsent(set.documents(), d -> new ArrayList<>());
      set.judgedFiles().stream().filter(f -> !files.contains(f)).forEach(files::add);
    }
    ConverterRun run = new ConverterRun(work, threads);
    long start = System.nanoTime();
    run.convert(groups, columns);
    return new Conversion(groups.values().stream().mapToInt(List::size).sum(), Duration.ofNanos(System.nanoTime() - start),
        run.timings(), run.failures());
  }

  /** Scores every copy of the set's judged documents, making those not made yet ({@link #prepare}). */
  public SetReport run(JudgedSet set) throws IOException {
    ConverterRun run = new ConverterRun(work, threads);
    run.convert(set.documents(), set.judgedFiles(), columns);
    long start = System.nanoTime();
    ExtractionEvaluation.Result asWritten = new ExtractionEvaluation().evaluate(set.name(), set.documents(), set.expected());
    Map<Column, Future<ExtractionEvaluation.Result>> pending = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Column column : columns) {
        ConvertedCopies copies = new ConvertedCopies(run.folder(set.documents(), column.style(), column.form()),
            column.form().extension(), extractor);
        pending.put(column, pool.submit(() -> new ExtractionEvaluation().evaluate(set.name() + " " + column.id(),
            copies, set.expected())));
      }
      Map<Column, ExtractionEvaluation.Result> results = new LinkedHashMap<>();
      for (Map.Entry<Column, Future<ExtractionEvaluation.Result>> e : pending.entrySet()) {
        results.put(e.getKey(), e.getValue().get());
      }
      return new SetReport(set, asWritten, results, Duration.ofNanos(System.nanoTime() - start));
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
