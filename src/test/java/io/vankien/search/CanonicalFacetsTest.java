package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vankien.index.Archive;
import io.vankien.testing.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issuer and term facets through the whole archive: documents typing one body or one term in several
 * forms are counted under one value, a filter by that value (or by any typed form) finds them all, and each
 * record, hit and document view keeps the form its document typed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanonicalFacetsTest {
  private static final String COMMITTEE = "Tỉnh ủy Bắc Giang";
  private static final String CONGRESS = "Đại hội XIX (2020-2025)";
  private static final List<String> COMMITTEE_FORMS =
      List.of("Tỉnh ủy Bắc Giang", "Ban Chấp hành Đảng bộ tỉnh Bắc Giang", "Tỉnh uỷ Bắc Giang");
  private static final List<String> CONGRESS_FORMS = List.of("khóa XIX", "Đại hội XIX, nhiệm kỳ 2020-2025", "khoá 19");

  @TempDir static Path tmp;
  private Archive archive;
  private SearchService search;
  private DocumentService documents;

  @BeforeAll
  void build() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < COMMITTEE_FORMS.size(); i++) {
      write(in, "tu-" + i, COMMITTEE_FORMS.get(i), CONGRESS_FORMS.get(i), "202" + (i + 1) + "-03-15");
    }
    // other bodies of the same province, and a council whose khóa XIX is not the committee's congress
    write(in, "ubnd", "Ủy ban nhân dân tỉnh Bắc Giang", null, "2022-05-10");
    write(in, "btg", "Ban Tuyên giáo Tỉnh ủy Bắc Giang", null, "2022-06-10");
    write(in, "hdnd", "Hội đồng nhân dân tỉnh Bắc Giang", "khóa XIX", "2022-07-12");
    archive = Archive.openForWriting(tmp.resolve("data"));
    TestArchives.ingest(archive, in);
    search = new SearchService(archive.searcher());
    documents = new DocumentService(archive.searcher());
  }

  private static void write(Path dir, String name, String issuer, String term, String date) throws Exception {
    Files.writeString(dir.resolve(name + ".txt"), "VĂN BẢN MẪU\nVăn bản thử số " + name, StandardCharsets.UTF_8);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("province", "Bắc Giang");
    meta.put("level", "provincial");
    meta.put("issuer", issuer);
    meta.put("term", term);
    meta.put("date", date);
    Files.writeString(dir.resolve(name + ".txt.meta.json"), new ObjectMapper().writeValueAsString(meta),
        StandardCharsets.UTF_8);
  }

  @AfterAll
  void close() throws Exception {
    archive.close();
  }

  private static Map<String, Long> counts(SearchResult r, String dim) {
    Map<String, Long> m = new LinkedHashMap<>();
    r.facets().get(dim).forEach(v -> m.put(v.value(), v.count()));
    return m;
  }

  @Test
  void oneBodyTypedThreeWaysIsOneIssuerValue() throws Exception {
    Map<String, Long> issuers = counts(search.search(SearchRequest.of("")), "issuer");
    assertEquals(Map.of(COMMITTEE, 3L, "Ủy ban nhân dân tỉnh Bắc Giang", 1L, "Ban Tuyên giáo Tỉnh ủy Bắc Giang", 1L,
        "Hội đồng nhân dân tỉnh Bắc Giang", 1L), issuers);
  }

  @Test
  void filteringByTheValueFindsEveryFormAndEachKeepsItsTypedIssuer() throws Exception {
    SearchResult r = search.search(SearchRequest.builder().issuers(List.of(COMMITTEE)).build());
    assertEquals(3, r.total());
    assertEquals(new TreeSet<>(COMMITTEE_FORMS), typed(r.hits(), SearchResult.Hit::issuer));
    assertTrue(r.facets().get("issuer").stream().anyMatch(v -> v.value().equals(COMMITTEE) && v.selected()));
    for (SearchResult.Hit h : r.hits()) {
      DocumentView view = documents.view(h.id()).orElseThrow();
      assertEquals(h.issuer(), view.meta().issuer(), "the record keeps the typed issuer");
      assertEquals(COMMITTEE, view.facets().get("issuer"), "the page links by the facet value");
    }
  }

  @Test
  void filteringByATypedFormIsFilteringByItsValue() throws Exception {
    for (String form : List.of("Ban Chấp hành Đảng bộ tỉnh Bắc Giang", "TỈNH UỶ BẮC GIANG", "Ban Thường vụ Tỉnh ủy Bắc Giang")) {
      SearchResult r = search.search(SearchRequest.builder().issuers(List.of(form)).build());
      assertEquals(3, r.total(), form);
      assertEquals(List.of(COMMITTEE), r.applied().get("issuer"), "the filter applied is the value");
    }
    assertEquals(1, search.search(SearchRequest.builder().issuers(List.of("UBND tỉnh Bắc Giang")).build()).total(),
        "the people's committee is another body");
  }

  @Test
  void oneCongressTypedThreeWaysIsOneTermValueAndTheCouncilsKhoaIsApart() throws Exception {
    Map<String, Long> terms = counts(search.search(SearchRequest.of("")), "term");
    assertEquals(Map.of(CONGRESS, 3L, "HĐND khóa XIX (2021-2026)", 1L), terms);
    for (String filter : List.of(CONGRESS, "Đại hội XIX, nhiệm kỳ 2020-2025")) {
      SearchResult r = search.search(SearchRequest.builder().terms(List.of(filter)).build());
      assertEquals(3, r.total(), filter);
      assertEquals(new TreeSet<>(CONGRESS_FORMS), typed(r.hits(), SearchResult.Hit::term));
    }
  }

  @Test
  void exportAndTheDocumentViewKeepTheTypedForms() throws Exception {
    List<String> exported = new ArrayList<>();
    search.forEachMatch(SearchRequest.builder().issuers(List.of(COMMITTEE)).build(), d -> exported.add(d.meta().issuer()));
    assertEquals(new TreeSet<>(COMMITTEE_FORMS), new TreeSet<>(exported));
    SearchResult council = search.search(SearchRequest.builder().issuers(List.of("HĐND tỉnh Bắc Giang")).build());
    DocumentView view = documents.view(council.hits().get(0).id()).orElseThrow();
    assertEquals("khóa XIX", view.meta().term());
    assertEquals(Map.of("issuer", "Hội đồng nhân dân tỉnh Bắc Giang", "term", "HĐND khóa XIX (2021-2026)"), view.facets());
    SearchResult noTerm = search.search(SearchRequest.builder().issuers(List.of("Ban Tuyên giáo Tỉnh ủy Bắc Giang")).build());
    assertFalse(documents.view(noTerm.hits().get(0).id()).orElseThrow().facets().containsKey("term"));
  }

  private static Set<String> typed(List<SearchResult.Hit> hits, java.util.function.Function<SearchResult.Hit, String> field) {
    Set<String> s = new TreeSet<>();
    hits.forEach(h -> s.add(field.apply(h)));
    return s;
  }
}
