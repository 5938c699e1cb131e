package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.Schema;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The matching-only query finds exactly the documents the query finds: random texts and titles over a small
 * vocabulary (words with and without diacritics, look-alikes, two spellings, abbreviations and their words),
 * random queries with diacritics, without, quoted, with OR and exclusions.
 */
class MatchingOnlyTest {
  private static final String[] WORDS = {"công", "cong", "cống", "tác", "tác", "đảng", "dang", "đang", "ủy", "uỷ",
      "ban", "nhân", "dân", "UBND", "HĐND", "hội", "đồng", "lý", "lí", "quản", "kỹ", "kĩ", "thuật", "XIX", "Thanh",
      "Hóa", "hoá", "ngân", "sách", "và"};

  @Test
  void countsEqualTheQuerysOwn() throws Exception {
    Random rnd = new Random(11);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
        for (int i = 0; i < 500; i++) {
          Document d = new Document();
          d.add(new Field(Schema.TEXT, words(rnd, 3 + rnd.nextInt(30)), Schema.TEXT_TYPE));
          d.add(new Field(Schema.TITLE, words(rnd, 1 + rnd.nextInt(6)), Schema.TEXT_TYPE));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryFactory queries = new QueryFactory();
        int rewritten = 0;
        int matching = 0;
        for (int i = 0; i < 800; i++) {
          String q = switch (i % 5) {
            case 0 -> words(rnd, 1);
            case 1 -> words(rnd, 2);
            case 2 -> "\"" + words(rnd, 2) + "\"";
            case 3 -> words(rnd, 1) + " OR " + words(rnd, 1);
            default -> words(rnd, 2) + " -" + words(rnd, 1);
          };
          if (i % 7 == 0) {
            q = io.vankien.text.VietnameseText.fold(q);
          }
          Query full = queries.parse(q);
          Query cheap = MatchingOnly.of(full);
          int expected = searcher.count(full);
          assertEquals(expected, searcher.count(cheap), q + " -> " + cheap);
          rewritten += cheap.equals(full) ? 0 : 1;
          matching += expected > 0 ? 1 : 0;
        }
        assertTrue(rewritten > 400, "most queries have a word with its folded twin: " + rewritten);
        assertTrue(matching > 400, "most queries match something: " + matching);
      }
    }
  }

  @Test
  void aWordWithDiacriticsIsCountedByItsFoldedTermAlone() {
    Query q = MatchingOnly.of(new QueryFactory().parse("tác"));
    assertTrue(q.toString().contains(new TermQuery(new Term(Schema.TEXT, "\u0001tac")).toString()), q.toString());
    assertTrue(!q.toString().contains("Synonym(text:"), q.toString());
  }

  private static String words(Random rnd, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
    }
    return b.toString();
  }
}
