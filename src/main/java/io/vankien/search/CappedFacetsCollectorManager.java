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
    return new FacetsCollector(false) {
      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        if (left.get() <= 0) {
          throw new CollectionTerminatedException();
        }
        super.doSetNextReader(context);
      }

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
