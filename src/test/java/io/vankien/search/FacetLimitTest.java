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

/**
 * How many facet values an answer lists: every value of the small dimensions, the top of the open-ended
 * ones (signer, issuer) with a count of the rest, more on request, and always the selected values.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetLimitTest {
  private static final List<String> PROVINCES = List.of("Hà Nam", "Nghệ An", "Bắc Giang", "Bắc Ninh", "Kon Tum",
      "Quảng Bình", "Đồng Tháp", "Lào Cai", "Yên Bái", "Hà Giang", "Cao Bằng", "Lạng Sơn");
  @TempDir static Path tmp;
  private Archive archive;
  private SearchService search;

  @BeforeAll
  void build() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    // Twelve signers and issuers, one per province; the first signs a second document too (13 in all).
    for (int i = 0; i <= PROVINCES.size(); i++) {
      int who = i == PROVINCES.size() ? 0 : i;
      String name = "tb-" + i + ".txt";
      Files.writeString(in.resolve(name), "VĂN BẢN MẪU\nThông báo kết luận hội nghị số " + i,
          StandardCharsets.UTF_8);
      Files.writeString(in.resolve(name + ".meta.json"), String.format(
          "{\"province\":\"%s\",\"signer\":\"Người Ký %02d\",\"issuer\":\"Tỉnh ủy %s\",\"date\":\"2020-01-%02d\"}",
          PROVINCES.get(who), who + 1, PROVINCES.get(who), i + 1), StandardCharsets.UTF_8);
    }
    archive = Archive.openForWriting(tmp.resolve("data"));
    TestArchives.ingest(archive, in);
    search = new SearchService(archive.searcher());
  }

  @AfterAll
  void close() throws Exception {
    archive.close();
  }

  private static List<String> values(SearchResult r, String dim) {
    return r.facets().get(dim).stream().map(SearchResult.FacetValue::value).toList();
  }

  @Test
  void openEndedFacetsListTheTopAndCountTheRest() throws Exception {
    SearchResult r = search.search(SearchRequest.of(""));
    assertEquals(13, r.total());
    assertEquals(SearchRequest.DEFAULT_FACET_LIMIT, r.facets().get("signer").size(), values(r, "signer").toString());
    assertEquals("Người Ký 01", values(r, "signer").get(0));
    assertEquals(2, r.facets().get("signer").get(0).count());
    assertEquals(12 - SearchRequest.DEFAULT_FACET_LIMIT, r.facetMore().get("signer"));
    assertEquals(12 - SearchRequest.DEFAULT_FACET_LIMIT, r.facetMore().get("issuer"));
    assertEquals(12, r.facets().get("province").size(), "a small dimension lists every value");
    assertFalse(r.facetMore().containsKey("province"), r.facetMore().toString());
  }

  @Test
  void facetLimitListsMoreOrFewer() throws Exception {
    SearchResult all = search.search(SearchRequest.builder().facetLimit(SearchRequest.MAX_FACET_LIMIT).build());
    assertEquals(12, all.facets().get("signer").size());
    assertEquals(12, all.facets().get("issuer").size());
    assertFalse(all.facetMore().containsKey("signer"), all.facetMore().toString());
    SearchResult three = search.search(SearchRequest.builder().facetLimit(3).build());
    assertEquals(3, three.facets().get("signer").size());
    assertEquals(9, three.facetMore().get("signer"));
    assertEquals(12, three.facets().get("province").size(), "facetLimit leaves the small dimensions whole");
  }

  @Test
  void aSelectedValueBeyondTheTopIsListedWithItsCount() throws Exception {
    List<String> top = values(search.search(SearchRequest.of("")), "signer");
    String beyond = search.search(SearchRequest.builder().facetLimit(SearchRequest.MAX_FACET_LIMIT).build())
        .facets().get("signer").stream().map(SearchResult.FacetValue::value).filter(v -> !top.contains(v))
        .findFirst().orElseThrow();
    SearchResult r = search.search(SearchRequest.builder().signers(List.of(beyond)).build());
    assertEquals(1, r.total());
    SearchResult.FacetValue chosen = r.facets().get("signer").stream().filter(v -> v.value().equals(beyond))
        .findFirst().orElseThrow(() -> new AssertionError(beyond + " not listed: " + values(r, "signer")));
    assertEquals(1, chosen.count());
    assertTrue(chosen.selected());
    assertEquals(SearchRequest.DEFAULT_FACET_LIMIT + 1, r.facets().get("signer").size());
    assertEquals(12 - SearchRequest.DEFAULT_FACET_LIMIT - 1, r.facetMore().get("signer"));
  }

  @Test
  void facetLimitOutOfRangeNamesTheParameter() {
    for (int bad : new int[] {0, -1, SearchRequest.MAX_FACET_LIMIT + 1}) {
      BadRequestException e = assertThrows(BadRequestException.class,
          () -> SearchRequest.builder().facetLimit(bad).build());
      assertEquals("facetLimit", e.parameter());
    }
  }
}
