package io.vankien.bench;

import io.vankien.meta.MetadataExtractor;
import io.vankien.extract.TextCleaner;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Single-thread cost of reading metadata off a text (cleaning, then {@link MetadataExtractor}) on the
 * laws, beside the cost of cleaning alone and of plain Lucene's StandardAnalyzer over the same texts in
 * the same run: 3 warm-up rounds and at least 10 s of them, 5 timed, the median round of the thread's CPU
 * time. The texts are the
 * {@code .txt} files under the folder (subfolders included). Given another build's classes (an older
 * commit's {@code target/classes} and {@code target/lib}), its cleaner and extractor are timed in the same
 * run on the same texts, loaded in a class loader of their own, first as rows of their own, then
 * interleaved pass by pass with this build's ({@code -Dvankien.bench.pairedRounds}, 31 by default).
 */
public final class MetadataThroughput {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long WARM_UP_NANOS = 10_000_000_000L;
  private static final int PAIRED_ROUNDS = Integer.getInteger("vankien.bench.pairedRounds", 31);

  private MetadataThroughput() {}

  public static void run(Path folder, PrintStream out) throws IOException {
    run(folder, out, null, null);
  }

  /** As {@link #run(Path, PrintStream)}, with rows for another build's cleaner and extractor when given. */
  public static void run(Path folder, PrintStream out, Path oldClasses, Path oldLib) throws IOException {
    if (!Files.isDirectory(folder)) {
      out.println("skipped: not a folder: " + folder.toAbsolutePath());
      return;
    }
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().toList()) {
        String t = Files.readString(p, StandardCharsets.UTF_8);
        texts.add(t);
        bytes += t.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    MetadataExtractor extractor = new MetadataExtractor();
    List<String> cleaned = texts.stream().map(TextCleaner::clean).toList();
    try (Analyzer standard = new StandardAnalyzer()) {
      out.printf("%d texts, %.1f MB%n%n", texts.size(), bytes / 1e6);
      out.println("| step | MB/s | ms per pass | ms per document |");
      out.println("|---|---:|---:|---:|");
      row(out, "StandardAnalyzer (baseline)", bytes, texts.size(), median(texts, t -> consume(standard, t)));
      row(out, "TextCleaner.clean", bytes, texts.size(), median(texts, TextCleaner::clean));
      row(out, "MetadataExtractor.extract (cleaned text)", bytes, texts.size(), median(cleaned, extractor::extract));
      if (oldClasses != null) {
        OldBuild old = new OldBuild(oldClasses, oldLib);
        List<String> oldCleaned = texts.stream().map(old::clean).toList();
        row(out, "TextCleaner.clean (other build)", bytes, texts.size(), median(texts, old::clean));
        row(out, "MetadataExtractor.extract (other build)", bytes, texts.size(), median(oldCleaned, old::extract));
        out.println();
        interleaved(out, "TextCleaner.clean", texts, TextCleaner::clean, texts, old::clean);
        interleaved(out, "MetadataExtractor.extract (cleaned text)", cleaned, extractor::extract, oldCleaned,
            old::extract);
      }
    }
  }

