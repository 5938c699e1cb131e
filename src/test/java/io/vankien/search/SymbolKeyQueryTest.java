package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * {@link SymbolKeyQuery} finds the documents Lucene's {@link RegexpQuery} finds with the same expression, on
 * an index of many keys around the same numbers (neighbours that sort just before and after a number's
 * keys, other separators, Vietnamese letters, several segments).
 */
class SymbolKeyQueryTest {
  private static final String FIELD = "k";

  @Test
  void matchesWhatTheRegexpQueryMatches() throws IOException {
    List<String> keys = keys(new Random(7));
    List<String> typed = List.of("01/NQ-TU", "NQ12-TU", "NQ57", "QĐ2156", "QD2156", "45/QH13", "17/2012",
        "1234-QĐ/UBND", "1/TB-TU", "CT08", "10/KH", "2/2020", "100-NQ/TW", "8/CV-UBND", "1/NĐ-CP");
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMaxBufferedDocs(97))) {
        for (String k : keys) {
          Document d = new Document();
          d.add(new StringField(FIELD, k, Field.Store.NO));
          d.add(new StoredField("key", k));
          w.addDocument(d);
        }
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        assertTrue(r.leaves().size() > 1, "several segments");
        IndexSearcher s = new IndexSearcher(r);
        int matched = 0;
        for (String t : typed) {
          LooseNumber n = LooseNumber.of(t).orElseThrow();
          Set<String> expected = hits(s, new RegexpQuery(new Term(FIELD, n.regexp())));
          Set<String> actual = hits(s, new SymbolKeyQuery(FIELD, n.number(), n.regexp()));
          assertEquals(expected, actual, t + ": " + n.regexp());
          matched += expected.size();
        }
        for (String t : List.of("08", "12", "1")) {
          LooseNumber n = LooseNumber.ofTypeAndNumber(t, "nq");
          assertEquals(hits(s, new RegexpQuery(new Term(FIELD, n.regexp()))),
              hits(s, new SymbolKeyQuery(FIELD, n.number(), n.regexp())), t);
        }
        assertTrue(matched > 15, "the typed numbers match some keys: " + matched);
      }
    }
  }

  private static Set<String> hits(IndexSearcher s, Query q) throws IOException {
    Set<String> out = new TreeSet<>();
    for (ScoreDoc sd : s.search(q, 100_000).scoreDocs) {
      out.add(s.storedFields().document(sd.doc).get("key"));
    }
    return out;
  }

  /** Keys as the archive writes them, crowded around small numbers, and some near misses. */
  private static List<String> keys(Random rnd) {
    String[] codes = {"nq", "tu", "tw", "kh", "ct", "tb", "kl", "qđ", "qd", "ubnd", "hđnd", "cp", "nđ", "qh13",
        "qh14", "cv", "bc", "bch", "ttr", "snv", "đu", "tư"};
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      String number = Integer.toString(rnd.nextInt(5) == 0 ? rnd.nextInt(3000) : rnd.nextInt(130));
      StringBuilder k = new StringBuilder(number);
      if (rnd.nextInt(3) == 0) {
        k.append('/').append(2000 + rnd.nextInt(25));
      }
      int parts = 1 + rnd.nextInt(3);
      for (int p = 0; p < parts; p++) {
        k.append(rnd.nextBoolean() ? '-' : '/').append(codes[rnd.nextInt(codes.length)]);
      }
      keys.add(k.toString());
    }
    keys.addAll(List.of("1", "1.5-nq/tu", "1 -nq/tu", "1+nq", "10-nq/tu", "1-nq", "1-nq/tu", "1/nq-tu",
        "12-nq/tu", "112-nq/tu", "57-nq/tw", "2156/qđ-ubnd", "45/2013/qh13", "17/2012/qh13", "1-nq/tu/x",
        "1--nq/tu", "1//tu", "1-nq//tu", "8-ct/tu", "1ế-nq/tu", "1é", "1\u0111-tu"));
    return keys;
  }
}
