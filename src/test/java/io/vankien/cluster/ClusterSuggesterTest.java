package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ReadScope;
import io.vankien.search.BadRequestException;
import io.vankien.search.CompletionQuery;
import io.vankien.search.Suggester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suggest requests a cluster is sent (the typed query over the prefix and word fields, within the caller's
 * access filter; signers as a terms aggregation) and how its answers become suggestions, ranked as the embedded
 * suggester ranks them. The answers here are written by hand: ServeFromClusterTests compares a real cluster's.
 */
class ClusterSuggesterTest {
  private static JsonNode json(String s) throws Exception {
    return ClusterDocuments.JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void theLastWordIsAPrefixTheOthersWholeWordsWithinTheCallersReach() throws Exception {
    ObjectNode body = ClusterSuggester.documentsBody(CompletionQuery.of("Kế hoạch thự"), "title", ReadScope.PUBLIC, 16);
    JsonNode bool = body.path("query").path("bool");
    assertEquals(ClusterAccess.filter(ReadScope.PUBLIC), bool.path("filter").get(0));
    // folded terms (the folded form's marker first): whole words, then the last word's start
    JsonNode words = bool.path("must").get(0).path("bool").path("must");
    assertEquals("\u0001ke", words.get(0).path("term").path("suggest_title_words").path("value").asText(), words.toString());
    assertEquals("\u0001hoach", words.get(1).path("term").path("suggest_title_words").path("value").asText());
    assertEquals("\u0001thu", words.get(2).path("term").path("suggest_title").path("value").asText());
    assertEquals(16, body.path("size").asInt());
    // of equal scores the latest, as the embedded suggester sorts
    assertEquals(json("['_score', {'date_day': {'order': 'desc', 'missing': '_last'}}]"), body.path("sort"));

    ObjectNode numbers = ClusterSuggester.documentsBody(CompletionQuery.of("43-NQ"), "number", ReadScope.EVERYTHING, 4);
    assertTrue(numbers.path("query").toString().contains("suggest_number"), numbers.toString());
    assertEquals(ClusterAccess.filter(ReadScope.EVERYTHING), numbers.path("query").path("bool").path("filter").get(0));
  }

  @Test
  void signersAreCountedByATermsAggregationInTheFacetsOrder() throws Exception {
    ObjectNode body = ClusterSuggester.signersBody(CompletionQuery.of("nguyen v"), ReadScope.PUBLIC, 10);
    assertEquals(0, body.path("size").asInt());
    assertEquals(json("{'field': 'signer', 'size': 10, 'shard_size': 100, 'order': [{'_count': 'desc'}, {'_key': 'asc'}]}"),
        body.path("aggs").path("signers").path("terms"));
    assertTrue(body.path("query").toString().contains("signer_text"), body.toString());
    assertEquals(ClusterAccess.filter(ReadScope.PUBLIC), body.path("query").path("bool").path("filter").get(0));
  }

  @Test
  void aSuggestionShowsWhatTheArchiveKeepsAsDocValues() throws Exception {
    Suggester.Suggestion s = ClusterSuggester.suggestion(json("{'suggest_number': '43-NQ/TU', 'suggest_title':"
        + " 'Nghị quyết   số 43-NQ/TU\\n về khoáng sản', 'id_value': 'abc', 'type': 'Nghị quyết', 'date_day': 18701}"),
        "title");
    assertEquals(new Suggester.Suggestion("Nghị quyết số 43-NQ/TU về khoáng sản", "title", "abc", "Nghị quyết",
        "43-NQ/TU", 2021), s);
    assertEquals(new Suggester.Suggestion(null, "number", "x", null, null, null),
        ClusterSuggester.suggestion(json("{'id_value': 'x'}"), "number"));
  }

  @Test
  void answersAreRankedAsTheEmbeddedSuggesterRanksThem() throws Exception {
    List<ObjectNode> sent = new ArrayList<>();
    JsonNode docs = json("{'hits': {'hits': [{'_source': {'suggest_number': '5-KH/TU', 'suggest_title': 'Kế hoạch số"
        + " 5-KH/TU', 'id_value': 'a'}}, {'_source': {'suggest_number': '6-KH/TU', 'suggest_title': 'Kế hoạch số"
        + " 5-KH/TU', 'id_value': 'b'}}]}}");
    JsonNode signers = json("{'aggregations': {'signers': {'buckets': [{'key': 'Nguyễn  Văn A', 'doc_count': 2},"
        + " {'key': 'Nguyễn Văn A', 'doc_count': 2}, {'key': 'Lê B', 'doc_count': 1}]}}}");
    ClusterSuggester suggester = new ClusterSuggester(b -> {
      sent.add(b);
      return docs;
    }, b -> {
      sent.add(b);
      return signers;
    });
    List<Suggester.Suggestion> out = suggester.suggest("5", 4, ReadScope.PUBLIC);
    // the one signer (two spellings, 4 documents) outweighs a number (3); the second title repeats the first
    assertEquals(List.of("signer:Nguyễn Văn A", "number:5-KH/TU", "number:6-KH/TU", "title:Kế hoạch số 5-KH/TU"),
        out.stream().map(s -> s.kind() + ":" + s.text()).toList());
    assertEquals(3, sent.size());
    sent.forEach(b -> assertEquals(ClusterAccess.filter(ReadScope.PUBLIC), b.path("query").path("bool").path("filter")
        .get(0)));
  }

  @Test
  void nothingTypedAsksNothingAndABadSizeIsA400() throws Exception {
    ClusterSuggester suggester = new ClusterSuggester(b -> {
      throw new AssertionError("asked");
    }, b -> {
      throw new AssertionError("asked");
    });
    assertEquals(List.of(), suggester.suggest("  ", 8, ReadScope.PUBLIC));
    assertEquals("size", assertThrows(BadRequestException.class, () -> suggester.suggest("a", 51, ReadScope.PUBLIC))
        .parameter());
  }
}
