package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.cite.Relations;
import io.vankien.cite.StoredCitations;
import io.vankien.cite.TypedCitation;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.ReadScope;
import io.vankien.index.Schema;
import io.vankien.search.DocumentView;
import io.vankien.search.SymbolService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The documents citing a symbol from the cluster, latest first (no date last), each with its relation to the cited
 * number, read as the embedded archive reads them ({@code CitingDocuments}): from the typed citations stored beside
 * the record (schema 15, {@link Schema#CITATIONS}, in the cluster's {@code _source} as JSON). A citing document's text
 * is read only when the caller asks for it, or for a document whose stored citations do not give the number (one
 * more request for those texts alone, within the same scope). For a symbol's page and chain ({@link ClusterSymbols})
 * and a document's "cited by" list ({@link ClusterDocumentView}); an export reads its rows' citations the same way
 * ({@link ClusterSearch#forEachMatch}).
 */
final class ClusterCiting {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ClusterCiting() {}

  /** The request: documents whose {@code cites_key} is {@code key}, latest first, records and stored citations. */
  static ObjectNode body(String key, int max, ReadScope scope, boolean withText) {
    ObjectNode body = ClusterDocumentView.body(QueryDsl.keyword(Schema.CITES_KEY, key), scope, max);
    body.putArray("sort").add(QueryDsl.byDate(true));
    ArrayNode source = body.putArray("_source").add(Schema.RECORD).add(Schema.CITATIONS);
    if (withText) {
      source.add(Schema.TEXT);
    }
    return body;
  }

  /** The request for the texts of the documents {@code ids}, within {@code scope}. */
  static ObjectNode textsBody(List<String> ids, ReadScope scope) {
    ObjectNode ofIds = F.objectNode();
    ArrayNode values = ofIds.putObject("ids").putArray("values");
    ids.forEach(values::add);
    ObjectNode body = ClusterDocumentView.body(ofIds, scope, ids.size());
    body.putArray("_source").add(Schema.TEXT);
    return body;
  }

  /**
   * At most {@code max} documents in {@code scope} citing {@code key}, latest first, each with its relation to
   * {@code number}; with its text when {@code withText}.
   */
  static List<SymbolService.Cited> latest(ClusterDocumentView.Searcher cluster, String key, String number, int max,
      ReadScope scope, boolean withText) throws IOException {
    List<SymbolService.Cited> out = new ArrayList<>();
    for (Read r : read(cluster, cluster.search(body(key, max, scope, withText)).path("hits").path("hits"), scope,
        x -> to(x.stored(), x.doc(), number).isEmpty())) {
      out.add(new SymbolService.Cited(r.doc(), to(r.stored(), r.doc(), number)
          .orElseGet(() -> DocumentView.Citing.relationOf(r.doc(), number))));
    }
    return out;
  }

  /**
   * A hit as read: its record (with its text when the hit had it, or when it was read for the hit) and the typed
   * citations stored in its {@code _source}.
   */
  record Read(ArchivedDocument doc, Optional<List<TypedCitation>> stored) {}

  /**
   * The hits in order, each with its stored citations; the texts of those without a text for which {@code needsText}
   * holds, in one request within {@code scope} ("" for a document deleted between the two requests).
   */
  static List<Read> read(ClusterDocumentView.Searcher cluster, JsonNode hits, ReadScope scope,
      Predicate<Read> needsText) throws IOException {
    List<Read> out = new ArrayList<>();
    Set<String> textless = new LinkedHashSet<>(); // the ids asked for in the hits' order
    for (JsonNode h : hits) {
      ArchivedDocument d = ClusterDocumentView.record(h);
      JsonNode text = h.path("_source").get(Schema.TEXT);
      Read r = new Read(text == null ? d : d.withText(text.asText(null)), stored(h));
      if (text == null && needsText.test(r)) {
        textless.add(d.id());
      }
      out.add(r);
    }
    if (textless.isEmpty()) {
      return out;
    }
    Map<String, String> texts = texts(cluster, List.copyOf(textless), scope);
    List<Read> withTexts = new ArrayList<>(out.size());
    for (Read r : out) {
      withTexts.add(textless.contains(r.doc().id())
          ? new Read(r.doc().withText(texts.getOrDefault(r.doc().id(), "")), r.stored()) : r);
    }
    return withTexts;
  }

  /** The stored typed citation of {@code number} of a document, if its stored citations give it. */
  private static Optional<TypedCitation> to(Optional<List<TypedCitation>> stored, ArchivedDocument d, String number) {
    return stored.flatMap(t -> StoredCitations.to(t, d.meta().cites(), number));
  }

  /**
   * The typed citations stored in a hit's {@code _source} ({@link StoredCitations}), empty when it has none (a
   * document mirrored before schema 15) or names a relation the vocabulary no longer has: then read its text.
   */
  private static Optional<List<TypedCitation>> stored(JsonNode hit) {
    JsonNode c = hit.path("_source").get(Schema.CITATIONS);
    return StoredCitations.decode(c == null || c.isNull() ? null : c.toString(), Relations.standard());
  }

  /** The texts of the documents {@code ids} the scope may read, by id (one request). */
  private static Map<String, String> texts(ClusterDocumentView.Searcher cluster, List<String> ids, ReadScope scope)
      throws IOException {
    Map<String, String> out = new HashMap<>();
    for (JsonNode h : cluster.search(textsBody(ids, scope)).path("hits").path("hits")) {
      out.put(h.path("_id").asText(), h.path("_source").path(Schema.TEXT).asText(null));
    }
    return out;
  }
}