  /**
   * This build and the other one timed pass by pass in turns (new then old, old then new in the next
   * round, so neither always runs second), {@link #PAIRED_ROUNDS} rounds after both are warm: the thread's
   * CPU time per pass, its median and range per build, and the median of the per-round ratios new/old (a
   * round's two passes ran close together, so a burst of load on the machine touches both).
   */
  private static void interleaved(PrintStream out, String step, List<String> newTexts, Consumer<String> newStep,
      List<String> oldTexts, Consumer<String> oldStep) {
    long warmUntil = System.nanoTime() + WARM_UP_NANOS;
    for (int w = 0; w < 3 || System.nanoTime() < warmUntil; w++) {
      newTexts.forEach(newStep);
      oldTexts.forEach(oldStep);
    }
    long[] fresh = new long[PAIRED_ROUNDS];
    long[] former = new long[PAIRED_ROUNDS];
    double[] ratio = new double[PAIRED_ROUNDS];
    for (int r = 0; r < PAIRED_ROUNDS; r++) {
      if (r % 2 == 0) {
        fresh[r] = cpuOfPass(newTexts, newStep);
        former[r] = cpuOfPass(oldTexts, oldStep);
      } else {
        former[r] = cpuOfPass(oldTexts, oldStep);
        fresh[r] = cpuOfPass(newTexts, newStep);
      }
      ratio[r] = (double) fresh[r] / former[r];
    }
    Arrays.sort(fresh);
    Arrays.sort(former);
    Arrays.sort(ratio);
    out.printf("%s, %d interleaved rounds, CPU ms per pass: this build median %.0f (min %.0f, quartiles %.0f-%.0f,"
            + " max %.0f); other build median %.0f (min %.0f, quartiles %.0f-%.0f, max %.0f); new/old per round:"
            + " median %.3f (quartiles %.3f-%.3f, min %.3f, max %.3f)%n",
        step, PAIRED_ROUNDS, ms(fresh[PAIRED_ROUNDS / 2]), ms(fresh[0]), ms(fresh[PAIRED_ROUNDS / 4]),
        ms(fresh[3 * PAIRED_ROUNDS / 4]), ms(fresh[PAIRED_ROUNDS - 1]), ms(former[PAIRED_ROUNDS / 2]),
        ms(former[0]), ms(former[PAIRED_ROUNDS / 4]), ms(former[3 * PAIRED_ROUNDS / 4]),
        ms(former[PAIRED_ROUNDS - 1]), ratio[PAIRED_ROUNDS / 2], ratio[PAIRED_ROUNDS / 4],
        ratio[3 * PAIRED_ROUNDS / 4], ratio[0], ratio[PAIRED_ROUNDS - 1]);
  }

  private static long cpuOfPass(List<String> texts, Consumer<String> step) {
    long t0 = THREADS.getCurrentThreadCpuTime();
    texts.forEach(step);
    return THREADS.getCurrentThreadCpuTime() - t0;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** Another build's cleaner and extractor, called by reflection. */
  private static final class OldBuild {
    private final java.lang.reflect.Method clean;
    private final Object extractor;
    private final java.lang.reflect.Method extract;

    OldBuild(Path classes, Path lib) throws IOException {
      try {
        List<java.net.URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        if (lib != null && Files.isDirectory(lib)) {
          try (Stream<Path> jars = Files.list(lib)) {
            for (Path j : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
              urls.add(j.toUri().toURL());
            }
          }
        }
        ClassLoader loader = new java.net.URLClassLoader(urls.toArray(java.net.URL[]::new),
            ClassLoader.getPlatformClassLoader());
        clean = MetadataDiff.cleanerOf(loader).getMethod("clean", String.class);
        Class<?> ex = loader.loadClass("io.vankien.meta.MetadataExtractor");
        extractor = ex.getConstructor().newInstance();
        extract = ex.getMethod("extract", String.class);
      } catch (ReflectiveOperationException e) {
        throw new IOException("cannot load the other build from " + classes, e);
      }
    }

    String clean(String text) {
      try {
        return (String) clean.invoke(null, text);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    void extract(String text) {
      try {
        extract.invoke(extractor, text);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** {@code MetadataThroughput FOLDER [OLD_CLASSES OLD_LIB]}. */
  public static void main(String[] args) throws IOException {
    run(Path.of(args[0]), System.out, args.length > 2 ? Path.of(args[1]) : null, args.length > 2 ? Path.of(args[2]) : null);
  }

  private static void row(PrintStream out, String name, long bytes, int docs, long nanos) {
    out.printf("| %s | %.1f | %.0f | %.2f |%n", name, bytes / 1e6 / (nanos / 1e9), nanos / 1e6, nanos / 1e6 / docs);
  }

  private static long median(List<String> texts, Consumer<String> step) {
    long[] rounds = new long[5];
    // warm up for 3 rounds and at least WARM_UP_NANOS: on a loaded machine the JIT needs longer
    long warmUntil = System.nanoTime() + WARM_UP_NANOS;
    for (int w = 0; w < 3 || System.nanoTime() < warmUntil; w++) {
      texts.forEach(step);
    }
    for (int r = 0; r < rounds.length; r++) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      texts.forEach(step);
      rounds[r] = THREADS.getCurrentThreadCpuTime() - t0;
    }
    Arrays.sort(rounds);
    return rounds[rounds.length / 2];
  }

  private static void consume(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        // the tokens are what indexing would consume
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
