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
 * asks it; the marker of a folded term is shown as '·', a facet path's separator as '|'). Words are matched exactly and, at 0.2, folded ({@code Synonym(text:luat^0.2 text:luật)}); a
 * query without diacritics only folded.
 */
class QueryGrammarTest {
  private final QueryFactory factory = new QueryFactory().positional();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      # one word: must be in the text, a title match adds
      rừng => +(+Synonym(text:·rung^0.2 text:rừng) (Synonym(title:·rung^0.2 title:rừng))^1.0)
      # without diacritics: the folded term space only
      rung => +(+text:·rung (title:·rung)^1.0)
      # a run of words: all required; the run and each adjacent pair as phrases add (weight 12); AND is the default
      rừng đất => +(+(+Synonym(text:·rung^0.2 text:rừng) +Synonym(text:·dat^0.2 text:đất)) (Synonym(title:·rung^0.2 title:rừng) Synonym(title:·dat^0.2 title:đất))^1.0 ((text:"rừng đất" (text:"·rung ·dat")^0.2)~1)^24.0)
      rừng AND đất => +(+(+Synonym(text:·rung^0.2 text:rừng) +Synonym(text:·dat^0.2 text:đất)) (Synonym(title:·rung^0.2 title:rừng) Synonym(title:·dat^0.2 title:đất))^1.0 ((text:"rừng đất" (text:"·rung ·dat")^0.2)~1)^24.0)
      # a quoted phrase: required as a phrase, in the title it adds
      `"đất đai"` => +(+((text:"đất đai" (text:"·dat ·dai")^0.2)~1) ((title:"đất đai" (title:"·dat ·dai")^0.2)~1)^1.0)
      # OR: one of the sides is required
      rừng OR nghị => +(Synonym(text:·rung^0.2 text:rừng) Synonym(text:·nghi^0.2 text:nghị))
      a OR b OR c => +(text:·a text:·b text:·c)
      a || b => +(text:·a text:·b)
      # an exclusion inside OR stays an exclusion: a, or every document without b
      rừng OR -nghị => +(Synonym(text:·rung^0.2 text:rừng) (+*:* -Synonym(text:·nghi^0.2 text:nghị)))
      -nghị OR rừng => +((+*:* -Synonym(text:·nghi^0.2 text:nghị)) Synonym(text:·rung^0.2 text:rừng))
      `rừng OR -"đất đai"` => +(Synonym(text:·rung^0.2 text:rừng) (+*:* -(+((text:"đất đai" (text:"·dat ·dai")^0.2)~1) ((title:"đất đai" (title:"·dat ·dai")^0.2)~1)^1.0)))
      # exclusions; only exclusions: everything but those
      -nghị rừng => -Synonym(text:·nghi^0.2 text:nghị) +(+Synonym(text:·rung^0.2 text:rừng) (Synonym(title:·rung^0.2 title:rừng))^1.0)
      `-"đất đai" rừng` => -(+((text:"đất đai" (text:"·dat ·dai")^0.2)~1) ((title:"đất đai" (title:"·dat ·dai")^0.2)~1)^1.0) +(+Synonym(text:·rung^0.2 text:rừng) (Synonym(title:·rung^0.2 title:rừng))^1.0)
      -nghị => -Synonym(text:·nghi^0.2 text:nghị) +*:*
      # a document symbol: in the text, or (first) the document's own number, or (issue 15) a number like it or citing it
      01-NQ/TU => +((text:·1-nq/tu (ConstantScore(number_key:1-nq/tu))^1000.0 (ConstantScore(number_key:/1(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*[\\-/]tu([\\-/][^\\-/]+)*/))^500.0 (ConstantScore(cites_key:/1(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*[\\-/]tu([\\-/][^\\-/]+)*/))^5.0)~1)
      Số 01 - NQ/TU => +((((text:1-nq/tu (text:·1-nq/tu)^0.2)~1) (ConstantScore(number_key:1-nq/tu))^1000.0 (ConstantScore(number_key:/1(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*[\\-/]tu([\\-/][^\\-/]+)*/))^500.0 (ConstantScore(cites_key:/1(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*[\\-/]tu([\\-/][^\\-/]+)*/))^5.0)~1)
      # a minus before a symbol excludes it
      -01-NQ/TU rừng => -((((text:1-nq/tu (text:·1-nq/tu)^0.2)~1) (ConstantScore(number_key:1-nq/tu))^1000.0 (ConstantScore(number_key:/1(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*[\\-/]tu([\\-/][^\\-/]+)*/))^500.0 (ConstantScore(cites_key:/1(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*[\\-/]tu([\\-/][^\\-/]+)*/))^5.0)~1) +(+Synonym(text:·rung^0.2 text:rừng) (Synonym(title:·rung^0.2 title:rừng))^1.0)
      # numbers as half remembered: separators swapped, run together with the type code, partial
      01/NQ-TU => +((text:·1/nq-tu (ConstantScore(number_key:1/nq-tu))^1000.0 (ConstantScore(number_key:/1(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*[\\-/]tu([\\-/][^\\-/]+)*/))^500.0 (ConstantScore(cites_key:/1(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*[\\-/]tu([\\-/][^\\-/]+)*/))^5.0)~1)
      NQ12-TU => +((text:"·nq12 ·tu" (ConstantScore(number_key:/12(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*[\\-/]tu([\\-/][^\\-/]+)*/))^500.0 (ConstantScore(cites_key:/12(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*[\\-/]tu([\\-/][^\\-/]+)*/))^5.0)~1)
      QĐ2156 => +((((text:qđ2156 (text:·qd2156)^0.2)~1) (ConstantScore(number_key:/2156(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]q[dđ]([\\-/][^\\-/]+)*/))^500.0 (ConstantScore(cites_key:/2156(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]q[dđ]([\\-/][^\\-/]+)*/))^5.0)~1)
      45/QH13 => +((text:·45/qh13 (ConstantScore(number_key:45/qh13))^1000.0 (ConstantScore(number_key:/45(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]qh13([\\-/][^\\-/]+)*/))^500.0 (ConstantScore(cites_key:/45(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]qh13([\\-/][^\\-/]+)*/))^5.0)~1)
      17/2012 => +((text:"·17 ·2012" (ConstantScore(number_key:/17/2012([\\-/][^\\-/]+)*/))^500.0 (ConstantScore(cites_key:/17/2012([\\-/][^\\-/]+)*/))^5.0)~1)
      # a bare number is a word; a year also counts the document's year
      2020 => +(+text:·2020 (title:·2020)^1.0 (ConstantScore($facets:year|2020))^3.0)
      # a type name counts the document's type; a number after it the documents numbered (or citing) so
      nghị quyết => +(+(+Synonym(text:·nghi^0.2 text:nghị) +Synonym(text:·quyet^0.2 text:quyết)) (Synonym(title:·nghi^0.2 title:nghị) Synonym(title:·quyet^0.2 title:quyết))^1.0 (ConstantScore($facets:type|Nghị quyết))^5.0 ((text:"nghị quyết" (text:"·nghi ·quyet")^0.2)~1)^24.0)
      nghi quyet 57 => +(+(+text:·nghi +text:·quyet +text:·57) (title:·nghi title:·quyet title:·57)^1.0 (ConstantScore($facets:type|Nghị quyết))^5.0 (ConstantScore(number_key:/57(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*/))^500.0 (ConstantScore(cites_key:/57(/[0-9]{4})?([\\-/][^\\-/]+)*[\\-/]nq([\\-/][^\\-/]+)*/))^20.0 (text:"·nghi ·quyet ·57")^12.0 (text:"·nghi ·quyet")^12.0 (text:"·quyet ·57")^12.0)
      # i/y spellings: the other one stacked, in words and phrases
      Sĩ => +(+Synonym(text:·si^0.2 text:sĩ text:sỹ) (Synonym(title:·si^0.2 title:sĩ title:sỹ))^1.0)
      si => +(+Synonym(text:·si text:·sy) (Synonym(title:·si title:·sy))^1.0)
      `"tiến sĩ"` => +(+((text:"tiến (sĩ sỹ)" (text:"·tien (·si ·sy)")^0.2)~1) ((title:"tiến (sĩ sỹ)" (title:"·tien (·si ·sy)")^0.2)~1)^1.0)
      # fields
      signer:Khiêm => +((signer_text:khiêm (signer_text:·khiem)^0.2)~1)
      `signer:"Lương Văn Khiêm"` => +((signer_text:"lương văn khiêm"~1 (signer_text:"·luong ·van ·khiem"~1)^0.2)~1)
      title:đất => +Synonym(title:·dat^0.2 title:đất)
      number:01-NQ/TU => +number_key:1-nq/tu
      cites:45/2013/QH13 => +cites_key:45/2013/qh13
      """)
  void queryTextBecomesThisLuceneQuery(String typed, String expected) {
    assertEquals(expected, shown(factory.parse(typed)));
  }

  /** The query as text, the folded marker shown as '·' and the facet path separator as '|'. */
  static String shown(org.apache.lucene.search.Query q) {
    return q.toString().replace(VietnameseFoldingFilter.MARKER, '·').replace('\u001f', '|');
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
    d.add(new Field(Schema.TEXT_PAIRS_FOLDED, text, Schema.PAIRS_TYPE));
    w.addDocument(d);
  }
}
