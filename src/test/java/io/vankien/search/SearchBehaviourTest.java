package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vankien.index.Archive;
import io.vankien.testing.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The query language's operators and sorting, on a few invented sample documents. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBehaviourTest {
  @TempDir static Path tmp;
  private Archive archive;
  private SearchService search;

  private static void doc(Path dir, String name, String text, String metaJson) throws Exception {
    Files.writeString(dir.resolve(name), "VĂN BẢN MẪU\n" + text, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".meta.json"), metaJson, StandardCharsets.UTF_8);
  }

  @BeforeAll
  void build() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    doc(in, "a.txt", "Nghị quyết về xây dựng nông thôn mới. Nông thôn mới là nhiệm vụ trọng tâm.",
        "{\"date\":\"2019-05-01\",\"number\":\"05-NQ/TU\"}");
    doc(in, "b.txt", "Báo cáo về nông nghiệp: thôn xóm đổi mới, nông dân phấn khởi.",
        "{\"date\":\"2021-05-01\"}");
    doc(in, "c.txt", "Kế hoạch chuyển đổi số thực hiện Nghị quyết số 05-NQ/TU.",
        "{\"date\":\"2020-05-01\",\"cites\":[\"05-NQ/TU\"]}");
    archive = Archive.openForWriting(tmp.resolve("data"));
    TestArchives.ingest(archive, in);
    search = new SearchService(archive.searcher());
  }

  @AfterAll
  void close() throws Exception {
    archive.close();
  }

  private List<String> sources(String q) throws Exception {
    return search.search(SearchRequest.of(q)).hits().stream().map(SearchResult.Hit::source).toList();
  }

  @Test
  void syllablesStandingTogetherRankAboveScatteredOnes() throws Exception {
    assertEquals(List.of("a.txt", "b.txt"), sources("nông thôn mới"));
  }

  @Test
  void phraseExclusionAndOr() throws Exception {
    assertEquals(List.of("a.txt"), sources("\"nông thôn mới\""));
    assertEquals(List.of("b.txt"), sources("nông -\"nông thôn mới\""));
    assertEquals(2, sources("\"chuyển đổi số\" OR \"nông dân\"").size());
    assertEquals(List.of("c.txt"), sources("cites:05-NQ/TU"));
  }

  @Test
  void numberQueryRanksTheDocumentFirstAndCitersAfter() throws Exception {
    assertEquals(List.of("a.txt", "c.txt"), sources("05-NQ/TU"));
    assertEquals(List.of("a.txt", "c.txt"), sources("Số 05 - NQ/TU"));
  }

  @Test
  void emptyQueryBrowsesByDateAndSortsAsAsked() throws Exception {
    assertEquals(List.of("b.txt", "c.txt", "a.txt"), sources(""));
    assertEquals(List.of("a.txt", "c.txt", "b.txt"), search.search(SearchRequest.builder()
        .sort(SearchRequest.Sort.DATE_ASC).build()).hits().stream().map(SearchResult.Hit::source).toList());
  }

  @Test
  void pagingReturnsTheRightSlice() throws Exception {
    SearchResult p2 = search.search(SearchRequest.builder().page(2).size(1).build());
    assertEquals(3, p2.total());
    assertEquals(List.of("c.txt"), p2.hits().stream().map(SearchResult.Hit::source).toList());
  }
}
