package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ReadScope;
import io.vankien.search.QueryFactory;
import io.vankien.search.SearchBackend;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import java.io.IOException;

/**
 * {@code serve --cluster}: searches answered by the cluster's index ({@link SearchBody} sent to {@code _search},
 * {@link SearchAnswer} read back), every one within what the caller may read ({@link ClusterAccess}). The query
 * is {@link QueryFactory}'s positional form, the ranking the relevance evaluation tuned (the embedded archive's
 * second pass), in one pass. Not yet: did-you-mean and answering with a correction (no {@code didYouMean} in the
 * answer).
 */
public final class ClusterSearch implements SearchBackend {
  private final ClusterClient client;
  private final QueryFactory queries = new QueryFactory().positional();

  public ClusterSearch(ClusterClient client) {
    this.client = client;
  }

  public ClusterTarget target() {
    return client.target();
  }

  @Override
  public SearchResult search(SearchRequest req, ReadScope scope) throws IOException {
    long start = System.nanoTime();
    JsonNode answer = send(SearchBody.search(req, scope, queries));
    return SearchAnswer.read(req, answer, (System.nanoTime() - start) / 1_000_000);
  }

  @Override
  public SearchResult counts(SearchRequest req, ReadScope scope) throws IOException {
    long start = System.nanoTime();
    JsonNode answer = send(SearchBody.counts(req.countsOnly(), scope, queries));
    return SearchAnswer.read(req.countsOnly(), answer, (System.nanoTime() - start) / 1_000_000);
  }

  @Override
  public long documents(ReadScope scope) throws IOException {
    return send(SearchBody.documents(scope)).path("hits").path("total").path("value").asLong();
  }

  @Override
  public boolean embedded() {
    return false;
  }

  private JsonNode send(ObjectNode body) throws IOException {
    String index = client.target().index();
    ClusterClient.Response r = client.send("POST", "/" + index + "/_search",
        ClusterDocuments.JSON.writeValueAsString(body), "application/json");
    if (!r.ok()) {
      throw new IOException("cluster search of " + index + " on " + client.target().url() + " failed (HTTP "
          + r.status() + "): " + Bulk.abbreviate(r.body()));
    }
    return ClusterDocuments.JSON.readTree(r.body());
  }
}
