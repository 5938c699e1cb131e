package io.vankien.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestVietnameseFoldingFilter extends BaseTokenStreamTestCase {
  private static final String W = VietnameseTokenizer.TYPE_WORD;
  private static final String F = VietnameseFoldingFilter.TYPE_FOLDED;

  /** The folded term: marker + letters. */
  private static String f(String folded) {
    return VietnameseFoldingFilter.MARKER + folded;
  }

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
          new String[] {"đảng", f("dang"), "bộ", f("bo"), "tỉnh", f("tinh"), "hưng", f("hung"), "yên", f("yen")},
          new int[] {0, 0, 5, 5, 8, 8, 13, 13, 18, 18},
          new int[] {4, 4, 7, 7, 12, 12, 17, 17, 21, 21},
          new String[] {W, F, W, F, W, F, W, F, W, F},
          new int[] {1, 0, 1, 0, 1, 0, 1, 0, 1, 0});
      assertAnalyzesTo(a, "nghị quyết", new String[] {"nghị", f("nghi"), "quyết", f("quyet")}, new int[] {1, 0, 1, 0});
    }
  }

  /** Words without marks get a folded term too, distinct from the word: "thanh" is not the folded "thành". */
  public void testFoldedSpaceIsCompleteAndSeparate() throws Exception {
    try (Analyzer a = analyzer(1f)) {
      assertAnalyzesTo(a, "Thanh thành 2023",
          new String[] {"thanh", f("thanh"), "thành", f("thanh"), "2023", f("2023")},
          new int[] {1, 0, 1, 0, 1, 0});
    }
  }

  public void testReplaceModeKeepsOnlyTheFoldedTerm() throws Exception {
    try (Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new VietnameseTokenizer();
        TokenStream ts = new VietnameseNormalizationFilter(src);
        return new TokenStreamComponents(src, new VietnameseFoldingFilter(ts, VietnameseFoldingFilter.Mode.REPLACE, 1f, null));
      }
    }) {
      assertAnalyzesTo(a, "Thanh Hóa thành", new String[] {f("thanh"), f("hoa"), f("thanh")},
          new int[] {0, 6, 10}, new int[] {5, 9, 15}, new int[] {1, 1, 1});
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
    expectThrows(IllegalArgumentException.class,
        () -> new VietnameseFoldingFilter(new VietnameseTokenizer(), VietnameseFoldingFilter.Mode.REPLACE, 0.5f, null));
  }

  public void testFoldedTermOfAString() {
    assertEquals(f("dang"), VietnameseFoldingFilter.foldedTerm("đảng"));
  }

  public void testFoldedTokenCarriesTheQueryBoost() throws Exception {
    try (Analyzer a = analyzer(0.3f)) {
      assertAnalyzesTo(
          a,
          "đường dương duong",
          new String[] {"đường", f("duong"), "dương", f("duong"), "duong", f("duong")},
          new int[] {0, 0, 6, 6, 12, 12},
          new int[] {5, 5, 11, 11, 17, 17},
          new String[] {W, F, W, F, W, F},
          new int[] {1, 0, 1, 0, 1, 0},
          new int[] {1, 1, 1, 1, 1, 1},
          new float[] {1f, 0.3f, 1f, 0.3f, 1f, 0.3f});
    }
  }

  public void testFoldingKeepsPositionLengthOfSymbols() throws Exception {
    try (Analyzer a = analyzer(1f)) {
      assertAnalyzesTo(
          a,
          "106-QĐ/TU",
          new String[] {"106-qđ/tu", f("106-qd/tu"), "106", f("106"), "qđ", f("qd"), "tu", f("tu")},
          new int[] {0, 0, 0, 0, 4, 4, 7, 7},
          new int[] {9, 9, 3, 3, 6, 6, 9, 9},
          null,
          new int[] {1, 0, 0, 0, 1, 0, 1, 0},
          new int[] {3, 3, 1, 1, 1, 1, 1, 1});
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
