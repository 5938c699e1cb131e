package io.vankien.bench;

import io.vankien.analysis.VietnameseAnalyzer;
import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The experiment behind {@link VietnameseAnalyzer#FOLDED_QUERY_BOOST}: documents of equal length, one
 * mentioning the query word "đường" once, others mentioning only its folded twin "dương" k times. For each
 * candidate boost, prints the largest k for which the single exact mention still ranks first, and whether
 * a diacritic-free query "duong" finds both kinds.
 */
public final class FoldedBoostExperiment {
  private FoldedBoostExperiment() {}

  public static void main(String[] args) throws IOException {
    for (float boost : new float[] {0.1f, 0.2f, 0.3f, 0.5f, 1f}) {
      System.out.printf(Locale.ROOT, "boost %.1f: exact x1 outranks folded-only up to x%d%n", boost, crossover(boost));
    }
  }

  /** Largest k (1..20) such that a document with one exact mention outranks one with k folded-only mentions. */
  public static int crossover(float boost) throws IOException {
    int best = 0;
    for (int k = 1; k <= 20; k++) {
      if (exactRanksFirst(boost, k)) {
        best = k;
      } else {
        break;
      }
    }
    return best;
  }

  static boolean exactRanksFirst(float boost, int k) throws IOException {
    String filler = "báo cáo tình hình thực hiện nhiệm vụ phát triển ";
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Analyzer index = VietnameseAnalyzer.forIndex();
        Analyzer query = queryAnalyzer(boost)) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(index))) {
        w.addDocument(doc("exact", filler + "đường " + "giao thông ".repeat(k - 1) + filler));
        w.addDocument(doc("folded", filler + "dương ".repeat(k) + filler));
        for (int i = 0; i < 20; i++) {
          w.addDocument(doc("other" + i, filler + filler));
        }
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        Query q = new QueryBuilder(query).createBooleanQuery("body", "đường");
        ScoreDoc[] hits = s.search(q, 2).scoreDocs;
        return hits.length == 2 && "exact".equals(s.storedFields().document(hits[0].doc).get("id")) && hits[0].score > hits[1].score;
      }
    }
  }

  private static Document doc(String id, String body) {
    Document d = new Document();
    d.add(new org.apache.lucene.document.StringField("id", id, Field.Store.YES));
    d.add(new TextField("body", body, Field.Store.NO));
    return d;
  }

  /** The query chain with another folded boost (same steps as {@link VietnameseAnalyzer#forQuery(boolean) forQuery(true)}). */
  private static Analyzer queryAnalyzer(float boost) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new io.vankien.analysis.VietnameseTokenizer(false);
        TokenStream ts = new io.vankien.analysis.RomanOrdinalFilter(src);
        ts = new io.vankien.analysis.VietnameseNormalizationFilter(ts);
        ts = new SynonymGraphFilter(ts, io.vankien.analysis.VietnameseAbbreviations.builtIn(), false);
        ts = new io.vankien.analysis.VietnameseFoldingFilter(ts, boost, SynonymGraphFilter.TYPE_SYNONYM);
        return new TokenStreamComponents(src, ts);
      }
    };
  }
}
