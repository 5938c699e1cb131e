package io.vankien.search;

import io.vankien.index.ArchiveSearcher;
import io.vankien.index.Schema;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A request's filters as Lucene sees them (the facet values chosen per dimension, the date range) and as the
 * answer echoes them. {@link #selected} is the one list of filterable dimensions: a new facet filter is a line
 * there.
 */
final class RequestFilters {
  private RequestFilters() {}

  /** The user's query within the caller's reach, the date range and the chosen facet values. */
  static DrillDownQuery drillDown(ArchiveSearcher.View view, Query userQuery, SearchRequest req) {
    DrillDownQuery ddq = new DrillDownQuery(view.facetsConfig(), view.restrict(withDateRange(userQuery, req.from(), req.to())));
    selected(req).forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
    return ddq;
  }

  /** The chosen values of each facet dimension (empty lists for the dimensions not filtered). */
  static Map<String, List<String>> selected(SearchRequest req) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(Schema.F_PROVINCE, req.provinces());
    m.put(Schema.F_PROVINCE_CURRENT, req.provincesCurrent());
    m.put(Schema.F_TYPE, req.types());
    m.put(Schema.F_YEAR, req.years());
    m.put(Schema.F_MONTH, req.months());
    m.put(Schema.F_SIGNER, req.signers());
    m.put(Schema.F_ISSUER, req.issuers());
    m.put(Schema.F_LEVEL, req.levels());
    m.put(Schema.F_TERM, req.terms());
    m.put(Schema.F_SUBJECT, req.subjects());
    return m;
  }

  /** The echo of the request's query, filters and order in an answer. */
  static Map<String, Object> applied(SearchRequest req) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("q", req.q());
    selected(req).forEach((k, v) -> {
      if (!v.isEmpty()) {
        m.put(k, v);
      }
    });
    if (req.from() != null) {
      m.put("from", req.from().toString());
    }
    if (req.to() != null) {
      m.put("to", req.to().toString());
    }
    m.put("sort", req.sort().apiName());
    return m;
  }

  private static Query withDateRange(Query q, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return q;
    }
    long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
    return new BooleanQuery.Builder()
        .add(q, Occur.MUST)
        .add(LongPoint.newRangeQuery(Schema.DATE_DAY, lo, hi), Occur.FILTER)
        .build();
  }
}
