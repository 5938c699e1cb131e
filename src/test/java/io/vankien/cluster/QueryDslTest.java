package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.analysis.VietnameseAnalyzer;
import io.vankien.index.Schema;
import io.vankien.search.QueryFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** Lucene queries as OpenSearch's query DSL, compared as JSON trees. */
class QueryDslTest {
  private static JsonNode json(String s) throws Exception {
    return ClusterDocuments.JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void termsBooleansBoostsAndConstantScoresKeepTheirStructureAndWeights() throws Exception {
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TEXT, "nông")), Occur.MUST)
        .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Schema.NUMBER_KEY, "1-nq/tu"))), 1000f),
            Occur.SHOULD)
        .add(new BoostQuery(new TermQuery(new Term(Schema.TITLE, "thôn")), 2f), Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.TEXT, "mới")), Occur.MUST_NOT)
        .setMinimumNumberShouldMatch(1)
        .build();
    assertEquals(json("""
        {'bool': {
          'must': [{'term': {'text': {'value': 'nông'}}}],
          'should': [
            {'constant_score': {'filter': {'term': {'number_key': {'value': '1-nq/tu'}}}, 'boost': 1000.0}},
            {'term': {'title': {'value': 'thôn', 'boost': 2.0}}}],
          'must_not': [{'term': {'text': {'value': 'mới'}}}],
          'minimum_should_match': 1}}"""), QueryDsl.of(q));
  }

  @Test
  void aPhraseIsMatchPhraseOfItsAnalyzedTermsThroughTheWhitespaceAnalyzer() throws Exception {
    PhraseQuery p = new PhraseQuery(1, Schema.TEXT, "nong", "thon", "moi");
    assertEquals(json("{'match_phrase': {'text': {'query': 'nong thon moi', 'analyzer': 'whitespace', 'slop': 1}}}"),
        QueryDsl.of(p));
    PhraseQuery withGap = new PhraseQuery.Builder().add(new Term(Schema.TEXT, "a"), 0)
        .add(new Term(Schema.TEXT, "b"), 2).build();
    assertThrows(IllegalArgumentException.class, () -> QueryDsl.of(withGap), "a gap is refused, not dropped");
  }

  @Test
  void aFacetDrillDownTermIsATermOnTheDimensionsKeywordField() throws Exception {
    Term type = DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, Schema.F_TYPE, "Nghị quyết");
    assertEquals(json("{'term': {'type': {'value': 'Nghị quyết'}}}"), QueryDsl.of(new TermQuery(type)));
    Term both = DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, Schema.F_PROVINCE_CURRENT, "Ninh Bình",
        "Hà Nam");
    assertEquals(json("{'bool': {'filter': [{'term': {'provinceCurrent': {'value': 'Ninh Bình'}}},"
        + " {'term': {'province': {'value': 'Hà Nam'}}}]}}"), QueryDsl.of(new TermQuery(both)));
  }

  @Test
  void aSynonymQueryKeepsTheFoldedFormsLowerWeight() throws Exception {
    SynonymQuery s = new SynonymQuery.Builder(Schema.TEXT).addTerm(new Term(Schema.TEXT, "nông"))
        .addTerm(new Term(Schema.TEXT, "nong"), VietnameseAnalyzer.FOLDED_QUERY_BOOST).build();
    JsonNode dsl = QueryDsl.of(s);
    assertEquals(json("{'bool': {'should': [{'term': {'text': {'value': 'nong', 'boost': 0.2}}},"
        + " {'term': {'text': {'value': 'nông'}}}]}}"), dsl);
    assertEquals(0.2, dsl.path("bool").path("should").get(0).path("term").path("text").path("boost").asDouble());
  }

  @Test
  void aQueryOfAnotherKindIsRefusedNotDropped() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QueryDsl.of(new FuzzyQuery(new Term(Schema.TEXT, "nong"))));
    assertTrue(e.getMessage().contains("FuzzyQuery"), e.getMessage());
  }

  @Test
  void theQueryFactorysQueriesOfNumbersPhrasesFieldsAndNegationsAreWritten() throws Exception {
    QueryFactory f = new QueryFactory().positional();
    String own = QueryDsl.of(f.parse("01-NQ/TU")).toString();
    assertTrue(own.contains("{\"constant_score\":{\"filter\":{\"term\":{\"number_key\":{\"value\":\"1-nq/tu\"}}},"
        + "\"boost\":1000.0}}"), own);
    // folded terms are marked (\u0001) in the index, as VietnameseAnalyzer writes them
    String folded = QueryDsl.of(f.parse("\"nong thon moi\" -ha")).toString();
    assertTrue(folded.contains("{\"match_phrase\":{\"text\":{\"query\":\"\\u0001nong \\u0001thon \\u0001moi\","
        + "\"analyzer\":\"whitespace\"}}}"), folded);
    assertTrue(folded.contains("\"must_not\":[{\"term\":{\"text\":{\"value\":\"\\u0001ha\"}}}]"), folded);
    String exact = QueryDsl.of(f.parse("nông thôn")).toString();
    assertTrue(exact.contains("{\"term\":{\"text\":{\"value\":\"\\u0001nong\",\"boost\":0.2}}}"), exact);
    String variants = QueryDsl.of(f.parse("\"nhiệm kỳ\"")).toString();
    assertTrue(variants.contains("\"span_or\""), variants);
    String typed = QueryDsl.of(f.parse("nghị quyết 2020")).toString();
    assertTrue(typed.contains("{\"term\":{\"type\":{\"value\":\"Nghị quyết\"}}}"), typed);
    assertTrue(typed.contains("{\"term\":{\"year\":{\"value\":\"2020\"}}}"), typed);
    String loose = QueryDsl.of(f.parse("NQ12-TU")).toString();
    assertTrue(loose.contains("\"regexp\":{\"number_key\""), loose);
  }

  /** Every query of the judged sets (eval/) is written: no kind of clause the factory builds is left out. */
  @Test
  void everyJudgedQueryIsWritten() throws Exception {
    QueryFactory f = new QueryFactory().positional();
    List<String> queries = new ArrayList<>();
    for (String set : List.of("eval/queries.jsonl", "eval/heldout-queries.jsonl", "eval/misremembered-queries.jsonl")) {
      for (String line : Files.readAllLines(Path.of(set))) {
        if (!line.isBlank()) {
          queries.add(ClusterDocuments.JSON.readTree(line).path("query").asText());
        }
      }
    }
    assertTrue(queries.size() > 200, "judged queries read: " + queries.size());
    for (String q : queries) {
      JsonNode dsl = QueryDsl.of(f.parse(q));
      assertTrue(dsl.isObject() && dsl.size() == 1, q + ": " + dsl);
    }
  }
}
