package io.vankien.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ReadScope;
import io.vankien.index.Schema;
import io.vankien.search.BadRequestException;
import io.vankien.search.FacetDimension;
import io.vankien.search.QueryFactory;
import io.vankien.search.SearchRequest;
import java.util.List;

/**
 * A {@link SearchRequest} as the body of a {@code _search} request: the user's query ({@link QueryFactory}'s,
 * written by {@link QueryDsl}) with the date range and the caller's {@link ClusterAccess} filter; the chosen
 * facet values as a {@code post_filter}; one aggregation per {@link FacetDimension}, over the matches of the query
 * and every other dimension's filter, so that a dimension lists its other values beside the chosen ones (the
 * embedded archive's drill sideways); highlights of the text; the page and its order.
 *
 * <p>The facet aggregations are named {@code FACET_PREFIX + param}; in each, {@code top} the values by count
 * (then by value: Lucene's order), {@code chosen} the chosen values (listed even beyond the top), {@code
 * distinct} how many values have matches; provinces of today have the provinces then under them ({@code
 * children}).
 */
public final class SearchBody {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  static final String FACET_PREFIX = "f_";
  /** Values listed for the dimensions with a small, closed set of values (as the embedded archive's listing). */
  static final int ALL_VALUES = 100;
  /** Hits a cluster pages through with from and size (OpenSearch's index.max_result_window default). */
  public static final int MAX_WINDOW = 10_000;
  static final String PRE = "<mark>";
  static final String POST = "</mark>";
  static final int PASSAGES = 3;
  /** Characters of a text searched for passages (the embedded archive's Snippets.MAX_CHARS). */
  static final int MAX_HIGHLIGHT_CHARS = 100_000;

  private SearchBody() {}

  /** The user's query as the DSL, or {@link QueryNotOnCluster} when the DSL has no form for it. */
  private static ObjectNode userQuery(SearchRequest req, QueryFactory queries) {
    return userQuery(req, queries, null);
  }

  /** As {@link #userQuery(SearchRequest, QueryFactory)}, its stacked phrases weighed by {@code idf} (or null). */
  private static ObjectNode userQuery(SearchRequest req, QueryFactory queries, PhraseIdf idf) {
    org.apache.lucene.search.Query q = queries.parse(req.q());
    try {
      return QueryDsl.of(q, idf);
    } catch (IllegalArgumentException e) {
      throw new QueryNotOnCluster(req.q(), e);
    }
  }

  /** The body of a results page. */
  public static ObjectNode search(SearchRequest req, ReadScope scope, QueryFactory queries) {
    return search(req, scope, queries, null);
  }

  /**
   * As {@link #search(SearchRequest, ReadScope, QueryFactory)}, the query's phrases with several terms at a
   * position weighed with the whole index's statistics ({@link PhraseIdf}; null: as spans).
   */
  public static ObjectNode search(SearchRequest req, ReadScope scope, QueryFactory queries, PhraseIdf idf) {
    int from = (req.page() - 1) * req.size();
    if (from + req.size() > MAX_WINDOW) {
      throw new BadRequestException("page", "trên cụm OpenSearch chỉ xem được " + MAX_WINDOW
          + " kết quả đầu tiên (trang × số kết quả mỗi trang); trang " + req.page() + " với " + req.size()
          + " kết quả mỗi trang vượt quá");
    }
    ObjectNode body = F.objectNode();
    ObjectNode userQuery = userQuery(req, queries, idf);
    body.set("query", filtered(userQuery, req, scope, false));
    ObjectNode post = choices(req, null);
    if (post != null) {
      body.set("post_filter", post);
    }
    body.put("track_total_hits", true);
    body.put("from", from).put("size", req.size());
    body.putArray("_source").add(Schema.RECORD);
    sort(body, req);
    if (req.size() > 0) {
      body.set("highlight", highlight(userQuery));
    }
    body.set("aggs", facets(req, true));
    return body;
  }

  /** The body of the counts of every match of the query and every filter ({@code /api/stats}): no hits. */
  public static ObjectNode counts(SearchRequest req, ReadScope scope, QueryFactory queries) {
    ObjectNode body = F.objectNode();
    body.set("query", filtered(userQuery(req, queries), req, scope, true));
    body.put("track_total_hits", true);
    body.put("size", 0);
    body.set("aggs", facets(req, false));
    return body;
  }

