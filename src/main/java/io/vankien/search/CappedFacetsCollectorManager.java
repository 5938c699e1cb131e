package io.vankien.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;

/**
 * Lucene's FacetsCollectorManager that stops collecting after a number of matching documents (over all
 * leaves, in index order), for counts that rank and need not be exact: what they cost stays bounded
 * however many documents match.
 */
final class CappedFacetsCollectorManager extends FacetsCollectorManager {
  private final AtomicInteger left;

  CappedFacetsCollectorManager(int maxDocs) {
    this.left = new AtomicInteger(maxDocs);
  }

  @Override
  public FacetsCollector newCollector() {
    // Every leaf must still be entered and finished, even past the cap (collect ends it at its first
    // document): Lucene's SortedSetDocValuesFacetCounts reads a single MatchingDocs as a single-segment
    // index and then skips the global ordinal map, which miscounts a multi-segment archive.
    return new FacetsCollector(false) {
      @Override
      public void collect(int doc) throws IOException {
        if (left.decrementAndGet() < 0) {
          throw new CollectionTerminatedException();
        }
        super.collect(doc);
      }
    };
  }
}
