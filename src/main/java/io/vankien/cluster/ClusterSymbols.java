package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.ReadScope;
import io.vankien.index.Schema;
import io.vankien.search.DocumentView;
import io.vankien.search.SymbolService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reads of {@code GET /api/symbols/<symbol>} and {@code /api/chains/<symbol>} ({@link SymbolService}, whose
 * logic answers both servers alike) from the cluster, within what one caller may read ({@link ClusterAccess}): the
 * document holding a number, the documents citing it (latest first, with their text), the documents citing it with
 * one relation. Documents the embedded archive would list in index order (equal scores, equal dates) may come in
 * another order here.
 */
final class ClusterSymbols implements SymbolService.Index {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final ClusterDocumentView.Searcher cluster;
  private final ReadScope scope;

  ClusterSymbols(ClusterDocumentView.Searcher cluster, ReadScope scope) {
    this.cluster = cluster;
    this.scope = scope;
  }

  @Override
  public SymbolService.Reads acquire() {
    return new SymbolService.Reads() {
      @Override
      public Optional<ArchivedDocument> holder(String key) throws IOException {
        List<ArchivedDocument> d = records(holderBody(key, scope), false);
        return d.isEmpty() ? Optional.empty() : Optional.of(d.get(0));
      }

      @Override
      public List<SymbolService.Cited> citing(String key, String number, int max, boolean withText)
          throws IOException {
        List<SymbolService.Cited> out = new ArrayList<>();
        for (ArchivedDocument d : records(citingBody(key, max, scope), true)) { // relations read from the texts
          out.add(new SymbolService.Cited(d, DocumentView.Citing.relationOf(d, number)));
        }
        return out;
      }

      @Override
      public List<ArchivedDocument> citingAs(String relationKey, int max) throws IOException {
        return records(citingAsBody(relationKey, max, scope), false);
      }

      @Override
      public void close() {}
    };
  }

  static ObjectNode holderBody(String key, ReadScope scope) {
    return ClusterDocumentView.body(QueryDsl.keyword(Schema.NUMBER_KEY, key), scope, 1);
  }

  /** The documents citing the key, latest first (no date last), records and text. */
  static ObjectNode citingBody(String key, int max, ReadScope scope) {
    ObjectNode body = ClusterDocumentView.body(QueryDsl.keyword(Schema.CITES_KEY, key), scope, max);
    ObjectNode date = F.objectNode();
    date.putObject(Schema.DATE_DAY).put("order", "desc").put("missing", "_last");
    body.putArray("sort").add(date);
    body.putArray("_source").add(Schema.RECORD).add(Schema.TEXT);
    return body;
  }

  static ObjectNode citingAsBody(String relationKey, int max, ReadScope scope) {
    return ClusterDocumentView.body(QueryDsl.keyword(Schema.CITES_RELATION_KEY, relationKey), scope, max);
  }

  private List<ArchivedDocument> records(ObjectNode body, boolean withText) throws IOException {
    List<ArchivedDocument> out = new ArrayList<>();
    for (JsonNode h : cluster.search(body).path("hits").path("hits")) {
      ArchivedDocument d = ClusterDocumentView.record(h);
      out.add(withText ? d.withText(h.path("_source").path(Schema.TEXT).asText(null)) : d);
    }
    return out;
  }
}