  /**
   * The body of the first page of an export ({@code _search?scroll}): every match of the query and every filter,
   * {@code batch} at a time, in the order of the results pages, records and the typed citations stored beside them
   * (no text: {@code ClusterSearch} reads a text only for a document without them); stacked phrases weighed by
   * {@code idf} ({@link PhraseIdf}; null: as spans).
   */
  public static ObjectNode export(SearchRequest req, ReadScope scope, QueryFactory queries, int batch,
      PhraseIdf idf) {
    ObjectNode body = F.objectNode();
    body.set("query", filtered(userQuery(req, queries, idf), req, scope, true));
    body.put("size", batch);
    body.putArray("_source").add(Schema.RECORD).add(Schema.CITATIONS);
    sort(body, req);
    return body;
  }

  /**
   * The body counting the matches of the query and every filter by province after 2025, province as named then
   * and period ({@code dim}: year or month), one page of a composite aggregation ({@code after}: the last page's
   * {@code after_key}, or null); a document without one of them is counted under none ({@code missing_bucket}).
   */
  public static ObjectNode provinceTime(SearchRequest req, ReadScope scope, QueryFactory queries, String dim,
      JsonNode after) {
    ObjectNode body = F.objectNode();
    body.set("query", filtered(userQuery(req, queries), req, scope, true));
    body.put("size", 0);
    body.put("track_total_hits", true);
    ObjectNode composite = F.objectNode().put("size", 1000);
    ArrayNode sources = composite.putArray("sources");
    String[][] keys = {{"current", Schema.F_PROVINCE_CURRENT}, {"former", Schema.F_PROVINCE}, {"period", dim}};
    for (String[] k : keys) {
      ObjectNode source = F.objectNode();
      source.putObject(k[0]).putObject("terms").put("field", k[1]).put("missing_bucket", true);
      sources.add(source);
    }
    if (after != null) {
      composite.set("after", after);
    }
    body.putObject("aggs").putObject("cells").set("composite", composite);
    return body;
  }

  /** The body counting what a scope may read. */
  public static ObjectNode documents(ReadScope scope) {
    ObjectNode body = F.objectNode();
    ObjectNode bool = F.objectNode();
    bool.putArray("filter").add(ClusterAccess.filter(scope));
    body.set("query", QueryDsl.wrap("bool", bool));
    body.put("track_total_hits", true);
    body.put("size", 0);
    return body;
  }

  /** The body counting the documents of one access level, whoever may read them (the admin's metrics). */
  public static ObjectNode documentsAt(io.vankien.meta.AccessLevel level) {
    ObjectNode body = F.objectNode();
    ObjectNode bool = F.objectNode();
    bool.putArray("filter").add(QueryDsl.keyword(Schema.ACCESS, level.code()));
    body.set("query", QueryDsl.wrap("bool", bool));
    body.put("track_total_hits", true);
    body.put("size", 0);
    return body;
  }

    /** The query within the date range and what the caller may read (and the chosen values, when counting). */
  private static ObjectNode filtered(ObjectNode userQuery, SearchRequest req, ReadScope scope, boolean withChoices) {
    ObjectNode bool = F.objectNode();
    bool.putArray("must").add(userQuery);
    ArrayNode filter = bool.putArray("filter");
    filter.add(ClusterAccess.filter(scope));
    if (req.from() != null || req.to() != null) {
      ObjectNode range = F.objectNode();
      ObjectNode day = range.putObject(Schema.DATE_DAY);
      if (req.from() != null) {
        day.put("gte", req.from().toEpochDay());
      }
      if (req.to() != null) {
        day.put("lte", req.to().toEpochDay());
      }
      filter.add(QueryDsl.wrap("range", range));
    }
    if (withChoices) {
      ObjectNode c = choices(req, null);
      if (c != null) {
        filter.add(c);
      }
    }
    return QueryDsl.wrap("bool", bool);
  }

