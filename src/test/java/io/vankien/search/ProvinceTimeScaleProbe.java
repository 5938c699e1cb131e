package io.vankien.search;

import io.vankien.index.Schema;
import io.vankien.meta.Provinces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The province x period pass at 100,000 invented documents (facet fields only, the archive's facet
 * configuration, 20 segments), timed against Lucene's own sorted-set facet counting of the same matches
 * (what a search's facets cost). Not a unit test: run by hand with a scratch folder as argument.
 */
public final class ProvinceTimeScaleProbe {
  private ProvinceTimeScaleProbe() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(System.getProperty("docs", "100000"));
    Path dir = Files.createDirectories(Path.of(args[0]));
    FacetsConfig config = Schema.facetsConfig();
    List<String> olds = Provinces.load().oldNames();
    Random rnd = new Random(16);
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (int i = 0; i < n; i++) {
        Document doc = new Document();
        String old = olds.get(rnd.nextInt(olds.size()));
        doc.add(new SortedSetDocValuesFacetField(Schema.F_PROVINCE, old));
        doc.add(new SortedSetDocValuesFacetField(Schema.F_PROVINCE_CURRENT, Provinces.load().currentOf(old), old));
        int year = 1945 + rnd.nextInt(81);
        doc.add(new SortedSetDocValuesFacetField(Schema.F_YEAR, String.valueOf(year)));
        doc.add(new SortedSetDocValuesFacetField(Schema.F_MONTH, String.format("%d-%02d", year, 1 + rnd.nextInt(12))));
        doc.add(new SortedSetDocValuesFacetField(Schema.F_TYPE, "Loại " + rnd.nextInt(20)));
        doc.add(new SortedSetDocValuesFacetField(Schema.F_SIGNER, "Người ký " + rnd.nextInt(3000)));
        doc.add(new SortedSetDocValuesFacetField(Schema.F_ISSUER, "Cơ quan " + rnd.nextInt(800)));
        doc.add(new StringField("tag", "t" + rnd.nextInt(10), Field.Store.NO));
        w.addDocument(config.build(doc));
        if ((i + 1) % (n / 20) == 0) {
          w.commit();
        }
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
      System.out.printf("%d documents, %d segments%n", reader.numDocs(), reader.leaves().size());
      for (Query q : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("tag", "t3")))) {
        for (String dim : List.of(Schema.F_YEAR, Schema.F_MONTH)) {
          int runs = 41;
          long[] table = new long[runs];
          long[] facets = new long[runs];
          long cells = 0;
          for (int i = -runs; i < runs; i++) {
            long a = System.nanoTime();
            cells = searcher.search(q, new ProvinceTimeCounter(config, dim)).size();
            long b = System.nanoTime();
            FacetsCollector fc = searcher.search(q, new FacetsCollectorManager());
            new SortedSetDocValuesFacetCounts(state, fc).getAllDims(100);
            long c = System.nanoTime();
            if (i >= 0) {
              table[i] = b - a;
              facets[i] = c - b;
            }
          }
          System.out.printf("%-14s by %-5s cells=%6d  table p50 %6.1f ms p90 %6.1f ms | Lucene facet counts p50 %6.1f ms"
              + " p90 %6.1f ms%n", q, dim, cells, ms(table, 50), ms(table, 90), ms(facets, 50), ms(facets, 90));
        }
      }
    }
  }

  private static double ms(long[] nanos, int pct) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, s.length * pct / 100)] / 1e6;
  }
}
