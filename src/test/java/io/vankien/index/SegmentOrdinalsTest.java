package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Facets counted from {@link SegmentOrdinals} equal Lucene's own counting while the index grows and loses
 * documents under one cache (segments read before are reused, new ones read), and a search matching
 * nothing has no counts, as in Lucene.
 */
class SegmentOrdinalsTest {
  private static final FacetsConfig CONFIG = Schema.facetsConfig();

  @Test
  void countsEqualLuceneAcrossReopens() throws IOException {
    Random rnd = new Random(5);
    SegmentOrdinals ordinals = new SegmentOrdinals();
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      int next = 0;
      for (int round = 0; round < 4; round++) {
        for (int i = 0; i < 900; i++) {
          w.addDocument(CONFIG.build(FacetUniverseTest.doc(next++, rnd)));
        }
        if (round == 2) {
          w.deleteDocuments(new Term("bucket", "3"));
        }
        w.commit();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          IndexSearcher searcher = new IndexSearcher(reader);
          SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
          for (Query q : new Query[] {new MatchAllDocsQuery(), new TermQuery(new Term("bucket", "1")),
              new TermQuery(new Term("visibility", "secret"))}) {
            FacetsCollector hits = searcher.search(q, new FacetsCollectorManager());
            FacetUniverseTest.assertSameCounts(new SortedSetDocValuesFacetCounts(state, hits),
                ordinals.facetsOf(state, hits));
          }
          FacetsCollector none = searcher.search(new TermQuery(new Term("bucket", "none")), new FacetsCollectorManager());
          assertNull(ordinals.count(state, none.getMatchingDocs()));
          assertNull(ordinals.facetsOf(state, none).getTopChildren(10, Schema.F_TYPE));
          assertNull(new SortedSetDocValuesFacetCounts(state, none).getTopChildren(10, Schema.F_TYPE));
          if (round == 3) {
            assertTrue(reader.leaves().size() > 1, "several segments");
          }
        }
      }
    }
  }
}
