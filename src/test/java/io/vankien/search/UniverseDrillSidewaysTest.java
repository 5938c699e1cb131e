package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.FacetUniverse;
import io.vankien.index.Schema;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
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
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The number of matches {@link UniverseDrillSideways} reports (taken from its drill-down facets collector) is
 * the number of documents matching the query and every filter, and its facets are what Lucene's drill sideways
 * with its own hit counter gives: with no filter, one and two filtered dimensions, over several segments with
 * deleted documents, on small and large result sets.
 */
class UniverseDrillSidewaysTest {
  private static final FacetsConfig CONFIG = Schema.facetsConfig();

  @Test
  void totalsAndFacetsEqualLucenesDrillSideways() throws IOException {
    Random rnd = new Random(7);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int i = 0; i < 3000; i++) {
          Document d = new Document();
          d.add(new StringField("bucket", Integer.toString(i % 10), Field.Store.NO));
          d.add(new SortedSetDocValuesFacetField(Schema.F_TYPE, "type" + rnd.nextInt(4)));
          d.add(new SortedSetDocValuesFacetField(Schema.F_YEAR, Integer.toString(2020 + rnd.nextInt(5))));
          w.addDocument(CONFIG.build(d));
          if (i % 700 == 699) {
            w.commit();
          }
        }
        w.deleteDocuments(new Term("bucket", "3"));
        w.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() > 1);
        IndexSearcher searcher = new IndexSearcher(reader);
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        FacetUniverse universe = FacetUniverse.of(searcher, new MatchAllDocsQuery(), state);
        int checked = 0;
        for (int buckets : new int[] {1, 4, 9}) { // a tenth of the archive, most of it
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          for (int i = 0; i < buckets; i++) {
            b.add(new TermQuery(new Term("bucket", Integer.toString(i))), Occur.SHOULD);
          }
          Query base = b.build();
          List<List<String[]>> filterSets = List.of(List.of(), List.<String[]>of(new String[] {Schema.F_TYPE, "type1"}),
              List.of(new String[] {Schema.F_TYPE, "type2"}, new String[] {Schema.F_YEAR, "2022"}));
          for (List<String[]> filters : filterSets) {
            DrillDownQuery ddq = new DrillDownQuery(CONFIG, base);
            for (String[] f : filters) {
              ddq.add(f[0], f[1]);
            }
            UniverseDrillSideways.Counted ours =
                new UniverseDrillSideways(searcher, CONFIG, state, universe).search(ddq);
            DrillSideways.ConcurrentDrillSidewaysResult<Integer> lucene = new DrillSideways(searcher, CONFIG, state)
                .search(ddq, new TotalHitCountCollectorManager(searcher.getSlices()));
            assertEquals(searcher.count(ddq), ours.total(), buckets + " buckets, " + filters.size() + " filters");
            assertEquals((long) lucene.collectorResult, ours.total());
            for (String dim : List.of(Schema.F_TYPE, Schema.F_YEAR)) {
              assertEquals(render(lucene.facets.getTopChildren(10, dim)), render(ours.facets().getTopChildren(10, dim)),
                  dim + ", " + buckets + " buckets, " + filters.size() + " filters");
            }
            checked++;
          }
        }
        assertEquals(9, checked);
      }
    }
  }

  private static String render(FacetResult r) {
    if (r == null) {
      return "none";
    }
    StringBuilder b = new StringBuilder("value=" + r.value + " childCount=" + r.childCount);
    java.util.Arrays.stream(r.labelValues).map(lv -> lv.label + "=" + lv.value).sorted()
        .forEach(s -> b.append(' ').append(s));
    return b.toString();
  }
}
