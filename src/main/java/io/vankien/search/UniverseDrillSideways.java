package io.vankien.search;

import io.vankien.index.FacetUniverse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Lucene's drill sideways over sorted-set facets, with every count (drill down and each sideways
 * dimension) taken through a {@link FacetUniverse}: a result set covering most of the archive is counted
 * from the documents it leaves out.
 */
final class UniverseDrillSideways extends DrillSideways {
  private final FacetUniverse universe;

  UniverseDrillSideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state,
      FacetUniverse universe) {
    super(searcher, config, state);
    this.universe = universe;
  }

  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
      String[] drillSidewaysDims) throws IOException {
    Facets down = drillDowns == null ? null : universe.facetsOf(drillDowns);
    if (drillSideways == null || drillSideways.length == 0) {
      return down;
    }
    Map<String, Facets> sideways = new HashMap<>();
    for (int i = 0; i < drillSideways.length; i++) {
      sideways.put(drillSidewaysDims[i], universe.facetsOf(drillSideways[i]));
    }
    return new MultiFacets(sideways, down);
  }
}
