package io.vankien.search;

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
 * provinces under them; years and months newest first. The dimensions and how each is listed are {@link
 * FacetDimension}'s.
 */
final class FacetListing {
  /** Values listed for the facets with a closed, small set of values (provinces, types, years...): all. */
  private static final int FACET_TOP_N = 100;

  /** Per dimension, how many values with matches were not listed. */
  final Map<String, Integer> more = new LinkedHashMap<>();
  /** Per dimension, the values listed. */
  final Map<String, List<SearchResult.FacetValue>> values = new LinkedHashMap<>();

  /** Lists the facets of {@code facets} (counted over a reader whose dimensions are {@code state}'s). */
  FacetListing(Facets facets, SortedSetDocValuesReaderState state, SearchRequest req) throws IOException {
    Set<String> present = new HashSet<>();
    state.getDims().forEach(present::add);
    for (FacetDimension dim : FacetDimension.values()) {
      String within = null; // months are shown within one chosen year: "2021-"
      if (dim.within().isPresent()) {
        List<String> parent = req.values(dim.within().get());
        if (parent.size() != 1) {
          continue;
        }
        within = parent.get(0) + "-";
      }
      List<String> sel = req.values(dim);
      List<String> selChildren = dim.childrenFrom().map(req::values).orElse(List.of());
      List<SearchResult.FacetValue> listed = new ArrayList<>();
      int limit = dim.openEnded() ? req.facetLimit() : FACET_TOP_N;
      FacetResult fr = present.contains(dim.field()) ? facets.getTopChildren(limit, dim.field()) : null;
      if (fr != null) {
        for (LabelAndValue lv : fr.labelValues) {
          if (within != null && !lv.label.startsWith(within)) {
            continue;
          }
          listed.add(facetValue(facets, dim, lv.label, lv.value.longValue(), sel, selChildren));
        }
        for (String v : sel) {
          long count = listed.stream().anyMatch(fv -> fv.value().equals(v)) ? 0
              : facets.getSpecificValue(dim.field(), v).longValue();
          if (count > 0) {
            listed.add(facetValue(facets, dim, v, count, sel, selChildren));
          }
        }
        if (fr.childCount > listed.size()) {
          more.put(dim.field(), fr.childCount - listed.size());
        }
      }
      if (dim == FacetDimension.YEAR || dim == FacetDimension.MONTH) {
        listed.sort((a, b) -> b.value().compareTo(a.value()));
      }
      values.put(dim.field(), listed);
    }
  }

  private static SearchResult.FacetValue facetValue(Facets facets, FacetDimension dim, String label, long count,
      List<String> selectedHere, List<String> selectedChildren) throws IOException {
    List<SearchResult.FacetValue> children = dim.childrenFrom().isPresent()
        ? childrenOf(facets, dim.field(), label, selectedChildren) : List.of();
    return new SearchResult.FacetValue(label, count, selectedHere.contains(label), children);
  }

  private static List<SearchResult.FacetValue> childrenOf(Facets facets, String dim, String parent,
      List<String> selectedChildren) throws IOException {
    FacetResult fr = facets.getTopChildren(FACET_TOP_N, dim, parent);
    if (fr == null) {
      return List.of();
    }
    List<SearchResult.FacetValue> l = new ArrayList<>();
    for (LabelAndValue lv : fr.labelValues) {
      l.add(new SearchResult.FacetValue(lv.label, lv.value.longValue(), selectedChildren.contains(lv.label),
          List.of()));
    }
    return l;
  }
}
