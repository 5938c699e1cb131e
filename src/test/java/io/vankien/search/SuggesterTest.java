package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Completions of citation titles, numbers and signers from the main index, on a few invented sample documents. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggesterTest {
  @TempDir static Path tmp;
  private Archive archive;
  private Suggester suggester;

  private static void doc(Path dir, String name, String type, String title, String number, String issuer,
      String signer) throws Exception {
    Files.writeString(dir.resolve(name), "VĂN BẢN MẪU\n" + title + "\nNội dung của văn bản " + name + ".",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".meta.json"), """
        {"type": "%s", "title": "%s", "number": "%s", "issuer": %s, "signer": "%s", "date": "2024-01-02"}"""
        .formatted(type, title, number, issuer == null ? "null" : "\"" + issuer + "\"", signer), StandardCharsets.UTF_8);
  }

  private static Archive archiveOf(Path dir, String... docs) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < docs.length; i += 6) {
      doc(in, docs[i], docs[i + 1], docs[i + 2], docs[i + 3], docs[i + 4], docs[i + 5]);
    }
    Archive a = Archive.openForWriting(dir.resolve("data"));
    TestArchives.ingest(a, in);
    return a;
  }

  private static final String PLAN = "Kế hoạch số 01-KH/TU ngày 2/1/2024 của Tỉnh ủy Hưng Yên về thực hiện chương"
      + " trình chuyển đổi số năm 2024";
  private static final String RESOLUTION = "Nghị quyết số 12-NQ/TU ngày 2/1/2024 của Tỉnh ủy Hưng Yên về phát triển"
      + " nông nghiệp";
  private static final String CONCLUSION = "Kết luận số 30-KL/TU ngày 2/1/2024 của Tỉnh ủy Hà Nam về kế toán ngân sách";

  @BeforeAll
  void build() throws Exception {
    archive = archiveOf(tmp.resolve("main"),
        "a.txt", "Kế hoạch", "Kế hoạch thực hiện chương trình chuyển đổi số năm 2024", "01-KH/TU", "Tỉnh ủy Hưng Yên",
        "Nguyễn Văn An",
        "b.txt", "Nghị quyết", "Về phát triển nông nghiệp", "12-NQ/TU", "Tỉnh ủy Hưng Yên", "Nguyễn Văn An",
        "c.txt", "Báo cáo", "Tình hình kinh tế - xã hội", "05-BC/TU", "Tỉnh ủy Hà Nam", "Nguyễn Thị Bình",
        "d.txt", "Kết luận", "về kế toán ngân sách", "30-KL/TU", "Tỉnh ủy Hà Nam", "Nguyễn  Văn  An",
        "e.txt", "Chỉ thị", "về nông thôn mới", "08-CT/TU", null, "Trần Kế");
    suggester = new Suggester(archive.searcher());
  }

  @AfterAll
  void close() throws Exception {
    archive.close();
  }

  private List<String> texts(String typed) throws Exception {
    return suggester.suggest(typed, 8).stream().map(Suggester.Suggestion::text).toList();
  }

  @Test
  void completesCitationTitlesWithAndWithoutDiacritics() throws Exception {
    assertEquals(List.of(PLAN), texts("ke hoach thuc"));
    assertEquals(List.of(PLAN), texts("Kế hoạch thự"));
    assertEquals(List.of(PLAN), texts("KE HOACH THUC HIEN"));
    Suggester.Suggestion s = suggester.suggest("ke hoach thuc", 1).get(0);
    assertEquals("title", s.kind());
    assertEquals("01-KH/TU", archive.get(s.id()).orElseThrow().meta().number(), "the suggestion opens its document");
  }

  @Test
  void matchesWordsInsideTheTitleAndOnlyWholeWordsBeforeTheLast() throws Exception {
    assertEquals(List.of(PLAN), texts("chuyen doi"));
    assertEquals(List.of(CONCLUSION), texts("ke toa"));
    // a word before the last is a whole word: "nga" is not the start of "ngân" there
    assertEquals(List.of(CONCLUSION), texts("ngan sa"));
    assertEquals(List.of(), texts("nga sach"));
    assertEquals(List.of(), texts("ke hoach thuc x"));
  }

  @Test
  void matchesTheTypeIssuerNumberAndYearOfTheCitation() throws Exception {
    // the issuer and the type are no part of the subject line, yet a user types them
    assertEquals(java.util.Set.of(PLAN, RESOLUTION), java.util.Set.copyOf(texts("hung yen")));
    assertEquals(List.of(RESOLUTION), texts("nghi quyet hung"));
    assertEquals(List.of(PLAN), texts("ke hoach 2024 hung"));
    assertEquals(List.of(CONCLUSION), texts("tinh uy ha nam ket"));
    assertEquals(List.of("Chỉ thị số 08-CT/TU ngày 2/1/2024 về nông thôn mới"), texts("chi thi nong"));
  }

  @Test
  void documentSuggestionsCarryTypeNumberAndYear() throws Exception {
    Suggester.Suggestion title = suggester.suggest("nghi quyet hung", 1).get(0);
    assertEquals(new Suggester.Suggestion(RESOLUTION, "title", title.id(), "Nghị quyết", "12-NQ/TU", 2024), title);
    Suggester.Suggestion number = suggester.suggest("01-KH", 1).get(0);
    assertEquals(new Suggester.Suggestion("01-KH/TU", "number", number.id(), "Kế hoạch", "01-KH/TU", 2024), number);
  }

  @Test
  void completesNumbersFirst() throws Exception {
    List<Suggester.Suggestion> s = suggester.suggest("12-NQ", 8);
    assertEquals("12-NQ/TU", s.get(0).text());
    assertEquals("number", s.get(0).kind());
    assertEquals("01-KH/TU", texts("01-KH").get(0));
    assertEquals("01-KH/TU", texts("1-kh/t").get(0));
    assertEquals(java.util.Set.of("01-KH/TU", "12-NQ/TU", "05-BC/TU", "30-KL/TU", "08-CT/TU"),
        java.util.Set.copyOf(texts("tu").subList(0, 5)));
  }

  @Test
  void signersOnceEachMostDocumentsFirst() throws Exception {
    List<Suggester.Suggestion> s = suggester.suggest("nguyen", 8);
    assertEquals(List.of("Nguyễn Văn An", "Nguyễn Thị Bình"), s.stream().map(Suggester.Suggestion::text).toList());
    assertTrue(s.stream().allMatch(x -> x.kind().equals("signer") && x.id() == null && x.type() == null),
        s.toString());
    // a signer of three documents (weight 3) ties with numbers and comes after them, above titles (2; "n"
    // starts "ngày" in every citation title); a signer of one document (1) comes last
    List<String> kinds = suggester.suggest("n", 50).stream().map(Suggester.Suggestion::kind).toList();
    assertEquals(List.of("number", "signer", "title", "title", "title", "title", "title", "signer"), kinds);
  }

  @Test
  void signerCountsStopAtTheCap() throws Exception {
    try (var v = archive.searcher().acquire()) {
      var all = new org.apache.lucene.search.MatchAllDocsQuery();
      assertEquals(5, v.searcher().search(all, new CappedFacetsCollectorManager(100)).getMatchingDocs().stream()
          .mapToInt(m -> m.totalHits()).sum());
      var capped = v.searcher().search(all, new CappedFacetsCollectorManager(2));
      assertEquals(2, capped.getMatchingDocs().stream().mapToInt(m -> m.totalHits()).sum());
      assertEquals(2, new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(v.facetState(), capped)
          .getTopChildren(10, io.vankien.index.Schema.F_SIGNER).value.intValue());
    }
  }

  @Test
  void sizeIsHonouredAndChecked() throws Exception {
    assertEquals(1, suggester.suggest("n", 1).size());
    assertEquals(List.of(), suggester.suggest("  ", 8));
    assertEquals(List.of(), suggester.suggest("--", 8));
    assertThrows(BadRequestException.class, () -> suggester.suggest("n", 0));
    assertThrows(BadRequestException.class, () -> suggester.suggest("n", 51));
  }

  @Test
  void aDeletedDocumentDisappearsAtOnce(@TempDir Path dir) throws Exception {
    try (Archive a = archiveOf(dir, "x.txt", "Thông báo", "về du lịch biển", "77-TB/TU", null, "Lê Minh Cường",
        "y.txt", "Thông báo", "về giao thông", "78-TB/TU", null, "Lê Minh Cường")) {
      Suggester s = new Suggester(a.searcher());
      assertEquals(List.of("Thông báo số 77-TB/TU ngày 2/1/2024 về du lịch biển"),
          s.suggest("thong bao ve du", 8).stream().map(Suggester.Suggestion::text).toList());
      String id = s.suggest("thong bao ve du", 8).get(0).id();
      a.deleteUncommitted(id);
      a.commit();
      assertEquals(List.of(), s.suggest("thong bao ve du", 8));
      assertFalse(s.suggest("77-TB", 8).stream().anyMatch(x -> x.text().contains("77-TB/TU")));
      List<Suggester.Suggestion> signer = s.suggest("le minh", 8);
      assertEquals(List.of(new Suggester.Suggestion("Lê Minh Cường", "signer", null, null, null, null)), signer);
    }
  }
}
