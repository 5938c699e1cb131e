package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ReadScope;
import io.vankien.search.BadRequestException;
import io.vankien.search.DidYouMean;
import io.vankien.search.QueryFactory;
import io.vankien.search.SearchService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Did-you-mean on a cluster: the embedded archive's {@link DidYouMean} (the same steps and choices) over the
 * cluster's words. A word's closest terms come from OpenSearch's term suggester, which runs Lucene's
 * DirectSpellChecker on each shard with the settings given here (those of the embedded archive's) and merges the
 * shards' candidates (their frequencies summed); whether the index holds a word at all is asked of the whole index
 * first, since a shard without the word would offer corrections of it. Document frequencies and the counts of two
 * words standing together are size-0 searches over every document; a correction is offered when it finds more
 * documents the caller may read ({@link ClusterAccess}) than the query did, as in {@code SearchService}.
 */
final class ClusterDidYouMean {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final ClusterDocumentView.Searcher cluster;
  private final QueryFactory queries;
  private final DidYouMean didYouMean = new DidYouMean();

  /** @param cluster sends a search body (counts and suggestions only: no ranking) */
  ClusterDidYouMean(ClusterDocumentView.Searcher cluster, QueryFactory queries) {
    this.cluster = cluster;
    this.queries = queries;
  }

  /**
   * The correction to offer for {@code q}, which found {@code total} documents, or null: none looked for with
   * {@link SearchService#FEW_HITS} or more, or for no words.
   */
  String correction(String q, long total, ReadScope scope) throws IOException {
    if (q == null || q.isBlank() || total >= SearchService.FEW_HITS) {
      return null;
    }
    return didYouMean.firstFindingMore(words, q, total, c -> count(QueryDsl.of(queries.parse(c)), scope));
  }

  private long count(ObjectNode query, ReadScope scope) throws IOException {
    return total(ClusterAccess.within(query, scope));
  }

  /** Documents matching the query, whoever may read them. */
  private long total(ObjectNode query) throws IOException {
    ObjectNode body = F.objectNode().put("size", 0).put("track_total_hits", true);
    body.set("query", query);
    return cluster.search(body).path("hits").path("total").path("value").asLong();
  }

  /**
   * The term suggester's request for one term: the term as it is (keyword analyzer), DirectSpellChecker's defaults;
   * each shard inspects and gives as many candidates as the embedded archive's checker does (shard_size n). The
   * checker's lower-casing of terms has no setting here (OpenSearch does not lower-case); the terms looked up are
   * lower case already ({@code VietnameseText.normalizeTerm}).
   */
  static ObjectNode suggestBody(Term term, int n, SuggestMode mode) {
    ObjectNode body = F.objectNode().put("size", 0).put("track_total_hits", false);
    ObjectNode t = body.putObject("suggest").putObject("word").put("text", term.text()).putObject("term");
    t.put("field", term.field()).put("analyzer", "keyword").put("size", n).put("shard_size", n)
        .put("suggest_mode", mode == SuggestMode.SUGGEST_ALWAYS ? "always" : mode == SuggestMode.SUGGEST_MORE_POPULAR
            ? "popular" : "missing")
        .put("sort", "score").put("string_distance", "internal").put("max_edits", 2).put("prefix_length", 1)
        .put("min_word_length", DidYouMean.MIN_TERM_CHARS).put("accuracy", 0.5).put("max_inspections", 5)
        .put("min_doc_freq", 0).put("max_term_freq", 0.01);
    return body;
  }

  private final DidYouMean.Words words = new DidYouMean.Words() {
    @Override
    public SuggestWord[] similar(Term term, int n, SuggestMode mode) throws IOException {
      if (term.text().codePointCount(0, term.text().length()) < DidYouMean.MIN_TERM_CHARS
          || (mode == SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX && docFreq(term) > 0)) {
        return new SuggestWord[0];
      }
      List<SuggestWord> out = new ArrayList<>();
      for (JsonNode entry : cluster.search(suggestBody(term, n, mode)).path("suggest").path("word")) {
        for (JsonNode o : entry.path("options")) {
          SuggestWord w = new SuggestWord();
          w.string = o.path("text").asText();
          w.score = (float) o.path("score").asDouble();
          w.freq = o.path("freq").asInt();
          out.add(w);
        }
      }
      return out.stream().limit(n).toArray(SuggestWord[]::new);
    }

    @Override
    public int docFreq(Term term) throws IOException {
      return (int) total(QueryDsl.keyword(term.field(), term.text()));
    }

    @Override
    public long phraseCount(String field, String first, String second) throws IOException {
      return total(QueryDsl.of(new PhraseQuery.Builder().add(new Term(field, first), 0)
          .add(new Term(field, second), 1).build()));
    }
  };
}
