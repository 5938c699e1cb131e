package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages of a two-pass ranking: every page is a slice of one order, whatever its depth. The matching query ranks
 * by how often a document says "x", the ranking query by how often it says "y", so the second pass reorders the
 * first pass's candidates and would move documents across the window's edge if the window grew with the page.
 */
class TwoPassRankingTest {
  private static final int DOCS = 3 * TwoPassRanking.WINDOW;
  private static final int PAGE = 10;

  @Test
  void pagesPastTheWindowAreSlicesOfOneOrderWithoutRepeatsOrGaps() throws IOException {
    try (ByteBuffersDirectory dir = index(); DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      Query matching = new TermQuery(new Term("f", "x"));
      Query ranking = new TermQuery(new Term("f", "y"));
      List<Integer> paged = new ArrayList<>();
      for (int page = 1; page * PAGE <= DOCS; page++) {
        ScoreDoc[] top = TwoPassRanking.top(s, matching, ranking, page * PAGE).scoreDocs;
        for (int i = (page - 1) * PAGE; i < page * PAGE; i++) {
          paged.add(top[i].doc);
        }
      }
      assertEquals(DOCS, new HashSet<>(paged).size(), "a document shown on two pages, or on none");
      List<Integer> oneRequest = new ArrayList<>();
      for (ScoreDoc sd : TwoPassRanking.top(s, matching, ranking, DOCS).scoreDocs) {
        oneRequest.add(sd.doc);
      }
      assertEquals(oneRequest, paged, "pages in the order of one request for all of them (the export's)");
    }
  }

  @ParameterizedTest(name = "window {0}")
  @ValueSource(ints = {TwoPassRanking.WINDOW, 50, 5})
  void theWindowIsRankedBySecondPassAndTheRestByTheFirst(int windowSize) throws IOException {
    try (ByteBuffersDirectory dir = index(); DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      Query matching = new TermQuery(new Term("f", "x"));
      Query ranking = new TermQuery(new Term("f", "y"));
      ScoreDoc[] all = TwoPassRanking.top(s, matching, ranking, DOCS, false, windowSize).scoreDocs;
      ScoreDoc[] first = s.search(matching, DOCS).scoreDocs;
      Set<Integer> window = new HashSet<>();
      for (int i = 0; i < windowSize; i++) {
        window.add(first[i].doc);
      }
      for (int i = 0; i < windowSize; i++) {
        assertEquals(true, window.contains(all[i].doc), "rank " + i + " comes from the first pass's window");
        if (i > 0) {
          assertEquals(true, all[i - 1].score >= all[i].score, "the window in the second pass's order");
        }
      }
      for (int i = windowSize; i < DOCS; i++) {
        assertEquals(first[i].doc, all[i].doc, "rank " + i + " past the window keeps the first pass's place");
      }
      // the test means something only if the second pass does reorder the window
      List<Integer> firstOrder = new ArrayList<>();
      List<Integer> secondOrder = new ArrayList<>();
      for (int i = 0; i < windowSize; i++) {
        firstOrder.add(first[i].doc);
        secondOrder.add(all[i].doc);
      }
      assertNotEquals(firstOrder, secondOrder);
    }
  }

  /** {@link #DOCS} documents, each saying "x" 1-9 times and "y" 1-11 times in unrelated cycles. */
  private static ByteBuffersDirectory index() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < DOCS; i++) {
        StringBuilder text = new StringBuilder();
        text.append("x ".repeat(i % 9 + 1)).append("y ".repeat((i * 7) % 11 + 1)).append("z ".repeat(i % 5));
        Document d = new Document();
        d.add(new TextField("f", text.toString(), Field.Store.NO));
        w.addDocument(d);
        if (i % 150 == 149) {
          w.commit(); // several segments, as an archive has
        }
      }
    }
    return dir;
  }
}
