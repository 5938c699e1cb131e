package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.ReadScope;
import io.vankien.index.Schema;
import io.vankien.search.SymbolService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reads of {@code GET /api/symbols/<symbol>} and {@code /api/chains/<symbol>} ({@link SymbolService}, whose
 * logic answers both servers alike) from the cluster, within what one caller may read ({@link ClusterAccess}): the
 * document holding a number, the documents citing it (latest first, each with its relation: {@link ClusterCiting}),
 * the documents citing it with one relation. Documents the embedded archive would list in index order (equal scores,
 * equal dates) may come in another order here.
 */
final class ClusterSymbols implements SymbolService.Index {
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
        List<ArchivedDocument> d = records(holderBody(key, scope));
        return d.isEmpty() ? Optional.empty() : Optional.of(d.get(0));
      }

      @Override
      public List<SymbolService.Cited> citing(String key, String number, int max, boolean withText)
          throws IOException {
        return ClusterCiting.latest(cluster, key, number, max, scope, withText);
      }

      @Override
      public List<ArchivedDocument> citingAs(String relationKey, int max) throws IOException {
        return records(citingAsBody(relationKey, max, scope));
      }

      @Override
      public void close() {}
    };
  }

  static ObjectNode holderBody(String key, ReadScope scope) {
    return ClusterDocumentView.body(QueryDsl.keyword(Schema.NUMBER_KEY, key), scope, 1);
  }

  static ObjectNode citingAsBody(String relationKey, int max, ReadScope scope) {
    return ClusterDocumentView.body(QueryDsl.keyword(Schema.CITES_RELATION_KEY, relationKey), scope, max);
  }

  private List<ArchivedDocument> records(ObjectNode body) throws IOException {
    List<ArchivedDocument> out = new ArrayList<>();
    for (JsonNode h : cluster.search(body).path("hits").path("hits")) {
      out.add(ClusterDocumentView.record(h));
    }
    return out;
  }
}
