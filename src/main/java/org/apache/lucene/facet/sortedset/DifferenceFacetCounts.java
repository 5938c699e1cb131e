package org.apache.lucene.facet.sortedset;

import java.io.IOException;

/**
 * Facet counts of a set of documents given as the counts of a larger set minus those of the documents
 * left out of it: for a query matching most of the archive, counting the few documents it does not
 * match is cheaper than counting the many it does, and exact all the same.
 *
 * <p>vankien code placed in Lucene's package: {@link AbstractSortedSetDocValueFacetCounts} (top children,
 * hierarchy, labels) and the per-ordinal counts of {@link SortedSetDocValuesFacetCounts} are package
 * private, and reusing them keeps every answer identical to Lucene's own counting
 * ({@code DifferenceFacetCountsTest} checks that on random sets).
 */
public final class DifferenceFacetCounts extends AbstractSortedSetDocValueFacetCounts {
  private final AbstractSortedSetDocValueFacetCounts whole;
  private final AbstractSortedSetDocValueFacetCounts leftOut;

  /**
   * @param whole counts of the larger set
   * @param leftOut counts of the documents of {@code whole} not in the set counted (a subset of it)
   */
  public DifferenceFacetCounts(SortedSetDocValuesReaderState state, AbstractSortedSetDocValueFacetCounts whole,
      AbstractSortedSetDocValueFacetCounts leftOut) throws IOException {
    super(state);
    this.whole = whole;
    this.leftOut = leftOut;
  }

  @Override
  boolean hasCounts() {
    return whole.hasCounts();
  }

  @Override
  int getCount(int ord) {
    return whole.getCount(ord) - (leftOut.hasCounts() ? leftOut.getCount(ord) : 0);
  }
}
