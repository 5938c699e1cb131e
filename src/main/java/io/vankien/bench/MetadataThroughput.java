package io.vankien.bench;

import io.vankien.meta.MetadataExtractor;
import io.vankien.meta.TextCleaner;
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
 * the same run: 3 warm-up rounds, 5 timed, the median round of the thread's CPU time.
 */
public final class MetadataThroughput {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private MetadataThroughput() {}

  public static void run(Path folder, PrintStream out) throws IOException {
    if (!Files.isDirectory(folder)) {
      out.println("skipped: not a folder: " + folder.toAbsolutePath());
      return;
    }
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
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
    }
  }

  private static void row(PrintStream out, String name, long bytes, int docs, long nanos) {
    out.printf("| %s | %.1f | %.0f | %.2f |%n", name, bytes / 1e6 / (nanos / 1e9), nanos / 1e6, nanos / 1e6 / docs);
  }

  private static long median(List<String> texts, Consumer<String> step) {
    long[] rounds = new long[5];
    for (int r = -3; r < rounds.length; r++) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      texts.forEach(step);
      if (r >= 0) {
        rounds[r] = THREADS.getCurrentThreadCpuTime() - t0;
      }
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
