package io.vankien.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestWordPairFilter extends BaseTokenStreamTestCase {
  /** The pair chain's words, then pairs made by {@code pairs}. */
  private static Analyzer chain(boolean shingles) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new VietnameseTokenizer(true);
        TokenStream words = new WordSequenceFilter(new VietnameseNormalizationFilter(new RomanOrdinalFilter(src)));
        if (!shingles) {
          return new TokenStreamComponents(src, new WordPairFilter(words, ' '));
        }
        ShingleFilter s = new ShingleFilter(words, 2, 2);
        s.setOutputUnigrams(false);
        s.setTokenSeparator(" ");
        return new TokenStreamComponents(src, s);
      }
    };
  }

  public void testPairsOfAdjacentTokens() throws Exception {
    try (Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new WhitespaceTokenizer();
        return new TokenStreamComponents(src, new WordPairFilter(src, '_'));
      }
    }) {
      assertAnalyzesTo(a, "a bb ccc", new String[] {"a_bb", "bb_ccc"}, new int[] {0, 2}, new int[] {4, 8},
          new String[] {WordPairFilter.TYPE_PAIR, WordPairFilter.TYPE_PAIR}, new int[] {1, 1});
      assertAnalyzesTo(a, "một", new String[0]);
      assertAnalyzesTo(a, "", new String[0]);
      // longer words than the first buffers
      String longWord = "x".repeat(100);
      assertAnalyzesTo(a, longWord + " y " + longWord, new String[] {longWord + "_y", "y_" + longWord});
    }
  }

  /** Sample texts, random and of the Vietnamese generator: the same terms, positions and offsets as Lucene's ShingleFilter. */
  public void testSameAsShingleFilterOnWordSequences() throws Exception {
    try (Analyzer mine = chain(false); Analyzer lucene = chain(true)) {
      List<String> texts = new ArrayList<>(List.of("Nghị quyết số 01-NQ/TU khóa XIX về ngân sách nhà nước",
          "Ban Chấp hành Đảng bộ tỉnh Thanh Hoá, Đại hội XIII", "số 30/2020/NĐ-CP ngày 1/2/2020"));
      for (int i = 0; i < 300 * RANDOM_MULTIPLIER; i++) {
        texts.add(i % 2 == 0 ? RandomVietnamese.text(random()) : org.apache.lucene.tests.util.TestUtil.randomUnicodeString(random()));
      }
      for (String text : texts) {
        assertEquals(text, tokens(lucene, text), tokens(mine, text));
      }
    }
  }

  public void testRandomData() throws Exception {
    try (Analyzer a = chain(false)) {
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
      for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(random(), a, random().nextBoolean(), RandomVietnamese.text(random()));
      }
    }
  }

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + inc.getPositionIncrement() + ":" + offset.startOffset() + "-" + offset.endOffset());
      }
      ts.end();
    }
    return out;
  }
}
