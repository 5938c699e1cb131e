package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.Schema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The similar-documents terms chosen from an index's statistics are exactly those the embedded archive's Lucene
 * MoreLikeThis (DocumentService's settings) chooses: every sample against an index of the samples,
 * the statistics read from that index through {@link SimilarTerms.Stats} as the cluster's are read over HTTP.
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
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
      for (String t : texts) {
        Document d = new Document();
        d.add(new TextField(Schema.TEXT, t, Field.Store.NO));
        w.addDocument(d);
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      SimilarTerms.Stats stats = new SimilarTerms.Stats() {
        @Override
        public long numDocs() {
          return reader.numDocs();
        }

        @Override
        public long docCount(String field) throws IOException {
          return reader.getDocCount(field);
        }

        @Override
        public Map<String, Long> docFreqs(String field, Collection<String> words) throws IOException {
          Map<String, Long> out = new HashMap<>();
          for (String w : words) {
            out.put(w, (long) reader.docFreq(new Term(field, w)));
          }
          return out;
        }
      };
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
        // the same terms (the order of a query's SHOULD clauses, which may differ among terms of equal score, does not
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
