package io.vankien.search;

import io.vankien.index.FacetUniverse;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;

/**
 * Lucene's drill sideways over sorted-set facets, with every count (drill down and each sideways
 * dimension) taken through a {@link FacetUniverse}: a result set covering most of the archive is counted
 * from the documents it leaves out. The number of matches is the drill-down facets collector's ({@link
 * #search(DrillDownQuery)}), so each match is collected once, not by two collectors. One search per instance:
 * it keeps that search's count.
 */
final class UniverseDrillSideways extends DrillSideways {
  private final FacetUniverse universe;
  private long drillDownHits = -1;

  UniverseDrillSideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state,
      FacetUniverse universe) {
    super(searcher, config, state);
    this.universe = universe;
  }

  /** The facets of the matches of {@code query} (every filter its dimensions hold), and how many there are. */
  record Counted(Facets facets, long total) {}

  Counted search(DrillDownQuery query) throws IOException {
    Facets facets = search(query, NO_HITS_COLLECTED).facets;
    return new Counted(facets, drillDownHits >= 0 ? drillDownHits : searcher.count(query));
  }

  /**
   * Lucene's drill sideways wants a collector of the hits beside its facets collectors; this one takes no
   * segment, so Lucene's {@code MultiCollector} hands each leaf's documents straight to the facets collector.
   */
  private static final CollectorManager<Collector, Void> NO_HITS_COLLECTED = new CollectorManager<>() {
    @Override
    public Collector newCollector() {
      return new Collector() {
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
          throw new CollectionTerminatedException();
        }

        @Override
        public ScoreMode scoreMode() {
          return ScoreMode.COMPLETE_NO_SCORES;
        }
      };
    }

    @Override
    public Void reduce(Collection<Collector> collectors) {
      return null;
    }
  };

  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
      String[] drillSidewaysDims) throws IOException {
    if (drillDowns != null) {
      drillDownHits = drillDowns.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }
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
