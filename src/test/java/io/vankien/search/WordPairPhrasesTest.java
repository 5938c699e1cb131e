package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.index.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Phrases asked of the word-pair fields find exactly the documents the same phrases find as position
 * checks on the text field: random texts over a small vocabulary (so pairs repeat and near misses
 * abound), random phrases of two to four words, with and without diacritics, in the other tone style.
 */
class WordPairPhrasesTest {
  private static final String[] WORDS = {"nông", "thôn", "mới", "xây", "dựng", "hòa", "bình", "hoà", "Đảng",
      "bộ", "tỉnh", "ủy", "uỷ", "ngân", "sách", "nhà", "nước", "khóa", "XIX", "số", "01-NQ/TU", "thanh", "Thanh",
      "Hóa", "đường", "dương", "của", "và", "quản", "lý", "lí", "kỹ", "kĩ", "thuật", "quy", "qui", "định"};

  @Test
  void pairPhrasesMatchWhatTextPhrasesMatch() throws Exception {
    Random rnd = new Random(7);
    List<String> texts = new ArrayList<>();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
        for (int i = 0; i < 400; i++) {
          String text = randomWords(rnd, 5 + rnd.nextInt(40));
          texts.add(text);
          Document d = new Document();
          d.add(new Field(Schema.TEXT, text, Schema.TEXT_TYPE));
          d.add(new Field(Schema.TEXT_PAIRS_FOLDED, text, Schema.PAIRS_TYPE));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryFactory pairs = new QueryFactory();
        QueryFactory positions = pairs.positional();
        int viaPairs = 0;
        int nonEmpty = 0;
        for (int i = 0; i < 600; i++) {
          String phrase = i % 2 == 0 ? slice(texts.get(rnd.nextInt(texts.size())), rnd) : randomWords(rnd, 2 + rnd.nextInt(3));
          if (i % 3 == 0) {
            phrase = io.vankien.text.VietnameseText.fold(phrase); // typed without diacritics
          }
          String q = "\"" + phrase + "\"";
          Query p = pairs.parse(q);
          int expected = searcher.count(positions.parse(q));
          assertEquals(expected, searcher.count(p), q + " -> " + p);
          viaPairs += p.toString().contains(Schema.TEXT_PAIRS_FOLDED) ? 1 : 0;
          nonEmpty += expected > 0 ? 1 : 0;
        }
        assertTrue(viaPairs > 400, "most phrases are asked of the pair field: " + viaPairs);
        assertTrue(nonEmpty > 250, "most phrases match something: " + nonEmpty);
      }
    }
  }

  @Test
  void aWordWithTwoSpellingsAndAnExpansionStayOnThePairField() {
    QueryFactory pairs = new QueryFactory();
    // "lý"/"lí": the synonym of both pairs; three words: a phrase of pairs with both spellings
    assertTrue(pairs.parse("quan ly").toString().contains("Synonym(" + Schema.TEXT_PAIRS_FOLDED + ":"),
        pairs.parse("quan ly").toString());
    String three = pairs.parse("\"quản lý đất\"").toString();
    assertTrue(three.contains(Schema.TEXT_PAIRS_FOLDED + ":\"("), three);
    assertTrue(!three.contains("text:\""), three);
    // an abbreviation's expansion standing together scores through the pairs; the positional factory keeps it
    assertTrue(pairs.parse("ubnd").toString().contains(Schema.TEXT_PAIRS_FOLDED + ":"), pairs.parse("ubnd").toString());
    assertTrue(!pairs.positional().parse("ubnd").toString().contains(Schema.TEXT_PAIRS_FOLDED),
        pairs.positional().parse("ubnd").toString());
  }

  private static String randomWords(Random rnd, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : rnd.nextInt(12) == 0 ? ", " : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  /** Two to four consecutive words of the text. */
  private static String slice(String text, Random rnd) {
    String[] w = text.replace(",", "").split(" ");
    int n = Math.min(w.length, 2 + rnd.nextInt(3));
    int from = rnd.nextInt(w.length - n + 1);
    return String.join(" ", java.util.Arrays.copyOfRange(w, from, from + n));
  }
}
