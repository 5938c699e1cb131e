package io.vankien.bench;

import io.vankien.index.Archive;
import io.vankien.index.Folders;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.Tika;

/**
 * Bulk ingest throughput per format (text, DOCX, PDF with a text layer, scanned PDF and PNG through
 * OCR): vankien's whole ingest (hash, store, extract, clean, metadata, Vietnamese analysis, index, commit)
 * beside a baseline of plain Tika text extraction into plain Lucene with StandardAnalyzer, same files,
 * same number of threads, in the same run, after an untimed warm-up pass of both.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void run(Path lawsDir, int lawsPerFormat, int scans, PrintStream out) throws Exception {
    Path tmp = Files.createTempDirectory("vankien-ingest-bench");
    try {
      Path corpus = tmp.resolve("corpus");
      FormatCorpus.write(lawsDir, corpus, lawsPerFormat, scans);
      int threads = IngestOptions.defaults().threads();
      out.printf("%d laws per format, %d scans per OCR format, %d threads%n%n", lawsPerFormat, scans, threads);
      // warm-up: one untimed pass of both pipelines over the typed formats (JIT, class loading, Tika)
      for (String format : List.of("txt", "docx", "pdf")) {
        vankien(corpus.resolve(format), tmp.resolve("warm-vk-" + format), new long[1]);
        baseline(list(corpus.resolve(format)), tmp.resolve("warm-base-" + format), threads, new long[1]);
      }
      out.println("| format | files | MB | vankien files/s | vankien MB/s | vankien chars | baseline files/s"
          + " | baseline MB/s | baseline chars |");
      out.println("|---|---|---|---|---|---|---|---|---|");
      for (String format : List.of("txt", "docx", "pdf", "scan-pdf", "png")) {
        Path dir = corpus.resolve(format);
        List<Path> files = list(dir);
        long bytes = 0;
        for (Path f : files) {
          bytes += Files.size(f);
        }
        long[] vkChars = new long[1];
        double vk = vankien(dir, tmp.resolve("vk-" + format), vkChars);
        long[] baseChars = new long[1];
        double base = baseline(files, tmp.resolve("base-" + format), threads, baseChars);
        out.printf("| %s | %d | %.2f | %.2f | %.3f | %,d | %.2f | %.3f | %,d |%n", format, files.size(),
            bytes / 1e6, files.size() / vk, bytes / 1e6 / vk, vkChars[0], files.size() / base,
            bytes / 1e6 / base, baseChars[0]);
      }
    } finally {
      Folders.deleteRecursively(tmp);
    }
  }

  /** Seconds for a fresh archive to ingest the folder; fails loudly if any file fails. */
  private static double vankien(Path dir, Path data, long[] chars) throws IOException {
    long t = System.nanoTime();
    double seconds;
    try (Archive archive = Archive.openForWriting(data)) {
      IngestReport r = Ingester.standard(archive, IngestOptions.defaults())
          .ingest(List.of(dir), IngestListener.NONE);
      seconds = (System.nanoTime() - t) / 1e9;
      if (r.failed() > 0) {
        throw new IllegalStateException("benchmark files failed to ingest: " + r.failures());
      }
      new SearchService(archive.searcher()).forEachMatchWithText(SearchRequest.builder().build(),
          d -> chars[0] += d.text().length());
    }
    return seconds;
  }

  /** Seconds for plain Tika + plain Lucene (StandardAnalyzer) to index the same files. */
  private static double baseline(List<Path> files, Path indexDir, int threads, long[] chars) throws Exception {
    java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();
    long t = System.nanoTime();
    Tika tika = new Tika();
    tika.setMaxStringLength(-1); // the whole text, as vankien indexes it
    try (FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      PoolIndexing.index(files, threads, w, f -> {
        Document d = new Document();
        String text = tika.parseToString(f);
        total.addAndGet(text.length());
        d.add(new TextField("text", text, Field.Store.YES));
        return d;
      });
    }
    chars[0] = total.get();
    return (System.nanoTime() - t) / 1e9;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
