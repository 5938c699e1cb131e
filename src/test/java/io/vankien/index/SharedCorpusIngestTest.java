package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import io.vankien.search.SearchService;
import io.vankien.testing.SharedCorpus;
import io.vankien.testing.TestArchives;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the real seeds and laws in ../shared and checks that searches find what they should. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedCorpusIngestTest {
  @TempDir static Path tmp;
  private Archive archive;
  private IngestReport first;
  private SearchService search;

  @BeforeAll
  void ingest() throws Exception {
    Path seeds = SharedCorpus.seeds();
    Path laws = SharedCorpus.laws();
    archive = Archive.openForWriting(tmp.resolve("data"));
    first = TestArchives.ingest(archive, seeds, laws);
    search = new SearchService(archive.searcher());
  }

  @AfterAll
  void close() throws Exception {
    if (archive != null) {
      archive.close();
    }
  }

  private int docs() throws Exception {
    return search.count(new MatchAllDocsQuery());
  }

  @Test
  void theEmptyLawIsReportedAndEverythingElseIsIndexed() throws Exception {
    assertEquals(114, first.ingested(), first.summary());
    assertEquals(1, first.failed());
    IngestReport.Failure f = first.failures().get(0);
    assertTrue(f.file().endsWith("luat-ban-hanh-van-ban-quy-pham-phap-luat.txt"), f.file());
    assertTrue(f.reason().contains("empty"), f.reason());
    assertEquals(114, docs());
  }

  @Test
  void ingestingTheSameFoldersAgainKeepsTheSameDocuments() throws Exception {
    IngestReport again = TestArchives.ingest(archive, SharedCorpus.seeds(), SharedCorpus.laws());
    assertEquals(0, again.ingested(), again.summary());
    assertEquals(114, again.unchanged());
    assertEquals(114, docs());
  }

  private List<String> topSources(String q, int n) throws Exception {
    SearchResult r = search.search(SearchRequest.builder().q(q).size(n).build());
    return r.hits().stream().map(SearchResult.Hit::source).toList();
  }

  @Test
  void searchesFindTheDocumentsTheyShould() throws Exception {
    assertEquals("002_60299214c0c166e3.txt", topSources("01-NQ/TU", 1).get(0));
    assertTrue(topSources("bộ luật hình sự", 3).contains("bo-luat-hinh-su.txt"), topSources("bộ luật hình sự", 3).toString());
    assertTrue(topSources("luật báo chí", 3).contains("luat-bao-chi.txt"));
    assertTrue(topSources("nông thôn mới Hưng Yên", 3).contains("002_60299214c0c166e3.txt"));
    assertTrue(topSources("\"Đoàn Minh Huấn\"", 3).contains("000_58ca13b3f0f93ffb.txt"));
  }

  @Test
  void queriesWithoutDiacriticsFindTheSameDocuments() throws Exception {
    assertEquals(topSources("bộ luật hình sự", 1), topSources("bo luat hinh su", 1));
    assertTrue(topSources("nong thon moi Hung Yen", 3).contains("002_60299214c0c166e3.txt"));
  }
}
