package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ReadScope;
import io.vankien.meta.AccessLevel;
import io.vankien.search.BadRequestException;
import io.vankien.search.QueryFactory;
import io.vankien.search.SearchRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A SearchRequest as the body of a _search request, compared as JSON trees. */
class SearchBodyTest {
  private final QueryFactory queries = new QueryFactory().positional();

  private static JsonNode json(String s) throws Exception {
    return ClusterDocuments.JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void anAnonymousCallerReadsPublicDocumentsOnly() throws Exception {
    assertEquals(json("{'bool': {'should': [{'term': {'access': {'value': 'public'}}}], 'minimum_should_match': 1}}"),
        ClusterAccess.filter(ReadScope.PUBLIC));
  }

  @Test
  void aProvincialStaffMemberReadsAboveThePublicOnlyInTheProvinceThenOrNow() throws Exception {
    String provinces = "{'bool': {'should': [{'terms': {'province': ['Hà Nam']}}, {'terms': {'provinceCurrent':"
        + " ['Hà Nam']}}], 'minimum_should_match': 1}}";
    assertEquals(json("{'bool': {'should': [{'term': {'access': {'value': 'public'}}},"
        + " {'bool': {'filter': [{'term': {'access': {'value': 'internal'}}}, " + provinces + "]}},"
        + " {'bool': {'filter': [{'term': {'access': {'value': 'restricted'}}}, " + provinces + "]}}],"
        + " 'minimum_should_match': 1}}"),
        ClusterAccess.filter(new ReadScope(AccessLevel.RESTRICTED, Set.of("Hà Nam"))));
    assertEquals(json("{'bool': {'should': [{'term': {'access': {'value': 'public'}}},"
        + " {'term': {'access': {'value': 'internal'}}}], 'minimum_should_match': 1}}"),
        ClusterAccess.filter(new ReadScope(AccessLevel.INTERNAL, Set.of())));
  }

  @Test
  void theAdminsMetricsCountOneLevelWhoeverMayReadIt() throws Exception {
    assertEquals(json("{'query': {'bool': {'filter': [{'term': {'access': {'value': 'restricted'}}}]}},"
        + " 'track_total_hits': true, 'size': 0}"), SearchBody.documentsAt(AccessLevel.RESTRICTED));
  }

  @Test
  void anExportReadsRecordsAndStoredCitationsNotTexts() throws Exception {
    ObjectNode body = SearchBody.export(SearchRequest.of("nông thôn"), ReadScope.PUBLIC, queries, 500, null);
    assertEquals(json("['record', 'citations']"), body.path("_source"));
    assertEquals(500, body.path("size").asInt());
    assertEquals(ClusterAccess.filter(ReadScope.PUBLIC), body.path("query").path("bool").path("filter").get(0));
  }

  @Test
  void everyBodyCarriesTheAccessFilter() {
    SearchRequest req = SearchRequest.of("nông thôn");
    for (ObjectNode body : List.of(SearchBody.search(req, ReadScope.PUBLIC, queries),
        SearchBody.counts(req, ReadScope.PUBLIC, queries), SearchBody.documents(ReadScope.PUBLIC))) {
      JsonNode filter = body.path("query").path("bool").path("filter");
      assertEquals(ClusterAccess.filter(ReadScope.PUBLIC), filter.get(0), body.toString());
    }
  }

  @Test
  void chosenValuesFilterTheHitsAndEveryOtherDimensionsCountsButNotTheirOwn() throws Exception {
    SearchRequest req = SearchRequest.builder().q("").types(List.of("Nghị quyết", "Kế hoạch"))
        .provinces(List.of("Hà Nam")).from(LocalDate.of(2020, 1, 1)).build();
    ObjectNode body = SearchBody.search(req, ReadScope.PUBLIC, queries);
    JsonNode type = json("{'terms': {'type': ['Nghị quyết', 'Kế hoạch']}}");
    JsonNode province = json("{'terms': {'province': ['Hà Nam']}}");
    assertEquals(json("{'bool': {'filter': [" + province + ", " + type + "]}}"), body.get("post_filter"));
    assertEquals(json("{'range': {'date_day': {'gte': " + LocalDate.of(2020, 1, 1).toEpochDay() + "}}}"),
        json(body.path("query").path("bool").path("filter").get(1).toString())); // long and int nodes alike
    JsonNode aggs = body.get("aggs");
    assertEquals(json("{'bool': {'filter': [" + province + "]}}"), aggs.path("f_type").get("filter"));
    assertEquals(json("{'bool': {'filter': [" + type + "]}}"), aggs.path("f_province").get("filter"));
    assertEquals(json("{'bool': {'filter': [" + province + ", " + type + "]}}"), aggs.path("f_signer").get("filter"));
    assertEquals(json("{'terms': {'field': 'type', 'size': 2, 'order': [{'_count': 'desc'}, {'_key': 'asc'}],"
        + " 'include': ['Nghị quyết', 'Kế hoạch']}}"), aggs.path("f_type").path("aggs").get("chosen"));
    assertFalse(aggs.has("f_month"), "months are listed within one chosen year only");
    assertTrue(SearchBody.search(SearchRequest.builder().years(List.of("2021")).build(), ReadScope.PUBLIC, queries)
        .get("aggs").has("f_month"));
    // open-ended dimensions list facetLimit values; the province of today its provinces then under each
    assertEquals(10, aggs.path("f_signer").path("aggs").path("top").path("terms").path("size").asInt());
    assertEquals("province", aggs.path("f_provinceCurrent").path("aggs").path("top").path("aggs").path("children")
        .path("terms").path("field").asText());
    // browsing: newest first, undated last
    assertEquals(json("[{'date_day': {'order': 'desc', 'missing': '_last'}}, {'_score': {'order': 'desc'}}]"),
        body.get("sort"));
  }

  @Test
  void countsFilterTheQueryItselfAndCountEveryDimensionWithinEveryChoice() throws Exception {
    SearchRequest req = SearchRequest.builder().q("nông thôn").types(List.of("Nghị quyết")).build();
    ObjectNode body = SearchBody.counts(req, ReadScope.PUBLIC, queries);
    assertFalse(body.has("post_filter"));
    assertEquals(0, body.get("size").asInt());
    assertEquals(json("{'bool': {'filter': [{'terms': {'type': ['Nghị quyết']}}]}}"),
        body.path("query").path("bool").path("filter").get(1));
    assertEquals(json("{'match_all': {}}"), body.path("aggs").path("f_type").get("filter"));
  }

  @Test
  void aPageBeyondTheClustersWindowIsA400NamingPage() {
    SearchRequest req = SearchRequest.builder().q("a").page(101).size(100).build();
    BadRequestException e = assertThrows(BadRequestException.class,
        () -> SearchBody.search(req, ReadScope.PUBLIC, queries));
    assertEquals("page", e.parameter());
  }
}
