package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.DocumentMapper;
import io.vankien.index.ReadScope;
import io.vankien.index.Schema;
import io.vankien.search.CompletionQuery;
import io.vankien.search.Suggester;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/suggest} from the cluster, as the embedded archive's {@link Suggester} answers it: the same typed
 * query ({@link CompletionQuery}, written as DSL by {@link QueryDsl}) over the same prefix and word fields of the
 * index template, within what the caller may read ({@link ClusterAccess}); numbers and titles the best-scoring
 * documents (scored with the whole index's statistics; of equal scores the latest), signers a terms aggregation on the signer field (count,
 * then name, as the signer facet ranks them), all ranked and de-duplicated by {@link Suggester#best}. What a
 * suggestion shows is read from {@code _source} (the values the embedded archive keeps as doc values).
 *
 * <p>Two differences, in ranking only: documents of equal score and date come in the cluster's order (shard, then
 * document) where the embedded archive lists them in index order; and signers are counted over every matching document,
 * where the embedded archive counts over its first {@link Suggester#MAX_SIGNER_DOCS}.
 */
final class ClusterSuggester {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** Signer names each shard returns per requested one (a terms aggregation's counts are exact when shards return all). */
  static final int SHARD_SIZE_FACTOR = 10;

  private final ClusterDocumentView.Searcher ranked;
  private final ClusterDocumentView.Searcher counted;

  /**
   * @param ranked sends a search whose hits are ranked by score (with the whole index's statistics)
   * @param counted sends a search that only aggregates
   */
  ClusterSuggester(ClusterDocumentView.Searcher ranked, ClusterDocumentView.Searcher counted) {
    this.ranked = ranked;
    this.counted = counted;
  }

  List<Suggester.Suggestion> suggest(String prefix, int n, ReadScope scope) throws IOException {
    CompletionQuery typed = Suggester.typed(prefix, n);
    if (typed == null) {
      return List.of();
    }
    int k = n * Suggester.CANDIDATES_PER_SIZE;
    List<Suggester.Candidate> candidates = new ArrayList<>();
    documents(ranked.search(documentsBody(typed, "number", scope, k)), "number", Suggester.NUMBER_WEIGHT, candidates);
    documents(ranked.search(documentsBody(typed, "title", scope, k)), "title", Suggester.TITLE_WEIGHT, candidates);
    Map<String, Long> signers = new LinkedHashMap<>();
    for (JsonNode b : counted.search(signersBody(typed, scope, k)).path("aggregations").path("signers")
        .path("buckets")) {
      signers.put(b.path("key").asText(), b.path("doc_count").asLong());
    }
    candidates.addAll(Suggester.signerCandidates(signers));
    return Suggester.best(candidates, n);
  }

  /** The k best documents whose number ({@code kind} "number") or citation title ("title") completes what was typed. */
  static ObjectNode documentsBody(CompletionQuery typed, String kind, ReadScope scope, int k) {
    ObjectNode body = F.objectNode();
    body.set("query", within(kind.equals("number") ? typed.over(Schema.SUGGEST_NUMBER, Schema.SUGGEST_NUMBER)
        : typed.over(Schema.SUGGEST_TITLE_WORDS, Schema.SUGGEST_TITLE), scope));
    body.put("size", k);
    body.put("track_total_hits", false);
    body.putArray("sort").add("_score").add(QueryDsl.byDate(true)); // the embedded Suggester's DOCUMENT_ORDER
    body.putArray("_source").add(Schema.SUGGEST_NUMBER).add(Schema.SUGGEST_TITLE).add(Schema.ID_VALUE)
        .add(Schema.F_TYPE).add(Schema.DATE_DAY);
    return body;
  }

  /** The k signers of the most documents whose signer completes what was typed (count, then name). */
  static ObjectNode signersBody(CompletionQuery typed, ReadScope scope, int k) {
    ObjectNode body = F.objectNode();
    body.set("query", within(typed.over(Schema.SIGNER_TEXT, Schema.SUGGEST_SIGNER), scope));
    body.put("size", 0);
    body.put("track_total_hits", false);
    ObjectNode terms = body.putObject("aggs").putObject("signers").putObject("terms");
    terms.put("field", Schema.F_SIGNER).put("size", k).put("shard_size", k * SHARD_SIZE_FACTOR);
    terms.putArray("order").add(F.objectNode().put("_count", "desc")).add(F.objectNode().put("_key", "asc"));
    return body;
  }

  private static ObjectNode within(org.apache.lucene.search.Query q, ReadScope scope) {
    return ClusterAccess.within(QueryDsl.of(q), scope);
  }

  private static void documents(JsonNode answer, String kind, long weight, List<Suggester.Candidate> out) {
    for (JsonNode h : answer.path("hits").path("hits")) {
      Suggester.Suggestion s = suggestion(h.path("_source"), kind);
      out.add(new Suggester.Candidate(weight, () -> s));
    }
  }

  /** What the embedded archive reads from doc values: the shown number and title, id, type, year. */
  static Suggester.Suggestion suggestion(JsonNode source, String kind) {
    String number = shown(source.get(Schema.SUGGEST_NUMBER));
    String text = kind.equals("number") ? number : shown(source.get(Schema.SUGGEST_TITLE));
    JsonNode day = first(source.get(Schema.DATE_DAY));
    Integer year = day == null || !day.canConvertToLong() ? null : LocalDate.ofEpochDay(day.asLong()).getYear();
    JsonNode id = first(source.get(Schema.ID_VALUE));
    JsonNode type = first(source.get(Schema.F_TYPE));
    return new Suggester.Suggestion(text, kind, id == null ? null : id.asText(), type == null ? null : type.asText(),
        number, year);
  }

  private static String shown(JsonNode value) {
    JsonNode v = first(value);
    return v == null || v.asText().isBlank() ? null : DocumentMapper.suggestionText(v.asText());
  }

  /** A field's value (its first, when it has several); null when absent. */
  private static JsonNode first(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      return value.isEmpty() ? null : value.get(0);
    }
    return value;
  }
}
