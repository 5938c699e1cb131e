package io.vankien.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestIYVariantFilter extends BaseTokenStreamTestCase {
  private static final String W = VietnameseTokenizer.TYPE_WORD;
  private static final String S = SynonymGraphFilter.TYPE_SYNONYM;
  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new VietnameseTokenizer();
        return new TokenStreamComponents(src, new IYVariantFilter(new VietnameseNormalizationFilter(src)));
      }
    };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testTheOtherSpellingIsStackedWithTheSameTone() throws Exception {
    assertAnalyzesTo(analyzer, "Đỗ Tiến Sĩ",
        new String[] {"đỗ", "tiến", "sĩ", "sỹ"},
        new int[] {0, 3, 8, 8},
        new int[] {2, 7, 10, 10},
        new String[] {W, W, W, S},
        new int[] {1, 1, 1, 0});
    assertAnalyzesTo(analyzer, "Lại Văn Quý", new String[] {"lại", "văn", "quý", "quí"}, new int[] {1, 1, 1, 0});
    assertAnalyzesTo(analyzer, "kỉ luật", new String[] {"kỉ", "kỷ", "luật"}, new int[] {1, 0, 1});
    assertAnalyzesTo(analyzer, "pháp lý", new String[] {"pháp", "lý", "lí"});
    assertAnalyzesTo(analyzer, "Hoa Kỳ, Mĩ", new String[] {"hoa", "kỳ", "kì", "mĩ", "mỹ"});
    assertAnalyzesTo(analyzer, "hi sinh, công ty", new String[] {"hi", "hy", "sinh", "công", "ty", "ti"});
  }

  public void testOtherSyllablesAreLeftAlone() throws Exception {
    // i/y after a vowel, a y that starts the syllable, onsets whose i is never written y
    assertAnalyzesTo(analyzer, "tai tay yên vi di nghị quyết thủy", new String[] {"tai", "tay", "yên", "vi", "di",
        "nghị", "quyết", "thủy"});
  }

  public void testFoldedTermsAreVariedAfterTheMarker() {
    assertEquals(VietnameseFoldingFilter.MARKER + "sy", IYVariantFilter.variantOf(VietnameseFoldingFilter.MARKER + "si"));
    assertEquals(VietnameseFoldingFilter.MARKER + "qui", IYVariantFilter.variantOf(VietnameseFoldingFilter.MARKER + "quy"));
    assertNull(IYVariantFilter.variantOf(String.valueOf(VietnameseFoldingFilter.MARKER)));
    assertNull(IYVariantFilter.variantOf("y"));
    assertNull(IYVariantFilter.variantOf(""));
  }

  public void testSpiName() throws Exception {
    try (Analyzer a = CustomAnalyzer.builder().withTokenizer("vietnamese").addTokenFilter("vietnameseNormalization")
        .addTokenFilter("vietnameseIYVariant").build()) {
      assertAnalyzesTo(a, "Sĩ", new String[] {"sĩ", "sỹ"});
    }
  }

  public void testRandomData() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
      checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), RandomVietnamese.text(random()));
    }
  }
}
