package io.vankien.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestWordSequenceFilter extends BaseTokenStreamTestCase {
  private static final String M = String.valueOf(VietnameseFoldingFilter.MARKER);

  private static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new VietnameseTokenizer(true);
        return new TokenStreamComponents(src, new WordSequenceFilter(new RomanOrdinalFilter(src)));
      }
    };
  }

  public void testSymbolStandsAsItsPartsAndRomanNumeralAsWritten() throws Exception {
    try (Analyzer a = words()) {
      // the symbol key "1-nq/tu" and the stacked "19" are dropped; one token per position, no holes
      assertAnalyzesTo(a, "Nghị quyết 01-NQ/TU khóa XIX",
          new String[] {"Nghị", "quyết", "01", "NQ", "TU", "khóa", "XIX"},
          new int[] {1, 1, 1, 1, 1, 1, 1});
    }
  }

  public void testPairsOfAdjacentWordsExactAndFolded() throws Exception {
    try (Analyzer exact = VietnameseAnalyzer.forPairs(true); Analyzer folded = VietnameseAnalyzer.forPairs(false)) {
      assertAnalyzesTo(exact, "Ngân sách nhà nước", new String[] {"ngân sách", "sách nhà", "nhà nước"},
          new int[] {0, 5, 10}, new int[] {9, 13, 18}, new int[] {1, 1, 1});
      assertAnalyzesTo(folded, "Ngân sách", new String[] {M + "ngan " + M + "sach"});
      // old-style tone marks meet new ones in a pair too
      assertAnalyzesTo(exact, "hoà bình", new String[] {"hòa bình"});
      assertAnalyzesTo(exact, "số 01-NQ/TU", new String[] {"số 01", "01 nq", "nq tu"});
      assertAnalyzesTo(exact, "một", new String[0]);
    }
  }

  public void testFactory() throws Exception {
    try (Analyzer a = CustomAnalyzer.builder().withTokenizer("vietnamese")
        .addTokenFilter("vietnameseRomanOrdinal").addTokenFilter(WordSequenceFilterFactory.NAME).build()) {
      assertAnalyzesTo(a, "Đại hội XIII", new String[] {"Đại", "hội", "XIII"});
    }
    expectThrows(IllegalArgumentException.class,
        () -> CustomAnalyzer.builder().withTokenizer("vietnamese").addTokenFilter(WordSequenceFilterFactory.NAME, "x", "1").build());
  }

  public void testRandomData() throws Exception {
    for (Analyzer a : List.of(words(), VietnameseAnalyzer.forPairs(true), VietnameseAnalyzer.forPairs(false))) {
      try (a) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
          checkAnalysisConsistency(random(), a, random().nextBoolean(), RandomVietnamese.text(random()));
        }
      }
    }
  }
}
