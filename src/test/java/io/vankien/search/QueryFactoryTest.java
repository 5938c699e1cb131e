package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vankien.analysis.VietnameseFoldingFilter;
import io.vankien.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class QueryFactoryTest {
  private final QueryFactory factory = new QueryFactory();

  private Set<String> textTerms(String q) {
    Set<String> out = new HashSet<>();
    factory.parse(q).visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          if (t.field().equals(Schema.TEXT)) {
            out.add(t.text());
          }
        }
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return out;
  }

  private static String folded(String s) {
    return VietnameseFoldingFilter.MARKER + s;
  }

  @Test
  void onlyQueriesWithPhrasesDifferFromTheirPositionalForm() {
    // SearchService ranks in one pass when they are equal (TwoPassRanking): single words, numbers
    for (String q : List.of("ngân", "ngan", "01-NQ/TU", "signer:\"Nguyễn Văn A\"")) {
      assertEquals(factory.positional().parse(q), factory.parse(q), q);
    }
    for (String q : List.of("ngân sách", "ngan sach", "\"nông thôn mới\"")) {
      assertNotEquals(factory.positional().parse(q), factory.parse(q), q);
    }
  }

  /** A run of two words is its one pair, and "a b a b" holds "a b" twice: each phrase is asked once, for both. */
  @Test
  void aPhraseAskedTwiceIsOneClause() {
    for (QueryFactory f : List.of(factory, factory.positional())) {
      for (String q : List.of("giai doan", "giai đoạn", "ngân sách ngân sách", "tỉnh ủy")) {
        List<Query> phrases = new ArrayList<>();
        f.parse(q).visit(new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            if (query instanceof PhraseQuery || terms[0].field().equals(Schema.TEXT_PAIRS_FOLDED)) {
              phrases.add(query); // a phrase on the text, or a word pair
            }
          }

          @Override
          public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
        assertFalse(phrases.isEmpty(), q);
        assertEquals(new HashSet<>(phrases).size(), phrases.size(), q + ": " + phrases);
      }
    }
  }

  @Test
  void queryWithoutDiacriticsUsesOnlyFoldedTerms() {
    Set<String> t = textTerms("thanh hoa");
    assertEquals(Set.of(folded("thanh"), folded("hoa")), t);
  }

  @Test
  void queryWithDiacriticsTakesEveryWordAsWrittenPlusFoldedForms() {
    Set<String> t = textTerms("Thanh Hóa");
    assertTrue(t.containsAll(Set.of("thanh", "hóa", folded("thanh"), folded("hoa"))), t.toString());
  }

  @Test
  void abbreviationsExpandInBothTermSpaces() {
    assertTrue(textTerms("hdnd tinh").containsAll(Set.of(folded("hdnd"), folded("hoi"), folded("dan"), folded("tinh"))));
    assertTrue(textTerms("HĐND tỉnh").containsAll(Set.of("hđnd", "hội", "dân", "tỉnh")));
  }

  @Test
  void realWordTypedWithoutMarksDoesNotDrownTheNamedPlace() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
        add(w, "place", "Ban Chấp hành Đảng bộ tỉnh Thanh Hóa họp phiên thường kỳ.");
        add(w, "youth", "Luật Thanh niên: thanh niên tham gia, thành lập tổ chức, hòa giải, văn hóa, thanh niên.");
        add(w, "other", "Báo cáo tình hình kinh tế - xã hội của tỉnh.");
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        s.setSimilarity(Schema.similarity());
        assertEquals("place", ids(s, "Thanh Hóa").get(0));
        assertEquals("place", ids(s, "thanh hoa").get(0));
        assertEquals("place", ids(s, "\"Thanh Hóa\"").get(0));
        assertFalse(ids(s, "\"Thanh Hóa\"").contains("other"));
      }
    }
  }

  @Test
  void anAbbreviationFindsTheFullFormAndTheFullFormFindsTheAbbreviation() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
        add(w, "council", "Nghị quyết của Hội đồng nhân dân tỉnh về giáo dục.");
        add(w, "scattered", "Hội nghị nhân dân bàn về tiền đồng và dân sinh.");
        add(w, "short", "Báo cáo của HĐND huyện.");
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        s.setSimilarity(Schema.similarity());
        for (String q : List.of("HĐND", "hdnd", "Hội đồng nhân dân", "hoi dong nhan dan")) {
          List<String> found = ids(s, q);
          assertTrue(found.containsAll(List.of("council", "short")), q + " -> " + found);
          // the words standing together rank above the same words scattered
          assertTrue(found.indexOf("council") < found.indexOf("scattered") || !found.contains("scattered"),
              q + " -> " + found);
        }
      }
    }
  }

  private List<String> ids(IndexSearcher s, String q) throws IOException {
    List<String> out = new ArrayList<>();
    // ranked as SearchService ranks: matches through the word pairs, order by the positional query
    for (ScoreDoc sd : TwoPassRanking.top(s, factory.parse(q), factory.positional().parse(q), 10).scoreDocs) {
      out.add(s.storedFields().document(sd.doc).get(Schema.ID));
    }
    return out;
  }

  private static void add(IndexWriter w, String id, String text) throws IOException {
    Document d = new Document();
    d.add(new StringField(Schema.ID, id, Field.Store.YES));
    d.add(new Field(Schema.TEXT, text, Schema.TEXT_TYPE));
    d.add(new Field(Schema.TEXT_PAIRS_FOLDED, text, Schema.PAIRS_TYPE));
    w.addDocument(d);
  }

  @Test
  void theLongestAcceptedQueryStaysWithinLucenesClauseLimitAndALongerOneIsABadRequest() throws IOException {
    // abbreviations expand to several words each, with proximity pairs between neighbours: the most clauses
    String longest = "HĐND UBND ".repeat(QueryFactory.MAX_QUERY_ITEMS / 2).strip();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
      Document d = new Document();
      d.add(new Field(Schema.TEXT, "hội đồng nhân dân ủy ban nhân dân", Schema.TEXT_TYPE));
      w.addDocument(d);
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        // every clause of the largest query counted: Lucene throws TooManyClauses above its limit
        new IndexSearcher(r).count(factory.parse(longest));
      }
    }
    BadRequestException tooMany = assertThrows(BadRequestException.class,
        () -> factory.parse("a ".repeat(QueryFactory.MAX_QUERY_ITEMS + 1)));
    assertEquals("q", tooMany.parameter());
    assertThrows(BadRequestException.class, () -> factory.parse("x".repeat(QueryFactory.MAX_QUERY_CHARS + 1)));
  }
}
