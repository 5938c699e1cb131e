package io.vankien.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * A reader state whose facet labels are read once and held on the heap: listing an answer's facets looks a label
 * up for every value shown and every former province under a current one ({@code lookupOrd}, {@code lookupTerm});
 * through the doc values each look-up decodes a terms block (BENCHMARKS.md: 6% of a search's CPU at 100,000
 * documents). Everything else is the wrapped state's.
 *
 * <p>Its doc values answer look-ups only: they hold no documents. So it is for the facet counts that are given
 * their counts ({@code HeapOrdinalFacetCounts}, {@code DifferenceFacetCounts}); counting reads the wrapped state,
 * whose doc values carry the segments' ordinal map.
 */
final class FacetLabels extends SortedSetDocValuesReaderState {
  private final SortedSetDocValuesReaderState state;
  private final BytesRef[] labels; // by global ordinal, in the doc values' (unsigned byte) order
  private final long labelBytes;

  FacetLabels(SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    SortedSetDocValues dv = state.getDocValues();
    labels = new BytesRef[Math.toIntExact(dv.getValueCount())];
    TermsEnum terms = dv.termsEnum();
    long bytes = 0;
    int i = 0;
    for (BytesRef t = terms.next(); t != null; t = terms.next()) {
      labels[i++] = BytesRef.deepCopyOf(t);
      bytes += t.length;
    }
    if (i != labels.length) {
      throw new IllegalStateException("facet terms: " + i + " read, " + labels.length + " expected");
    }
    labelBytes = bytes;
  }

  @Override
  public SortedSetDocValues getDocValues() {
    return new Lookups(labels);
  }

  @Override
  public String getField() {
    return state.getField();
  }

  @Override
  public IndexReader getReader() {
    return state.getReader();
  }

  @Override
  public int getSize() {
    return state.getSize();
  }

  @Override
  public FacetsConfig getFacetsConfig() {
    return state.getFacetsConfig();
  }

  @Override
  public OrdRange getOrdRange(String dim) {
    return state.getOrdRange(dim);
  }

  @Override
  public Map<String, OrdRange> getPrefixToOrdRange() {
    return state.getPrefixToOrdRange();
  }

  @Override
  public DimTree getDimTree(String dim) {
    return state.getDimTree(dim);
  }

  @Override
  public Iterable<String> getDims() {
    return state.getDims();
  }

  @Override
  public long ramBytesUsed() {
    return state.ramBytesUsed() + RamUsageEstimator.shallowSizeOf(labels)
        + (long) labels.length * (RamUsageEstimator.shallowSizeOfInstance(BytesRef.class)
            + RamUsageEstimator.NUM_BYTES_ARRAY_HEADER) + labelBytes;
  }

  /** The labels as doc values that answer {@code lookupOrd} and {@code lookupTerm}, and hold no document. */
  static final class Lookups extends SortedSetDocValues {
    private final BytesRef[] labels;

    Lookups(BytesRef[] labels) {
      this.labels = labels;
    }

    @Override
    public BytesRef lookupOrd(long ord) {
      return labels[Math.toIntExact(ord)];
    }

    @Override
    public long lookupTerm(BytesRef key) {
      return Arrays.binarySearch(labels, key); // as Lucene's: the ordinal, or -(insertion point) - 1
    }

    @Override
    public long getValueCount() {
      return labels.length;
    }

    @Override
    public long nextOrd() {
      throw noDocuments();
    }

    @Override
    public int docValueCount() {
      throw noDocuments();
    }

    @Override
    public boolean advanceExact(int target) {
      throw noDocuments();
    }

    @Override
    public int docID() {
      return -1;
    }

    @Override
    public int nextDoc() {
      throw noDocuments();
    }

    @Override
    public int advance(int target) {
      throw noDocuments();
    }

    @Override
    public long cost() {
      return 0;
    }

    private static UnsupportedOperationException noDocuments() {
      return new UnsupportedOperationException("facet labels only: read documents' ordinals from the reader");
    }
  }
}
