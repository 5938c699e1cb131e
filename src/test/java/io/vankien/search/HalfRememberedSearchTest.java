package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

/**
 * Issue 15: what staff type when they half remember a document, on invented sample documents (names,
 * numbers and places made up for the test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HalfRememberedSearchTest {
  @TempDir static Path tmp;
  private Archive archive;
  private SearchService search;

  private static void doc(Path dir, String name, String text, String metaJson) throws Exception {
    Files.writeString(dir.resolve(name), "VĂN BẢN MẪU - dữ liệu minh họa\n" + text, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".meta.json"), metaJson, StandardCharsets.UTF_8);
  }

  @BeforeAll
  void build() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    doc(in, "nq.txt", "Số 07-NQ/TU. Nghị quyết của Ban Thường vụ Tỉnh ủy Bắc Sơn về phát triển rừng năm 2020. Nơi nhận: như trên."
        + " T/M Ban Thường vụ, Bí thư Trịnh Văn Khiêm",
        "{\"date\":\"2020-03-02\",\"number\":\"07-NQ/TU\",\"type\":\"Nghị quyết\",\"signer\":\"Trịnh Văn Khiêm\"}");
    doc(in, "bc.txt", "Số 30-BC/TU. Báo cáo kết quả thực hiện Nghị quyết số 07-NQ/TU về phát triển rừng tỉnh Bắc Sơn năm 2020,"
        + " do đồng chí Trịnh Văn Khiêm chủ trì; đồng chí Lê Văn Sỹ tham dự.",
        "{\"date\":\"2021-01-05\",\"number\":\"30-BC/TU\",\"type\":\"Báo cáo\",\"cites\":[\"07-NQ/TU\"]}");
    doc(in, "luat.txt", "Luật số 07/2019/QH14 về trồng rừng và phát triển rừng. Chủ tịch Quốc hội.",
        "{\"date\":\"2019-06-01\",\"number\":\"07/2019/QH14\",\"type\":\"Luật\"}");
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
  void numbersWithSwappedSeparatorsRunTogetherOrPartialFindTheirDocumentFirst() throws Exception {
    for (String q : List.of("07/NQ-TU", "NQ07-TU", "NQ07", "nq7/tu", "07/QH14", "7/2019")) {
      String expected = q.contains("QH14") || q.contains("2019") ? "luat.txt" : "nq.txt";
      assertEquals(expected, sources(q).get(0), q);
    }
    assertEquals(List.of("nq.txt", "bc.txt"), sources("07/NQ-TU"), "the citing report follows");
  }

  @Test
  void theTypeTypedCountsBeforeTheWords() throws Exception {
    assertEquals("nq.txt", sources("nghị quyết 07").get(0));
    assertEquals("nq.txt", sources("nghi quyet bac son 2020").get(0));
    assertEquals("bc.txt", sources("bao cao bac son 2020").get(0));
    assertEquals("luat.txt", sources("luật 07 phát triển rừng").get(0));
  }

  @Test
  void eitherSpellingOfIOrYFindsTheOther() throws Exception {
    assertEquals(List.of("bc.txt"), sources("Lê Văn Sĩ"));
    assertEquals(List.of("bc.txt"), sources("le van si"));
  }

  @Test
  void aQueryThatFindsNothingShowsItsCorrectionsDocuments() throws Exception {
    SearchResult offer = search.search(SearchRequest.of("Trịnh Văn Khim"));
    assertEquals(0, offer.total(), "a default request is answered as typed");
    assertEquals("Trịnh Văn khiêm", offer.didYouMean());
    SearchResult r = search.search(SearchRequest.builder().q("Trịnh Văn Khim").correct(true).build());
    assertEquals("Trịnh Văn khiêm", r.showingResultsFor());
    assertNull(r.didYouMean());
    assertEquals(List.of("nq.txt", "bc.txt"), r.hits().stream().map(SearchResult.Hit::source).toList());
    // what finds something is answered as typed
    SearchResult asTyped = search.search(SearchRequest.builder().q("Trịnh Văn Khiêm").correct(true).build());
    assertNull(asTyped.showingResultsFor());
  }
}
