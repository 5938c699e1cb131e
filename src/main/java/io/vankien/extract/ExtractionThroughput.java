package io.vankien.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Measures extraction throughput on a folder of files: per detected media type and method, files/s and
 * MB/s (input bytes) and million extracted chars/s, single-threaded unless a thread count is given.
 *
 * <pre>java -cp ... io.vankien.extract.ExtractionThroughput FOLDER [THREADS]</pre>
 */
public final class ExtractionThroughput {
  private ExtractionThroughput() {}

  /** One file's outcome. */
  private record Outcome(String kind, long bytes, long chars, long nanos, String error) {}

  /** Totals for one kind of file. */
  private static final class Totals {
    int files;
    int failed;
    long bytes;
    long chars;
    long nanos;
    String firstError;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ExtractionThroughput FOLDER [THREADS]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    TextExtractor extractor = new TextExtractor();
    // warm up the JVM and Tika on the first file of each extension, not counted
    Map<String, Path> firstOfEach = new TreeMap<>();
    for (Path f : files) {
      firstOfEach.putIfAbsent(extension(f), f);
    }
    for (Path f : firstOfEach.values()) {
      try {
        extractor.extract(f);
      } catch (ExtractionException ignored) {
        // counted in the real run
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<Outcome>> futures = new ArrayList<>();
    for (Path f : files) {
      futures.add(pool.submit(() -> measure(extractor, f)));
    }
    Map<String, Totals> byKind = new TreeMap<>();
    for (Future<Outcome> future : futures) {
      Outcome o = future.get();
      Totals t = byKind.computeIfAbsent(o.kind(), k -> new Totals());
      t.files++;
      t.bytes += o.bytes();
      t.chars += o.chars();
      t.nanos += o.nanos();
      if (o.error() != null) {
        t.failed++;
        if (t.firstError == null) {
          t.firstError = o.error();
        }
      }
    }
    long wall = System.nanoTime() - start;
    pool.shutdown();
    System.out.printf(Locale.ROOT, "%d files, %d thread(s), %.1f s wall%n", files.size(), threads, wall / 1e9);
    System.out.printf(Locale.ROOT, "%-60s %6s %6s %9s %9s %9s %9s %9s%n",
        "kind (media type / method)", "files", "failed", "MB", "time s", "files/s", "MB/s", "Mchar/s");
    for (Map.Entry<String, Totals> e : byKind.entrySet()) {
      Totals t = e.getValue();
      double seconds = t.nanos / 1e9;
      double mb = t.bytes / 1e6;
      System.out.printf(Locale.ROOT, "%-60s %6d %6d %9.2f %9.2f %9.2f %9.2f %9.2f%n", shorten(e.getKey()), t.files,
          t.failed, mb, seconds, t.files / seconds, mb / seconds, t.chars / 1e6 / seconds);
      if (t.firstError != null) {
        System.out.println("    first failure: " + t.firstError);
      }
    }
    System.out.println("(files/s and MB/s per kind: per-file extraction time summed, i.e. one thread's rate)");
    System.exit(0);
  }

  private static Outcome measure(TextExtractor extractor, Path file) throws IOException {
    long bytes = Files.size(file);
    long t0 = System.nanoTime();
    try {
      ExtractedText text = extractor.extract(file);
      return new Outcome(text.mediaType() + " / " + text.method(), bytes, text.text().length(),
          System.nanoTime() - t0, null);
    } catch (ExtractionException e) {
      return new Outcome("." + extension(file) + " / failed", bytes, 0, System.nanoTime() - t0, e.getMessage());
    }
  }

  private static String shorten(String kind) {
    return kind.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
