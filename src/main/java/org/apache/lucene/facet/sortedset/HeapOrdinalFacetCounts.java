package org.apache.lucene.facet.sortedset;

import java.io.IOException;

/**
 * Facet counts already tallied per global ordinal (by {@code io.vankien.index.SegmentOrdinals}, from
 * ordinals held on the heap), answered through Lucene's own {@link AbstractSortedSetDocValueFacetCounts}
 * (top children, hierarchy, labels), so every answer is what {@link SortedSetDocValuesFacetCounts} gives
 * for the same documents ({@code SegmentOrdinalsTest}).
 *
 * <p>vankien code placed in Lucene's package, as {@link DifferenceFacetCounts}: the counts accessors are
 * package private.
 */
public final class HeapOrdinalFacetCounts extends AbstractSortedSetDocValueFacetCounts {
  private final int[] counts;

  /** @param counts per global ordinal of {@code state}, or null when no document counted had a facet value */
  public HeapOrdinalFacetCounts(SortedSetDocValuesReaderState state, int[] counts) throws IOException {
    super(state);
    this.counts = counts;
  }

  @Override
  boolean hasCounts() {
    return counts != null;
  }

  @Override
  int getCount(int ord) {
    return counts[ord];
  }
}
