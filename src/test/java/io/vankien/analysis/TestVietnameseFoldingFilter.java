package io.vankien.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestVietnameseFoldingFilter extends BaseTokenStreamTestCase {
  private static final String W = VietnameseTokenizer.TYPE_WORD;
  private static final String F = VietnameseFoldingFilter.TYPE_FOLDED;

  private static Analyzer analyzer(float boost) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new VietnameseTokenizer();
        TokenStream ts = new VietnameseNormalizationFilter(src);
        return new TokenStreamComponents(src, new VietnameseFoldingFilter(ts, boost, null));
      }
    };
  }

  public void testFoldedFormStackedBesideDiacritics() throws Exception {
    try (Analyzer a = analyzer(1f)) {
      assertAnalyzesTo(
          a,
          "Đảng bộ tỉnh Hưng Yên",
          new String[] {"đảng", "dang", "bộ", "bo", "tỉnh", "tinh", "hưng", "hung", "yên", "yen"},
          new int[] {0, 0, 5, 5, 8, 8, 13, 13, 18, 18},
          new int[] {4, 4, 7, 7, 12, 12, 17, 17, 21, 21},
          new String[] {W, F, W, F, W, F, W, F, W, F},
          new int[] {1, 0, 1, 0, 1, 0, 1, 0, 1, 0});
      assertAnalyzesTo(a, "nghị quyết", new String[] {"nghị", "nghi", "quyết", "quyet"}, new int[] {1, 0, 1, 0});
    }
  }

  public void testNothingStackedWithoutDiacritics() throws Exception {
    try (Analyzer a = analyzer(1f)) {
      assertAnalyzesTo(a, "Ban Thanh tra 2023 covid", new String[] {"ban", "thanh", "tra", "2023", "covid"}, new int[] {1, 1, 1, 1, 1});
    }
  }

  public void testFoldedTokenCarriesTheQueryBoost() throws Exception {
    try (Analyzer a = analyzer(0.3f)) {
      assertAnalyzesTo(
          a,
          "đường dương duong",
          new String[] {"đường", "duong", "dương", "duong", "duong"},
          new int[] {0, 0, 6, 6, 12},
          new int[] {5, 5, 11, 11, 17},
          new String[] {W, F, W, F, W},
          new int[] {1, 0, 1, 0, 1},
          new int[] {1, 1, 1, 1, 1},
          new float[] {1f, 0.3f, 1f, 0.3f, 1f});
    }
  }

  public void testFoldingKeepsPositionLengthOfSymbols() throws Exception {
    try (Analyzer a = analyzer(1f)) {
      assertAnalyzesTo(
          a,
          "106-QĐ/TU",
          new String[] {"106-qđ/tu", "106-qd/tu", "106", "qđ", "qd", "tu"},
          new int[] {0, 0, 0, 4, 4, 7},
          new int[] {9, 9, 3, 6, 6, 9},
          null,
          new int[] {1, 0, 0, 1, 0, 1},
          new int[] {3, 3, 1, 1, 1, 1});
    }
  }

  public void testBoostMustBeInRange() {
    expectThrows(IllegalArgumentException.class, () -> new VietnameseFoldingFilter(new VietnameseTokenizer(), 0f, null));
    expectThrows(IllegalArgumentException.class, () -> new VietnameseFoldingFilter(new VietnameseTokenizer(), 1.5f, null));
  }

  public void testRandomData() throws Exception {
    for (float boost : new float[] {1f, 0.3f}) {
      try (Analyzer a = analyzer(boost)) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
          checkAnalysisConsistency(random(), a, random().nextBoolean(), RandomVietnamese.text(random()));
        }
      }
    }
  }
}
