package io.vankien.bench;

import io.vankien.eval.JudgedQuery;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Indexing and query cost of vankien beside plain Lucene with StandardAnalyzer, on the same documents and
 * queries, in one run: indexing time, index size, heap after indexing, and query latency percentiles.
 */
public final class SearchBenchmark {
  private SearchBenchmark() {}

  public static void run(List<Path> docFolders, Path queriesFile, int rounds, PrintStream out) throws IOException {
    List<String> queries = JudgedQuery.load(queriesFile).stream().map(JudgedQuery::query).toList();
    Path tmp = Files.createTempDirectory("vankien-bench");
    try {
      // vankien: the production ingest path, one thread per core
      long t0 = System.nanoTime();
      Archive archive = Archive.openForWriting(tmp.resolve("vankien"));
      IngestReport rep = Ingester.standard(archive, IngestOptions.defaults())
          .ingest(docFolders, IngestListener.NONE);
      double vkIngestS = (System.nanoTime() - t0) / 1e9;
      SearchService search = new SearchService(archive.searcher());
      Map<String, String> texts = new LinkedHashMap<>();
      search.forEachMatchWithText(SearchRequest.builder().build(), d -> texts.put(d.sourceName(), d.text()));
      long textBytes = texts.values().stream().mapToLong(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();

      // baseline: plain Lucene, StandardAnalyzer, same cleaned texts, one thread
      Path baseDir = tmp.resolve("standard");
      long t1 = System.nanoTime();
      try (FSDirectory dir = FSDirectory.open(baseDir);
          IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (Map.Entry<String, String> e : texts.entrySet()) {
          Document d = new Document();
          d.add(new StoredField("file", e.getKey()));
          d.add(new TextField("text", e.getValue(), Field.Store.YES));
          w.addDocument(d);
        }
        w.commit();
      }
      double baseIndexS = (System.nanoTime() - t1) / 1e9;

      out.printf("documents: %d (%s), cleaned text %.1f MB, queries: %d x %d rounds%n", texts.size(),
          rep.summary(), textBytes / 1e6, queries.size(), rounds);
      out.println();
      out.println("| system | index build | index size | query mean | p50 | p95 | p99 |");
      out.println("|---|---|---|---|---|---|---|");

      double[] vk = time(queries, rounds, q -> search.search(SearchRequest.builder().q(q).size(10).build()));
      double[] vkCount = time(queries, rounds, q -> search.search(SearchRequest.builder().q(q).size(0).build()));
      out.println(row("vankien (ingest incl. extraction + metadata; search with facets + snippets)",
          vkIngestS, dirSize(tmp.resolve("vankien/lucene")), vk));
      out.println(row("vankien, facets and counts only (size=0)", Double.NaN, -1, vkCount));
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(baseDir))) {
        IndexSearcher s = new IndexSearcher(reader);
        QueryBuilder qb = new QueryBuilder(new StandardAnalyzer());
        double[] base = time(queries, rounds, q -> {
          Query query = qb.createBooleanQuery("text", q, BooleanClause.Occur.SHOULD);
          if (query != null) {
            s.search(query, 10);
          }
        });
        out.println(row("plain Lucene, StandardAnalyzer (index build only; top-10 BM25, no facets/snippets)",
            baseIndexS, dirSize(baseDir), base));
      }
      System.gc();
      Runtime rt = Runtime.getRuntime();
      out.printf("%nheap in use after a GC, archive open: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
      archive.close();
    } finally {
      Folders.deleteRecursively(tmp);
    }
  }

  interface QueryRun {
    void run(String q) throws IOException;
  }

  /** Milliseconds per query: mean, p50, p95, p99, after one warm-up round. */
  private static double[] time(List<String> queries, int rounds, QueryRun run) throws IOException {
    for (String q : queries) {
      safe(run, q);
    }
    List<Double> ms = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (String q : queries) {
        long t = System.nanoTime();
        safe(run, q);
        ms.add((System.nanoTime() - t) / 1e6);
      }
    }
    double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double mean = Arrays.stream(a).average().orElse(0);
    return new double[] {mean, pct(a, 50), pct(a, 95), pct(a, 99)};
  }

  private static void safe(QueryRun run, String q) throws IOException {
    try {
      run.run(q);
    } catch (io.vankien.search.BadRequestException e) {
      // a query the product rejects is timed as it is
    }
  }

  private static double pct(double[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static String row(String name, double buildS, long bytes, double[] t) {
    return String.format("| %s | %s | %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |", name,
        Double.isNaN(buildS) ? "" : String.format("%.2f s", buildS),
        bytes < 0 ? "" : String.format("%.1f MB", bytes / 1e6), t[0], t[1], t[2], t[3]);
  }

  private static long dirSize(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }
}
