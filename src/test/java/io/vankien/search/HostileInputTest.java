package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vankien.index.Archive;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.IngestReport;
import io.vankien.testing.HostileText;
import io.vankien.testing.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the real entry points: queries through search, stats (counts only) and export,
 * documents whose text has lines that used to overflow the stack of a regular expression (2,000 stars, long
 * table rules, long dotted numbers) or make one work per character pair (long runs of spaces). Each must
 * answer (or be a 400 naming {@code q}) without any other exception, in bounded time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {
  /** Long enough to overflow a recursive regex many times over, short enough to ingest in a second. */
  private static final int LINE_CHARS = 20_000;

  @TempDir static Path tmp;
  private Archive archive;
  private SearchService search;
  private DocumentService documents;
  private IngestReport report;
  private final List<String> names = new ArrayList<>();

  @BeforeAll
  void build() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    int k = 0;
    for (Map.Entry<String, String> e : HostileText.lines(LINE_CHARS).entrySet()) {
      String name = String.format("hostile-%02d.txt", k);
      // a header an extractor reads, the hostile line in the body and in the signature, a marker word per file
      String text = "VĂN BẢN MẪU\nTỈNH ỦY HÀ NAM\nSố 0" + (k + 1) + "-NQ/TU\nNGHỊ QUYẾT\nvề nông thôn mới\n"
          + e.getValue() + "\nXây dựng nông thôn mới ở tệp" + marker(k) + ".\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n"
          + e.getValue() + "\nNguyễn Văn An\n";
      Files.writeString(in.resolve(name), text, StandardCharsets.UTF_8);
      names.add(name);
      k++;
    }
    archive = Archive.openForWriting(tmp.resolve("data"));
    report = TestArchives.ingest(archive, in);
    search = new SearchService(archive.searcher());
    documents = new DocumentService(archive.searcher());
  }

  private static String marker(int k) {
    return "x" + (char) ('a' + k / 26) + (char) ('a' + k % 26) + "z";
  }

  @AfterAll
  void close() throws Exception {
    archive.close();
  }

  @Test
  void documentsWithHostileLinesAreIngestedAndFoundByTheirWords() throws Exception {
    assertEquals(List.of(), report.failures());
    assertEquals(names.size(), report.ingested());
    assertEquals(names.size(), search.search(SearchRequest.of("nông thôn mới")).total());
    for (int k = 0; k < names.size(); k++) {
      SearchResult r = search.search(SearchRequest.of("tệp" + marker(k)));
      assertEquals(List.of(names.get(k)), r.hits().stream().map(SearchResult.Hit::source).toList());
      ArchivedDocument d = documents.get(r.hits().get(0).id()).orElseThrow();
      assertTrue(d.text().contains("tệp" + marker(k)), names.get(k));
      assertFalse(documents.view(d.id(), "nông thôn mới").isEmpty(), names.get(k));
    }
  }

  @Test
  void aSymbolWithThousandsOfCodesIsABadRequestOnSearchStatsAndExport() {
    String q = "1-" + "A/".repeat(3_000);
    assertQ(assertThrows(BadRequestException.class, () -> search.search(SearchRequest.of(q))));
    assertQ(assertThrows(BadRequestException.class, () -> search.search(SearchRequest.of(q).countsOnly())));
    assertQ(assertThrows(BadRequestException.class, () -> search.forEachMatch(SearchRequest.of(q), d -> { })));
  }

  @Test
  void theLexerReadsHostileTextOfAnyLength() {
    // the lexer runs before the length check would matter to any other caller: it must not overflow itself
    for (Map.Entry<String, String> e : HostileText.lines(50_000).entrySet()) {
      try {
        QueryLexer.lex(e.getValue());
      } catch (BadRequestException expected) {
        // an unbalanced quote or a stray OR is the user's to fix
      } catch (StackOverflowError | RuntimeException ex) {
        fail(e.getKey() + ": " + ex);
      }
    }
  }

  @Test
  void hostileQueriesAsLongAsAllowedAnswerOnSearchStatsAndExport() throws Exception {
    for (Map.Entry<String, String> e : HostileText.lines(QueryFactory.MAX_QUERY_CHARS - 8).entrySet()) {
      String q = e.getValue();
      try {
        search.search(SearchRequest.of(q));
        search.search(SearchRequest.of(q).countsOnly());
        search.forEachMatch(SearchRequest.of(q), d -> { });
      } catch (BadRequestException bad) {
        assertQ(bad);
      } catch (StackOverflowError | RuntimeException ex) {
        fail(e.getKey() + ": " + ex);
      }
    }
  }

  @Test
  void lucenesClauseLimitIsABadRequestNamingQ() throws Exception {
    // the size limits keep every accepted query within Lucene's clause limit; this is the net behind them
    int limit = IndexSearcher.getMaxClauseCount();
    String id = search.search(SearchRequest.of("tệp" + marker(0))).hits().get(0).id();
    String q = "xây dựng nông thôn mới";
    IndexSearcher.setMaxClauseCount(4);
    try {
      assertQ(assertThrows(BadRequestException.class, () -> search.search(SearchRequest.of(q))));
      assertQ(assertThrows(BadRequestException.class, () -> search.search(SearchRequest.of(q).countsOnly())));
      assertQ(assertThrows(BadRequestException.class, () -> search.forEachMatch(SearchRequest.of(q), d -> { })));
      assertQ(assertThrows(BadRequestException.class, () -> documents.view(id, q)));
    } finally {
      IndexSearcher.setMaxClauseCount(limit);
    }
    assertTrue(search.search(SearchRequest.of(q)).total() > 0);
  }

  private static void assertQ(BadRequestException e) {
    assertEquals("q", e.parameter(), e.getMessage());
  }
}
