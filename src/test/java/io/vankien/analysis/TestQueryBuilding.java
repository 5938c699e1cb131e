package io.vankien.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.util.QueryBuilder;

/** What Lucene's QueryBuilder makes of the query chains, and what those queries find in a small index. */
public class TestQueryBuilding extends LuceneTestCase {
  private static final QueryBuilder QUERY = new QueryBuilder(VietnameseAnalyzer.forQuery(true));
  private static final QueryBuilder PHRASE = new QueryBuilder(VietnameseAnalyzer.forPhrase(true));
  private static final QueryBuilder QUERY_FOLDED = new QueryBuilder(VietnameseAnalyzer.forQuery(false));
  private static final QueryBuilder PHRASE_FOLDED = new QueryBuilder(VietnameseAnalyzer.forPhrase(false));

  /** The query as text, with the folded-term marker shown as '~'. */
  private static String str(Query q) {
    return q.toString().replace(VietnameseFoldingFilter.MARKER, '~');
  }

  public void testDiacriticWordBecomesBoostedSynonymQuery() {
    assertEquals("Synonym(body:~duong^0.2 body:đường)", str(QUERY.createBooleanQuery("body", "đường")));
    // in a query with diacritics a word typed without marks is taken as written, folded forms weigh less
    assertEquals("Synonym(body:~duong^0.2 body:duong)", str(QUERY.createBooleanQuery("body", "duong")));
    // in a query without diacritics folded matching is the norm
    assertEquals("body:~duong", str(QUERY_FOLDED.createBooleanQuery("body", "duong")));
  }

  public void testAbbreviationGraphKeepsBoosts() {
    assertEquals(
        "((+body:hội +body:đồng +body:nhân +body:dân) body:hđnd (body:~hdnd)^0.2) Synonym(body:~tinh^0.2 body:tỉnh)",
        str(QUERY.createBooleanQuery("body", "HĐND tỉnh")));
    assertEquals(
        "((+body:~hoi +body:~dong +body:~nhan +body:~dan) body:~hdnd) body:~tinh",
        str(QUERY_FOLDED.createBooleanQuery("body", "hdnd tinh")));
    // the original words beside an abbreviation are not folded: two paths, not 2^words
    assertEquals(
        "(body:bch (+body:ban +body:chấp +body:hành)) Synonym(body:~dang^0.2 body:đảng)",
        str(QUERY.createBooleanQuery("body", "Ban Chấp hành Đảng")));
  }

  public void testSymbolQueryIsTheKey() {
    assertEquals("Synonym(body:~so^0.2 body:số) Synonym(body:~1-nq/tu^0.2 body:1-nq/tu)",
        str(QUERY.createBooleanQuery("body", "Số 01 - NQ/TU")));
    assertEquals("body:\"số 1-nq/tu ? ? ngày\"", str(PHRASE.createPhraseQuery("body", "Số 01-NQ/TU ngày")));
    assertEquals("body:\"~so ~1-nq/tu ? ? ~ngay\"", str(PHRASE_FOLDED.createPhraseQuery("body", "Số 01-NQ/TU ngày")));
  }

  public void testPhraseChainNeverBuildsAGraph() {
    String longQuery = "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIX về phát triển kinh tế - xã hội và HĐND";
    for (QueryBuilder b : List.of(PHRASE, PHRASE_FOLDED)) {
      Query q = b.createPhraseQuery("body", longQuery);
      assertTrue(q.toString(), q instanceof PhraseQuery || q instanceof MultiPhraseQuery);
    }
    assertTrue(QUERY.createBooleanQuery("body", longQuery) instanceof BooleanQuery);
  }

  public void testRetrieval() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Analyzer index = VietnameseAnalyzer.forIndex()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(index))) {
        add(w, "hdnd", "Kỳ họp thứ 5 Hội đồng nhân dân tỉnh khoá XVI");
        add(w, "duong", "Dự án nâng cấp đường giao thông nông thôn mới");
        add(w, "duong2", "Hội Liên hiệp Phụ nữ tuyên dương các tập thể, dương dương tự đắc");
        add(w, "nq", "Thực hiện Nghị quyết số 01 - NQ/TU của Ban Thường vụ Tỉnh uỷ");
        add(w, "luat", "Luật Tổ chức chính quyền địa phương số 77/2015/QH13");
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        assertEquals(List.of("hdnd"), ids(s, QUERY.createBooleanQuery("body", "HĐND")));
        assertEquals(List.of("hdnd"), ids(s, QUERY_FOLDED.createBooleanQuery("body", "hdnd")));
        assertEquals(List.of("hdnd"), ids(s, QUERY.createBooleanQuery("body", "hdnd")));
        assertEquals(List.of("hdnd"), ids(s, PHRASE_FOLDED.createPhraseQuery("body", "hoi dong nhan dan")));
        assertEquals(List.of(), ids(s, PHRASE.createPhraseQuery("body", "hoi dong nhan dan")));
        assertEquals(List.of("hdnd"), ids(s, QUERY.createBooleanQuery("body", "khóa 16")));
        assertEquals(List.of("nq"), ids(s, QUERY.createBooleanQuery("body", "1-NQ/TU")));
        assertEquals(List.of("nq"), ids(s, QUERY.createBooleanQuery("body", "NQ/TU", Occur.MUST)));
        assertEquals(List.of("nq"), ids(s, PHRASE.createPhraseQuery("body", "số 01-NQ/TU của")));
        assertEquals(List.of("nq"), ids(s, QUERY.createBooleanQuery("body", "Tỉnh ủy", Occur.MUST)));
        assertEquals(List.of("luat"), ids(s, QUERY.createBooleanQuery("body", "77/2015/qh13")));
        // exact before folded-only; without diacritics both are found
        assertEquals(List.of("duong", "duong2"), ids(s, QUERY.createBooleanQuery("body", "đường")));
        assertEquals(2, ids(s, QUERY_FOLDED.createBooleanQuery("body", "duong")).size());
      }
    }
  }

  private static void add(IndexWriter w, String id, String body) throws IOException {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new TextField("body", body, Field.Store.NO));
    w.addDocument(d);
  }

  private static List<String> ids(IndexSearcher s, Query q) throws IOException {
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : s.search(q, 10).scoreDocs) {
      out.add(s.storedFields().document(sd.doc).get("id"));
    }
    return out;
  }
}
