package io.vankien.bench;

import io.vankien.analysis.VietnameseAnalyzer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Single-thread analysis throughput on a folder of UTF-8 .txt files (default ../shared/corpus/laws):
 * StandardAnalyzer, ICU tokenizer + ICUFoldingFilter, and the Vietnamese index and query chains, on the same
 * texts in the same JVM. Warm-up rounds, then timed rounds interleaved across analyzers; time is the
 * thread's CPU time (the machine is shared, wall time would measure the neighbours); prints the median
 * MB/s (UTF-8 bytes of input per CPU second) and tokens/s, and the cost relative to StandardAnalyzer.
 *
 * <p>Usage: {@code AnalysisThroughput [folder] [warmupRounds] [timedRounds]}.
 */
public final class AnalysisThroughput {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private AnalysisThroughput() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/corpus/laws");
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    if (!Files.isDirectory(folder)) {
      System.err.println("AnalysisThroughput: not a folder: " + folder.toAbsolutePath());
      System.exit(2);
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
    if (texts.isEmpty()) {
      System.err.println("AnalysisThroughput: no .txt files in " + folder.toAbsolutePath());
      System.exit(2);
    }
    Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    analyzers.put("StandardAnalyzer", new StandardAnalyzer());
    analyzers.put("ICU tokenizer + ICUFoldingFilter", icuFolding());
    analyzers.put("VietnameseAnalyzer.forIndex()", VietnameseAnalyzer.forIndex());
    analyzers.put("VietnameseAnalyzer.forQuery(true)", VietnameseAnalyzer.forQuery(true));
    analyzers.put("VietnameseAnalyzer.forQuery(false)", VietnameseAnalyzer.forQuery(false));

    System.out.printf(
        Locale.ROOT,
        "%d files, %.1f MB UTF-8, JDK %s, %d warm-up + %d timed rounds, one thread, thread CPU time%n",
        texts.size(),
        bytes / 1e6,
        Runtime.version(),
        warmup,
        rounds);
    Map<String, long[]> nanos = new LinkedHashMap<>();
    Map<String, Long> tokens = new LinkedHashMap<>();
    for (String name : analyzers.keySet()) {
      nanos.put(name, new long[rounds]);
    }
    for (int r = 0; r < warmup + rounds; r++) {
      for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        long n = analyzeAll(e.getValue(), texts);
        long dt = THREADS.getCurrentThreadCpuTime() - t0;
        tokens.put(e.getKey(), n);
        if (r >= warmup) {
          nanos.get(e.getKey())[r - warmup] = dt;
        }
      }
    }
    double standard = Medians.of(nanos.get("StandardAnalyzer"));
    System.out.printf(Locale.ROOT, "%-36s %10s %14s %12s %10s%n", "analyzer", "MB/s", "tokens/s", "tokens", "cost/Std");
    for (String name : analyzers.keySet()) {
      double sec = Medians.of(nanos.get(name)) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%-36s %10.1f %14.0f %12d %10.2f%n",
          name,
          bytes / 1e6 / sec,
          tokens.get(name) / sec,
          tokens.get(name),
          Medians.of(nanos.get(name)) / standard);
    }
    for (Analyzer a : analyzers.values()) {
      a.close();
    }
  }

  private static Analyzer icuFolding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new ICUTokenizer();
        return new TokenStreamComponents(src, new ICUFoldingFilter(src));
      }
    };
  }

  private static long analyzeAll(Analyzer analyzer, List<String> texts) throws IOException {
    long count = 0;
    long checksum = 0;
    for (String text : texts) {
      try (TokenStream ts = analyzer.tokenStream("body", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          count++;
          checksum += term.length();
        }
        ts.end();
      }
    }
    if (checksum == Long.MIN_VALUE) {
      System.out.println(); // keeps the term reads alive
    }
    return count;
  }

}
