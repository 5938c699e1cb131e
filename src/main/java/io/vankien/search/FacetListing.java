package io.vankien.search;

import io.vankien.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * The facets an answer lists from the counts: every value of the small dimensions, the top
 * {@link SearchRequest#facetLimit()} of the open-ended ones, and always the request's selected values with
 * their counts (so a ticked signer beyond the top keeps its count); provinces of today with the former
 * provinces under them; years and months newest first.
 */
final class FacetListing {
  /** Values listed for the facets with a closed, small set of values (provinces, types, years...): all. */
  private static final int FACET_TOP_N = 100;
  /** Facets with open-ended values (hundreds of signers), listed up to {@link SearchRequest#facetLimit()}. */
  private static final Set<String> OPEN_ENDED_FACETS = Set.of(Schema.F_SIGNER, Schema.F_ISSUER);

  /** Per dimension, how many values with matches were not listed. */
  final Map<String, Integer> more = new LinkedHashMap<>();
  /** Per dimension, the values listed. */
  final Map<String, List<SearchResult.FacetValue>> values = new LinkedHashMap<>();

  /** Lists the facets of {@code facets} (counted over a reader whose dimensions are {@code state}'s). */
  FacetListing(Facets facets, SortedSetDocValuesReaderState state, SearchRequest req) throws IOException {
    Set<String> present = new HashSet<>();
    state.getDims().forEach(present::add);
    Map<String, List<String>> sel = RequestFilters.selected(req);
    for (String dim : Schema.FACET_DIMS) {
      if (dim.equals(Schema.F_MONTH) && req.years().size() != 1) {
        continue; // months are shown within one chosen year
      }
      List<SearchResult.FacetValue> listed = new ArrayList<>();
      int limit = OPEN_ENDED_FACETS.contains(dim) ? req.facetLimit() : FACET_TOP_N;
      FacetResult fr = present.contains(dim) ? facets.getTopChildren(limit, dim) : null;
      if (fr != null) {
        for (LabelAndValue lv : fr.labelValues) {
          if (dim.equals(Schema.F_MONTH) && !lv.label.startsWith(req.years().get(0) + "-")) {
            continue;
          }
          listed.add(facetValue(facets, dim, lv.label, lv.value.longValue(), sel.get(dim), req.provinces()));
        }
        for (String v : sel.get(dim)) {
          long count = listed.stream().anyMatch(fv -> fv.value().equals(v)) ? 0
              : facets.getSpecificValue(dim, v).longValue();
          if (count > 0) {
            listed.add(facetValue(facets, dim, v, count, sel.get(dim), req.provinces()));
          }
        }
        if (fr.childCount > listed.size()) {
          more.put(dim, fr.childCount - listed.size());
        }
      }
      if (dim.equals(Schema.F_YEAR) || dim.equals(Schema.F_MONTH)) {
        listed.sort((a, b) -> b.value().compareTo(a.value()));
      }
      values.put(dim, listed);
    }
  }

  private static SearchResult.FacetValue facetValue(Facets facets, String dim, String label, long count,
      List<String> selectedHere, List<String> selectedOld) throws IOException {
    List<SearchResult.FacetValue> children = dim.equals(Schema.F_PROVINCE_CURRENT)
        ? childrenOf(facets, dim, label, selectedOld) : List.of();
    return new SearchResult.FacetValue(label, count, selectedHere.contains(label), children);
  }

  private static List<SearchResult.FacetValue> childrenOf(Facets facets, String dim, String parent,
      List<String> selectedOld) throws IOException {
    FacetResult fr = facets.getTopChildren(FACET_TOP_N, dim, parent);
    if (fr == null) {
      return List.of();
    }
    List<SearchResult.FacetValue> l = new ArrayList<>();
    for (LabelAndValue lv : fr.labelValues) {
      l.add(new SearchResult.FacetValue(lv.label, lv.value.longValue(), selectedOld.contains(lv.label), List.of()));
    }
    return l;
  }
}
