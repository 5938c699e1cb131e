package io.vankien.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Facets counted through a {@link FacetUniverse} equal Lucene's own counting of the same hits, whether
 * the hits are few (counted directly) or most of the archive (counted as the universe minus the rest):
 * several segments, deleted documents, a hierarchical dimension, and a universe narrower than the index.
 */
class FacetUniverseTest {
  private static final FacetsConfig CONFIG = Schema.facetsConfig();

  @Test
  void countsEqualLuceneOnSmallAndLargeResultSets() throws IOException {
    Random rnd = new Random(42);
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig cfg = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter w = new IndexWriter(dir, cfg)) {
        for (int i = 0; i < 3000; i++) {
          w.addDocument(CONFIG.build(doc(i, rnd)));
          if (i % 700 == 699) {
            w.commit(); // several segments: the global ordinal map is used
          }
        }
        w.deleteDocuments(new Term("bucket", "7")); // deleted documents are in no universe
        w.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() > 1);
        IndexSearcher searcher = new IndexSearcher(reader);
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        // the whole index, and a universe that leaves out one visibility class
        Query everything = new MatchAllDocsQuery();
        Query visible = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
            .add(new TermQuery(new Term("visibility", "secret")), Occur.MUST_NOT).build();
        for (Query readable : List.of(everything, visible)) {
          FacetUniverse universe = FacetUniverse.of(searcher, readable, state, new SegmentOrdinals());
          assertEquals(searcher.count(readable), universe.size());
          int large = 0;
          for (int bucketsMatched = 1; bucketsMatched <= 10; bucketsMatched++) {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            for (int b = 0; b < bucketsMatched; b++) {
              q.add(new TermQuery(new Term("bucket", Integer.toString(b))), Occur.SHOULD);
            }
            Query hitsQuery = new BooleanQuery.Builder().add(q.build(), Occur.MUST)
                .add(readable, Occur.FILTER).build();
            FacetsCollector hits = searcher.search(hitsQuery, new FacetsCollectorManager());
            if (searcher.count(hitsQuery) * 2 > universe.size()) {
              large++;
            }
            assertSameCounts(new SortedSetDocValuesFacetCounts(state, hits), universe.facetsOf(hits));
          }
          assertTrue(large >= 3, "some result sets are most of the universe: " + large);
        }
      }
    }
  }

  static Document doc(int i, Random rnd) {
    Document d = new Document();
    d.add(new StringField("bucket", Integer.toString(i % 10), Field.Store.NO));
    d.add(new StringField("visibility", rnd.nextInt(5) == 0 ? "secret" : "public", Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(Schema.F_TYPE, "type" + rnd.nextInt(6)));
    d.add(new SortedSetDocValuesFacetField(Schema.F_YEAR, Integer.toString(2005 + rnd.nextInt(20))));
    if (rnd.nextInt(4) != 0) { // some documents have no signer
      d.add(new SortedSetDocValuesFacetField(Schema.F_SIGNER, "signer" + rnd.nextInt(300)));
    }
    String now = "new" + rnd.nextInt(5);
    d.add(new SortedSetDocValuesFacetField(Schema.F_PROVINCE_CURRENT, now, now + "-old" + rnd.nextInt(3)));
    return d;
  }

  static void assertSameCounts(Facets expected, Facets actual) throws IOException {
    for (String dim : List.of(Schema.F_TYPE, Schema.F_YEAR, Schema.F_SIGNER, Schema.F_PROVINCE_CURRENT)) {
      FacetResult e = expected.getTopChildren(1000, dim);
      FacetResult a = actual.getTopChildren(1000, dim);
      assertEquals(render(e), render(a), dim);
      if (e != null && !dim.equals(Schema.F_PROVINCE_CURRENT)) { // one value by its label, and one never indexed
        String label = e.labelValues[e.labelValues.length / 2].label;
        assertEquals(expected.getSpecificValue(dim, label), actual.getSpecificValue(dim, label), dim + "=" + label);
        assertEquals(expected.getSpecificValue(dim, "never"), actual.getSpecificValue(dim, "never"), dim);
      }
      if (dim.equals(Schema.F_PROVINCE_CURRENT) && e != null) {
        for (LabelAndValue parent : e.labelValues) {
          assertEquals(render(expected.getTopChildren(10, dim, parent.label)),
              render(actual.getTopChildren(10, dim, parent.label)), dim + "/" + parent.label);
        }
      }
    }
  }

  private static List<String> render(FacetResult r) {
    List<String> out = new ArrayList<>();
    if (r == null) {
      return out;
    }
    out.add("value=" + r.value + " childCount=" + r.childCount);
    for (LabelAndValue lv : r.labelValues) {
      out.add(lv.label + "=" + lv.value);
    }
    out.sort(null);
    return out;
  }
}
