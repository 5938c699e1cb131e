package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ReadScope;
import io.vankien.search.QueryFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.SuggestMode;
import org.junit.jupiter.api.Test;

/**
 * Did-you-mean's cluster requests: the term suggester with the embedded checker's settings, the term as it is; a
 * word the index holds is never sent to it; a correction is offered only when it finds more documents the caller
 * may read. The cluster here answers by hand; ServeFromClusterTests compares a real cluster's corrections.
 */
class ClusterDidYouMeanTest {
  private static JsonNode json(String s) throws Exception {
    return ClusterDocuments.JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void theTermSuggesterIsAskedAsTheEmbeddedCheckerLooks() throws Exception {
    ObjectNode body = ClusterDidYouMean.suggestBody(new Term("text", "nôngg"), 50, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    assertEquals(json("{'text': 'nôngg', 'term': {'field': 'text', 'analyzer': 'keyword', 'size': 50, 'shard_size': 50,"
        + " 'suggest_mode': 'missing', 'sort': 'score', 'string_distance': 'internal', 'max_edits': 2,"
        + " 'prefix_length': 1, 'min_word_length': 3, 'accuracy': 0.5, 'max_inspections': 5, 'min_doc_freq': 0,"
        + " 'max_term_freq': 0.01}}"), body.path("suggest").path("word"));
    assertEquals("always", ClusterDidYouMean.suggestBody(new Term("text", "hao"), 50, SuggestMode.SUGGEST_ALWAYS)
        .path("suggest").path("word").path("term").path("suggest_mode").asText());
  }

  /** Answers: no document with the word {@code missing}, 5 with any other, {@code correctedDocs} the caller's; suggestions "nông". */
  private static ClusterDidYouMean cluster(List<ObjectNode> sent, String missing, long correctedDocs) throws Exception {
    JsonNode suggestion = json("{'suggest': {'word': [{'text': 'x', 'options': [{'text': 'nông', 'score': 0.8,"
        + " 'freq': 7}]}]}}");
    return new ClusterDidYouMean(b -> {
      sent.add(b);
      if (b.has("suggest")) {
        return suggestion;
      }
      boolean scoped = b.path("query").path("bool").has("filter");
      long n = scoped ? correctedDocs : b.toString().contains(missing) ? 0 : 5;
      return ClusterDocuments.JSON.readTree("{\"hits\": {\"total\": {\"value\": " + n + "}}}");
    }, new QueryFactory().positional());
  }

  @Test
  void aMisspelledWordIsCorrectedWhenTheCorrectionFindsMoreTheCallerMayRead() throws Exception {
    List<ObjectNode> sent = new ArrayList<>();
    assertEquals("nông thôn", cluster(sent, "nôngg", 4).correction("nôngg thôn", 0, ReadScope.PUBLIC));
    ObjectNode last = sent.get(sent.size() - 1);
    assertEquals(ClusterAccess.filter(ReadScope.PUBLIC), last.path("query").path("bool").path("filter").get(0),
        "the correction is counted within the caller's reach");
    assertTrue(sent.stream().anyMatch(b -> b.has("suggest")));

    sent.clear();
    assertNull(cluster(sent, "nôngg", 0).correction("nôngg thôn", 0, ReadScope.PUBLIC), "finds none the caller may read");
  }

  @Test
  void wordsTheIndexHoldsAndQueriesWithEnoughMatchesAreLeftAsTheyAre() throws Exception {
    List<ObjectNode> sent = new ArrayList<>();
    assertNull(cluster(sent, "none", 9).correction("nôngg thôn", 1, ReadScope.PUBLIC));
    assertTrue(sent.stream().noneMatch(b -> b.has("suggest")), "held words are not sent to the suggester");
    sent.clear();
    assertNull(cluster(sent, "nôngg", 9).correction("nôngg thôn", 3, ReadScope.PUBLIC));
    assertNull(cluster(sent, "nôngg", 9).correction("  ", 0, ReadScope.PUBLIC));
    assertEquals(List.of(), sent, "three matches or more, or nothing typed: nothing asked");
  }
}
