package io.vankien.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DifferenceFacetCounts;
import org.apache.lucene.facet.sortedset.HeapOrdinalFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents a reader may show, leaf by leaf, with their facet counts, computed once per reader. A
 * query that matches most of them (a common word in a large archive) has its facets counted over the
 * documents it does not match, and subtracted: the cost follows the smaller side, the counts are exact.
 */
public final class FacetUniverse {
  private final SortedSetDocValuesReaderState state;
  /** The same state with its labels on the heap: what the counts given out list their values through. */
  private final FacetLabels labelled;
  private final List<LeafReaderContext> leaves;
  private final FixedBitSet[] docs; // by leaf ord
  private final int[] leafSizes;
  private final long size;
  private final SegmentOrdinals ordinals;
  private final HeapOrdinalFacetCounts counts;

  private FacetUniverse(SortedSetDocValuesReaderState state, SegmentOrdinals ordinals, List<LeafReaderContext> leaves,
      FixedBitSet[] docs, int[] leafSizes, FacetsCollector all) throws IOException {
    this.state = state;
    this.labelled = new FacetLabels(state);
    this.ordinals = ordinals;
    this.leaves = leaves;
    this.docs = docs;
    this.leafSizes = leafSizes;
    long n = 0;
    for (int s : leafSizes) {
      n += s;
    }
    this.size = n;
    this.counts = countsOf(all);
  }

  /**
   * As {@link #of(IndexSearcher, Query, SortedSetDocValuesReaderState, SegmentOrdinals)} with ordinals of its own
   * (a searcher outside an archive: tests of the counting built on it).
   */
  public static FacetUniverse of(IndexSearcher searcher, Query readable, SortedSetDocValuesReaderState state)
      throws IOException {
    return of(searcher, readable, state, new SegmentOrdinals());
  }

  /** The documents matching {@code readable} (the read rules' filter) in the searcher's reader. */
  static FacetUniverse of(IndexSearcher searcher, Query readable, SortedSetDocValuesReaderState state,
      SegmentOrdinals ordinals) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FacetsCollector all = searcher.search(readable, new FacetsCollectorManager());
    FixedBitSet[] docs = new FixedBitSet[leaves.size()];
    int[] sizes = new int[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      docs[leaf.ord] = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
    }
    for (MatchingDocs md : all.getMatchingDocs()) {
      if (md.bits() != null) {
        docs[md.context().ord].or(md.bits().iterator());
      }
      sizes[md.context().ord] = md.totalHits();
    }
    return new FacetUniverse(state, ordinals, leaves, docs, sizes, all);
  }

  /** Number of documents in the universe. */
  public long size() {
    return size;
  }

  /**
   * Facet counts of {@code hits}, which must be documents of this universe (matches of a query restricted
   * by the same read rules): counted directly when they are at most half of it, else as the universe's
   * counts minus those of the documents they leave out.
   */
  public Facets facetsOf(FacetsCollector hits) throws IOException {
    long matched = 0;
    for (MatchingDocs md : hits.getMatchingDocs()) {
      matched += md.totalHits();
    }
    if (matched * 2 <= size) {
      return countsOf(hits);
    }
    return new DifferenceFacetCounts(labelled, counts, countsOf(leftOut(hits)));
  }

  /** Counted on the reader's state (its ordinal map), listed through the labels on the heap. */
  private HeapOrdinalFacetCounts countsOf(FacetsCollector hits) throws IOException {
    return new HeapOrdinalFacetCounts(labelled, ordinals.count(state, hits.getMatchingDocs()));
  }

  /** The universe's documents that {@code hits} does not hold, one entry per leaf. */
  private FacetsCollector leftOut(FacetsCollector hits) throws IOException {
    FixedBitSet[] rest = new FixedBitSet[docs.length];
    int[] restSizes = leafSizes.clone();
    for (MatchingDocs md : hits.getMatchingDocs()) {
      int ord = md.context().ord;
      if (md.bits() != null && md.totalHits() > 0) {
        FixedBitSet r = docs[ord].clone();
        DocIdSetIterator it = md.bits().iterator();
        if (it != null) {
          r.andNot(it);
        }
        rest[ord] = r;
        restSizes[ord] -= md.totalHits(); // the hits are documents of the universe
      }
    }
    List<MatchingDocs> out = new ArrayList<>(leaves.size());
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet r = rest[leaf.ord] != null ? rest[leaf.ord] : docs[leaf.ord];
      out.add(new MatchingDocs(leaf, new BitDocIdSet(r, restSizes[leaf.ord]), restSizes[leaf.ord], null));
    }
    return new FacetsCollector(false) {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return out;
      }
    };
  }
}