  /**
   * The chosen values of every dimension but {@code except} (null: all): OR within a dimension, AND across;
   * null when none is chosen.
   */
  static ObjectNode choices(SearchRequest req, FacetDimension except) {
    ArrayNode filter = F.arrayNode();
    for (FacetDimension d : FacetDimension.values()) {
      List<String> values = req.values(d);
      if (d == except || values.isEmpty()) {
        continue;
      }
      ObjectNode terms = F.objectNode();
      ArrayNode list = terms.putArray(d.param());
      values.forEach(list::add);
      filter.add(QueryDsl.wrap("terms", terms));
    }
    if (filter.isEmpty()) {
      return null;
    }
    ObjectNode bool = F.objectNode();
    bool.set("filter", filter);
    return QueryDsl.wrap("bool", bool);
  }

  /** One aggregation per dimension listed; {@code sideways}: each over every other dimension's choice only. */
  private static ObjectNode facets(SearchRequest req, boolean sideways) {
    ObjectNode aggs = F.objectNode();
    for (FacetDimension d : FacetDimension.values()) {
      if (d.within().isPresent() && req.values(d.within().get()).size() != 1) {
        continue; // months: listed within one chosen year only
      }
      ObjectNode inner = F.objectNode();
      String field = d.param();
      int limit = d.openEnded() ? req.facetLimit() : ALL_VALUES;
      inner.set("top", terms(d, limit, null));
      List<String> chosen = req.values(d);
      if (!chosen.isEmpty()) {
        inner.set("chosen", terms(d, chosen.size(), chosen));
      }
      ObjectNode distinct = F.objectNode();
      distinct.putObject("cardinality").put("field", field).put("precision_threshold", 40_000);
      inner.set("distinct", distinct);
      ObjectNode within = sideways ? choices(req, d) : null;
      ObjectNode agg = F.objectNode();
      agg.set("filter", within == null ? QueryDsl.wrap("match_all", F.objectNode()) : within);
      agg.set("aggs", inner);
      aggs.set(FACET_PREFIX + field, agg);
    }
    return aggs;
  }

  /** A terms aggregation of the dimension ({@code only}: these values only), with its children's. */
  private static ObjectNode terms(FacetDimension d, int size, List<String> only) {
    ObjectNode t = F.objectNode().put("field", d.param()).put("size", size);
    t.putArray("order").add(F.objectNode().put("_count", "desc")).add(F.objectNode().put("_key", "asc"));
    if (only != null) {
      ArrayNode include = t.putArray("include");
      only.forEach(include::add);
    }
    ObjectNode agg = F.objectNode();
    agg.set("terms", t);
    d.childrenFrom().ifPresent(c -> {
      ObjectNode ct = F.objectNode().put("field", c.param()).put("size", ALL_VALUES);
      ct.putArray("order").add(F.objectNode().put("_count", "desc")).add(F.objectNode().put("_key", "asc"));
      agg.putObject("aggs").putObject("children").set("terms", ct);
    });
    return agg;
  }

  /** Relevance (browsing: newest first), or by date with undated documents last, score then breaking ties. */
  private static void sort(ObjectNode body, SearchRequest req) {
    SearchRequest.Sort s = req.sort();
    if (s == SearchRequest.Sort.RELEVANCE && req.q().isBlank()) {
      s = SearchRequest.Sort.DATE_DESC;
    }
    if (s == SearchRequest.Sort.RELEVANCE) {
      return;
    }
    ArrayNode sort = body.putArray("sort");
    sort.add(QueryDsl.byDate(s == SearchRequest.Sort.DATE_DESC));
    sort.add(F.objectNode().set("_score", F.objectNode().put("order", "desc")));
    body.put("track_scores", true);
  }

  /** Passages of the text with the matched words marked, the rest HTML-escaped (Snippets' form). */
  private static ObjectNode highlight(ObjectNode userQuery) {
    ObjectNode h = F.objectNode();
    h.putArray("pre_tags").add(PRE);
    h.putArray("post_tags").add(POST);
    h.put("encoder", "html");
    ObjectNode text = h.putObject("fields").putObject(Schema.TEXT);
    text.put("type", "unified").put("number_of_fragments", PASSAGES).put("no_match_size", 200)
        .put("max_analyzer_offset", MAX_HIGHLIGHT_CHARS);
    text.set("highlight_query", userQuery);
    return h;
  }
}
