package io.vankien.opensearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.search.SearchHit;

/**
 * {@code vankien ingest --cluster URL samples/}, the vankien command run as a child process (io.vankien.cli.Main
 * from ../target/classes with the class path the root build writes to ../target/runtime-classpath.txt), into an
 * in-JVM three-node cluster served over HTTP (netty4) with the analysis plugin ({@link ClusterWithHttp}): every
 * sample is in the index once, under its vankien id, with its record; a second run adds no document; a query
 * without diacritics finds a sample.
 */
@ThreadLeakFilters(filters = Vankien.JdkThreads.class)
public class IngestIntoClusterTests extends ClusterWithHttp {
  private static final String INDEX = "vankien-it";

  /** Runs vankien's CLI with these arguments in a child JVM; its exit code, its output in {@code log}. */
  private static int vankien(Path log, String... args) throws Exception {
    return Vankien.run(log, args);
  }

  private SearchResponse search(QueryBuilder q) {
    return client().prepareSearch(INDEX).setQuery(q).setSize(200).get();
  }

  private static String sha256(Path f) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
  }

  @SuppressWarnings("unchecked")
  public void testIngestWritesEverySampleOnceUnderItsIdAndAFoldedQueryFindsIt() throws Exception {
    Path data = createTempDir();
    Path log = createTempDir().resolve("ingest.log");
    List<Path> samples = Texts.txtFiles(Texts.samples());
    String[] args = {"ingest", "--quiet", "--index", data.toString(), "--cluster", clusterUrl(), "--cluster-index",
        INDEX, Texts.samples().toString()};
    assertEquals(readLog(log), 0, vankien(log, args));
    assertTrue(readLog(log), readLog(log).contains("index " + INDEX + ": " + samples.size() + " documents written"));
    client().admin().indices().prepareRefresh(INDEX).get();
    long total = search(QueryBuilders.matchAllQuery()).getHits().getTotalHits().value();
    assertEquals(samples.size(), total);
    for (Path f : samples) {
      String path = f.toAbsolutePath().normalize().toString();
      SearchHit[] hits = search(QueryBuilders.termQuery("source_path", path)).getHits().getHits();
      assertEquals(path, 1, hits.length);
      Map<String, Object> source = hits[0].getSourceAsMap();
      Map<String, Object> record = (Map<String, Object>) source.get("record");
      assertEquals(hits[0].getId(), source.get("id"));
      assertEquals(hits[0].getId(), source.get("id_value"));
      assertEquals(hits[0].getId(), record.get("id"));
      assertEquals("the record is the file's: " + path, sha256(f), record.get("sha256"));
      assertEquals(Texts.read(f).strip().substring(0, 40), ((String) source.get("text")).strip().substring(0, 40));
    }

    // again: every file is unchanged; its document is written again under its id, none is added
    assertEquals(readLog(log), 0, vankien(log, args));
    client().admin().indices().prepareRefresh(INDEX).get();
    assertEquals(total, search(QueryBuilders.matchAllQuery()).getHits().getTotalHits().value());

    // a query typed without diacritics, with the folded chain, finds the sample on chuyển đổi số
    SearchHit[] folded = search(QueryBuilders.matchPhraseQuery("text", "chuyen doi so")
        .analyzer(VankienAnalyzers.PHRASE_FOLDED)).getHits().getHits();
    assertTrue("hits " + folded.length, folded.length >= 1);
    boolean found = false;
    for (SearchHit h : folded) {
      found |= String.valueOf(h.getSourceAsMap().get("source_path")).endsWith("05-chi-thi-tinh-uy-bac-giang-chuyen-doi-so.txt");
      assertTrue(h.getId(), ((String) h.getSourceAsMap().get("text")).toLowerCase(java.util.Locale.ROOT).contains("chuyển đổi số"));
    }
    assertTrue("the sample on chuyển đổi số is found by \"chuyen doi so\"", found);
    assertEquals(0, search(QueryBuilders.matchPhraseQuery("text", "chuyen doi so")).getHits().getHits().length);
  }

  private static String readLog(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
  }
}
