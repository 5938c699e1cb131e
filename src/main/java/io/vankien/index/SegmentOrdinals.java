package io.vankien.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.sortedset.HeapOrdinalFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * Every document's facet ordinals, segment by segment, held on the heap: read once per segment (a segment
 * never changes; a commit adds segments, so the work follows what changed) and counted from plain arrays
 * for each search, instead of decoding the facet field's doc values for every matching document of every
 * request (a profile of the 100k archive: about half of the facet time, a tenth of a search). The counts
 * are those of Lucene's {@code SortedSetDocValuesFacetCounts} ({@code SegmentOrdinalsTest}). About four
 * bytes per facet value of a document: 20 values a document, 8 MB for 100,000 documents.
 */
final class SegmentOrdinals {
  /** One segment's ordinals: those of document d are {@code ords[starts[d]..starts[d + 1])}. */
  private record Leaf(int[] starts, int[] ords, int valueCount) {}

  private final Map<IndexReader.CacheKey, Leaf> bySegment = new ConcurrentHashMap<>();

  /** The facet counts of {@code hits}, as Lucene's {@code SortedSetDocValuesFacetCounts} gives them. */
  HeapOrdinalFacetCounts facetsOf(SortedSetDocValuesReaderState state, FacetsCollector hits) throws IOException {
    return new HeapOrdinalFacetCounts(state, count(state, hits.getMatchingDocs()));
  }

  /** Counts per global ordinal of {@code state}; null when nothing matched (as Lucene's counts). */
  int[] count(SortedSetDocValuesReaderState state, List<MatchingDocs> matching) throws IOException {
    SortedSetDocValues all = state.getDocValues();
    OrdinalMap map = all instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
    int[] counts = null;
    for (MatchingDocs md : matching) {
      if (md.totalHits() == 0) {
        continue;
      }
      if (counts == null) {
        counts = new int[state.getSize()];
      }
      Leaf leaf = leaf(md.context().reader(), state.getField());
      DocIdSetIterator it = leaf == null || md.bits() == null ? null : md.bits().iterator();
      if (it == null) {
        continue;
      }
      int[] starts = leaf.starts();
      int[] ords = leaf.ords();
      if (map == null) {
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            counts[ords[i]]++;
          }
        }
      } else {
        int[] segCounts = new int[leaf.valueCount()];
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            segCounts[ords[i]]++;
          }
        }
        LongValues toGlobal = map.getGlobalOrds(md.context().ord);
        for (int ord = 0; ord < segCounts.length; ord++) {
          if (segCounts[ord] != 0) {
            counts[(int) toGlobal.get(ord)] += segCounts[ord];
          }
        }
      }
    }
    return counts;
  }

  /** The segment's ordinals, read on first use; null when the segment has no facet value. */
  private Leaf leaf(LeafReader reader, String field) throws IOException {
    if (reader.getFieldInfos().fieldInfo(field) == null) {
      return null; // nothing to read, nothing kept
    }
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return read(reader, field);
    }
    IndexReader.CacheKey key = helper.getKey();
    Leaf leaf = bySegment.get(key);
    if (leaf != null) {
      return leaf;
    }
    try { // one read per segment: concurrent first searches wait for it instead of reading it again
      return bySegment.computeIfAbsent(key, k -> {
        try {
          Leaf read = read(reader, field);
          helper.addClosedListener(bySegment::remove);
          return read;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The ordinals of a segment that has the field. */
  private static Leaf read(LeafReader reader, String field) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(reader, field);
    int maxDoc = reader.maxDoc();
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[Math.max(16, maxDoc * 4)];
    int n = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc] = n;
      if (values.advanceExact(doc)) {
        int count = values.docValueCount();
        if (n + count > ords.length) {
          ords = java.util.Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
        }
        for (int i = 0; i < count; i++) {
          ords[n++] = (int) values.nextOrd();
        }
      }
    }
    starts[maxDoc] = n;
    return new Leaf(starts, java.util.Arrays.copyOf(ords, n), (int) values.getValueCount());
  }
}
