package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vankien.analysis.VietnameseFoldingFilter;
import io.vankien.index.Schema;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The query language, item by item: what staff type, and the Lucene query it becomes ({@code toString}
 * of {@link QueryFactory#positional()}, where every phrase is a phrase of the field, as the tuned ranking
 * asks it; the marker of a folded term is shown as '·'). Words are matched exactly and, at 0.2, folded ({@code Synonym(text:luat^0.2 text:luật)}); a
 * query without diacritics only folded.
 */
class QueryGrammarTest {
  private final QueryFactory factory = new QueryFactory().positional();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      # one word: must be in the text, a title match adds
      luật => +(+Synonym(text:·luat^0.2 text:luật) (Synonym(title:·luat^0.2 title:luật))^1.0)
      # without diacritics: the folded term space only
      luat => +(+text:·luat (title:·luat)^1.0)
      # a run of words: all required, the run and each adjacent pair as phrases add (weight 12)
      luật đất => +(+(+Synonym(text:·luat^0.2 text:luật) +Synonym(text:·dat^0.2 text:đất)) (Synonym(title:·luat^0.2 title:luật) Synonym(title:·dat^0.2 title:đất))^1.0 ((text:"luật đất" (text:"·luat ·dat")^0.2)~1)^12.0 ((text:"luật đất" (text:"·luat ·dat")^0.2)~1)^12.0)
      # AND is the default and is dropped
      luật AND đất => +(+(+Synonym(text:·luat^0.2 text:luật) +Synonym(text:·dat^0.2 text:đất)) (Synonym(title:·luat^0.2 title:luật) Synonym(title:·dat^0.2 title:đất))^1.0 ((text:"luật đất" (text:"·luat ·dat")^0.2)~1)^12.0 ((text:"luật đất" (text:"·luat ·dat")^0.2)~1)^12.0)
      # a quoted phrase: required as a phrase, in the title it adds
      `"đất đai"` => +(+((text:"đất đai" (text:"·dat ·dai")^0.2)~1) ((title:"đất đai" (title:"·dat ·dai")^0.2)~1)^1.0)
      # OR: one of the sides is required
      luật OR nghị => +(Synonym(text:·luat^0.2 text:luật) Synonym(text:·nghi^0.2 text:nghị))
      a OR b OR c => +(text:·a text:·b text:·c)
      a || b => +(text:·a text:·b)
      # an exclusion inside OR stays an exclusion: a OR (everything without b)
      luật OR -nghị => +(Synonym(text:·luat^0.2 text:luật) (+*:* -Synonym(text:·nghi^0.2 text:nghị)))
      -nghị OR luật => +((+*:* -Synonym(text:·nghi^0.2 text:nghị)) Synonym(text:·luat^0.2 text:luật))
      `luật OR -"đất đai"` => +(Synonym(text:·luat^0.2 text:luật) (+*:* -(+((text:"đất đai" (text:"·dat ·dai")^0.2)~1) ((title:"đất đai" (title:"·dat ·dai")^0.2)~1)^1.0)))
      # exclusions
      -nghị luật => -Synonym(text:·nghi^0.2 text:nghị) +(+Synonym(text:·luat^0.2 text:luật) (Synonym(title:·luat^0.2 title:luật))^1.0)
      `-"đất đai" luật` => -(+((text:"đất đai" (text:"·dat ·dai")^0.2)~1) ((title:"đất đai" (title:"·dat ·dai")^0.2)~1)^1.0) +(+Synonym(text:·luat^0.2 text:luật) (Synonym(title:·luat^0.2 title:luật))^1.0)
      # only exclusions: everything but those
      -nghị => -Synonym(text:·nghi^0.2 text:nghị) +*:*
      # a document symbol (typed without diacritics: folded): in the text, or (ranked first) the document's own number
      01-NQ/TU => +((text:·1-nq/tu (ConstantScore(number_key:1-nq/tu))^1000.0)~1)
      # spaced, with "Số" before it: the same key
      Số 01 - NQ/TU => +((((text:1-nq/tu (text:·1-nq/tu)^0.2)~1) (ConstantScore(number_key:1-nq/tu))^1000.0)~1)
      # a minus before a symbol excludes it (a minus before a plain number does not)
      -01-NQ/TU luật => -((((text:1-nq/tu (text:·1-nq/tu)^0.2)~1) (ConstantScore(number_key:1-nq/tu))^1000.0)~1) +(+Synonym(text:·luat^0.2 text:luật) (Synonym(title:·luat^0.2 title:luật))^1.0)
      # a bare number is a word
      2020 => +(+text:·2020 (title:·2020)^1.0)
      # fields
      signer:Khiêm => +((signer_text:khiêm (signer_text:·khiem)^0.2)~1)
      `signer:"Lương Văn Khiêm"` => +((signer_text:"lương văn khiêm"~1 (signer_text:"·luong ·van ·khiem"~1)^0.2)~1)
      title:đất => +Synonym(title:·dat^0.2 title:đất)
      number:01-NQ/TU => +number_key:1-nq/tu
      cites:45/2013/QH13 => +cites_key:45/2013/qh13
      """)
  void queryTextBecomesThisLuceneQuery(String typed, String expected) {
    assertEquals(expected, factory.parse(typed).toString().replace(VietnameseFoldingFilter.MARKER, '·'));
  }

  @Test
  void anExclusionInsideOrFindsTheDocumentsWithoutIt() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
        add(w, "a", "luật đất đai");
        add(w, "b", "nghị quyết");
        add(w, "c", "kế hoạch");
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        assertEquals(Set.of("a", "c"), ids(s, "luật OR -nghị"));
        assertEquals(Set.of("a", "b"), ids(s, "luật OR nghị"));
        assertEquals(Set.of("c"), ids(s, "-luật -nghị"));
      }
    }
  }

  private Set<String> ids(IndexSearcher s, String q) throws IOException {
    Set<String> out = new TreeSet<>();
    for (ScoreDoc sd : s.search(new QueryFactory().parse(q), 10).scoreDocs) {
      out.add(s.storedFields().document(sd.doc).get(Schema.ID));
    }
    return out;
  }

  private static void add(IndexWriter w, String id, String text) throws IOException {
    Document d = new Document();
    d.add(new StringField(Schema.ID, id, Field.Store.YES));
    d.add(new Field(Schema.TEXT, text, Schema.TEXT_TYPE));
    d.add(new Field(Schema.TEXT_PAIRS, text, Schema.PAIRS_TYPE));
    d.add(new Field(Schema.TEXT_PAIRS_FOLDED, text, Schema.PAIRS_TYPE));
    w.addDocument(d);
  }
}
