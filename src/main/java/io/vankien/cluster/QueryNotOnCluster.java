package io.vankien.cluster;

/**
 * A query the embedded archive answers but {@link QueryDsl} cannot write as OpenSearch's query DSL (a phrase with
 * a gap, a synonym of more than two terms): the server answers 501 naming {@code q}, never a different query.
 */
public final class QueryNotOnCluster extends RuntimeException {
  public QueryNotOnCluster(String q, IllegalArgumentException cause) {
    super("Câu tìm “" + q + "” chưa tìm được trên cụm OpenSearch (" + cause.getMessage()
        + "); hãy tìm trên kho nhúng hoặc viết lại câu tìm.", cause);
  }
}
