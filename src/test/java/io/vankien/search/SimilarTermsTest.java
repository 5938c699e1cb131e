package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.Schema;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The similar-documents terms chosen from an index's statistics are exactly those Lucene's MoreLikeThis (with
 * DocumentService's settings) chooses: every sample against an index of the samples (written in three
 * segments, one document deleted, as an archive's index is), the statistics read from that index by {@link
 * IndexTermStats}.
 */
class SimilarTermsTest {
  @Test
  void theTermsAreMoreLikeThissForEverySample() throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertTrue(texts.size() > 10, "samples: " + texts.size());
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (int i = 0; i < texts.size(); i++) {
        Document d = new Document();
        d.add(new StringField("n", Integer.toString(i), Field.Store.NO));
        d.add(new TextField(Schema.TEXT, texts.get(i), Field.Store.NO));
        w.addDocument(d);
        if (i % 10 == 9) {
          w.commit(); // a segment of ten
        }
      }
      w.deleteDocuments(new Term("n", "3")); // counted in its terms' document frequencies until merged away
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      SimilarTerms.Stats stats = new IndexTermStats(reader);
      int nonEmpty = 0;
      for (String t : texts) {
        MoreLikeThis mlt = new MoreLikeThis(reader); // as DocumentService sets it
        mlt.setAnalyzer(Schema.indexAnalyzer());
        mlt.setFieldNames(new String[] {Schema.TEXT});
        mlt.setMinTermFreq(2);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(40);
        mlt.setMaxDocFreqPct(50);
        List<String> lucene = new ArrayList<>();
        for (BooleanClause c : ((BooleanQuery) mlt.like(Schema.TEXT, new StringReader(t))).clauses()) {
          lucene.add(((TermQuery) c.query()).getTerm().text());
        }
        List<String> ours = new ArrayList<>(SimilarTerms.choose(t, Schema.indexAnalyzer(), Schema.TEXT, stats));
        // the same terms (the order of a query's SHOULD clauses, which differs among terms of equal score, does not
        // change what matches or how it scores)
        lucene.sort(null);
        ours.sort(null);
        assertEquals(lucene, ours, t.substring(0, Math.min(80, t.length())));
        nonEmpty += ours.isEmpty() ? 0 : 1;
      }
      assertTrue(nonEmpty > 10, "samples with terms: " + nonEmpty);
    }
  }
}
