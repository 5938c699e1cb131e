package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.Archive;
import io.vankien.index.Schema;
import io.vankien.testing.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facet registry ({@link FacetDimension}) is the schema's facet list, and a request built from it alone
 * filters, lists and echoes every dimension; a year range (from=2019, to=2023) is whole years.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetRegistryTest {
  @TempDir static Path tmp;
  private Archive archive;
  private SearchService search;

  @BeforeAll
  void build() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    // Sample documents (invented), one a year from 2017 to 2024, on the first and the last day of the year
    // alternately, so a bound read as a day instead of a year would drop one.
    for (int y = 2017; y <= 2024; y++) {
      String name = "mau-" + y + ".txt";
      Files.writeString(in.resolve(name), "VĂN BẢN MẪU\nNghị quyết mẫu về chuyển đổi số năm " + y,
          StandardCharsets.UTF_8);
      String date = y % 2 == 0 ? y + "-01-01" : y + "-12-31";
      Files.writeString(in.resolve(name + ".meta.json"), String.format(
          "{\"province\":\"%s\",\"type\":\"Nghị quyết\",\"signer\":\"Người Ký %d\",\"date\":\"%s\"}",
          y < 2021 ? "Bắc Giang" : "Hà Giang", y, date), StandardCharsets.UTF_8);
    }
    archive = Archive.openForWriting(tmp.resolve("data"));
    TestArchives.ingest(archive, in);
    search = new SearchService(archive.searcher());
  }

  @AfterAll
  void close() throws Exception {
    archive.close();
  }

  @Test
  void theRegistryIsTheSchemasFacetList() {
    assertEquals(new TreeSet<>(Schema.FACET_DIMS), new TreeSet<>(FacetDimension.params()),
        "a facet dimension of the schema without a registry entry, or the other way round");
    for (FacetDimension d : FacetDimension.values()) {
      assertEquals(d.label(), ParameterNames.of(d.param()), "an error names " + d.param() + " by its label");
      assertTrue(d.cliOption().startsWith("--"), d.cliOption());
    }
    assertEquals("--province-current", FacetDimension.PROVINCE_CURRENT.cliOption());
    Set<String> fields = new TreeSet<>(Set.of("signer", "number", "title", "cites"));
    io.vankien.cite.Relations.standard().all().forEach(r -> fields.add(r.code()));
    assertEquals(fields, new TreeSet<>(QueryLexer.FIELDS),
        "the query fields are QueryField's and one per citation relation (a new one is added there)");
    assertTrue(QueryLexer.FIELDS.contains("implements"));
  }

  @Test
  void everyDimensionFiltersListsAndEchoesThroughTheGenericBuilder() throws Exception {
    SearchResult all = search.search(SearchRequest.builder().size(0).build());
    assertEquals(8, all.total());
    for (FacetDimension d : FacetDimension.values()) {
      if (d.within().isPresent()) {
        continue; // listed only within one chosen value of another dimension: below
      }
      List<SearchResult.FacetValue> listed = all.facets().get(d.param());
      if (listed == null || listed.isEmpty()) {
        continue; // no sample holds a value of it
      }
      SearchResult.FacetValue v = listed.get(listed.size() - 1);
      SearchResult r = search.search(SearchRequest.builder().filter(d, List.of(v.value())).build());
      assertEquals(v.count(), r.total(), d + "=" + v.value());
      assertEquals(List.of(v.value()), r.applied().get(d.param()), "the answer echoes " + d);
      assertTrue(r.facets().get(d.param()).stream().anyMatch(x -> x.value().equals(v.value()) && x.selected()),
          "the chosen value is ticked in " + d);
    }
    SearchResult year = search.search(SearchRequest.builder().filter(FacetDimension.YEAR, List.of("2020")).build());
    assertEquals(List.of("2020-01"), year.facets().get("month").stream().map(SearchResult.FacetValue::value).toList(),
        "months listed within the one chosen year");
    assertEquals(null, all.facets().get("month"), "no month list without one chosen year");
  }

  @Test
  void aYearRangeIsWholeYears() throws Exception {
    SearchRequest r = SearchRequest.builder().from(DateBound.first("from", "2019"))
        .to(DateBound.last("to", "2023")).size(20).build();
    SearchResult res = search.search(r);
    assertEquals(5, res.total(), "2019 (31 Dec), 2020 (1 Jan), 2021, 2022, 2023 (31 Dec)");
    assertEquals("2019-01-01", res.applied().get("from"));
    assertEquals("2023-12-31", res.applied().get("to"));
    Set<String> years = new TreeSet<>();
    res.hits().forEach(h -> years.add(h.date().substring(0, 4)));
    assertEquals(Set.of("2019", "2020", "2021", "2022", "2023"), years);
    assertEquals(LocalDate.of(2021, 2, 28), DateBound.last("to", "2021-02"));
    assertEquals(LocalDate.of(2021, 2, 1), DateBound.first("from", "2021-02"));
    assertEquals(LocalDate.of(2021, 2, 3), DateBound.last("to", "2021-02-03"));
    BadRequestException bad = assertThrows(BadRequestException.class, () -> DateBound.first("from", "2021-13"));
    assertEquals("from", bad.parameter());
    BadRequestException reversed = assertThrows(BadRequestException.class, () -> SearchRequest.builder()
        .from(DateBound.first("from", "2023")).to(DateBound.last("to", "2019")).build());
    assertEquals("from", reversed.parameter());
  }

  @Test
  void aValueOfTheWrongShapeIsRefusedByItsDimension() {
    BadRequestException year = assertThrows(BadRequestException.class,
        () -> SearchRequest.builder().filter(FacetDimension.YEAR, List.of("20x")).build());
    assertEquals("year", year.parameter());
    assertTrue(year.getMessage().startsWith("Năm: "), year.getMessage());
    BadRequestException month = assertThrows(BadRequestException.class,
        () -> SearchRequest.builder().months(List.of("2020-1")).build());
    assertEquals("month", month.parameter());
  }
}
