package io.vankien.analysis;

import io.vankien.text.RomanNumerals;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestRomanOrdinalFilter extends BaseTokenStreamTestCase {
  private static final String W = VietnameseTokenizer.TYPE_WORD;
  private static final String O = RomanOrdinalFilter.TYPE_ORDINAL;
  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer src = new VietnameseTokenizer();
            return new TokenStreamComponents(src, new RomanOrdinalFilter(src));
          }
        };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testCongressTermAndSessionNumerals() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "Tỉnh ủy khóa XIX",
        new String[] {"Tỉnh", "ủy", "khóa", "XIX", "19"},
        new int[] {0, 5, 8, 13, 13},
        new int[] {4, 7, 12, 16, 16},
        new String[] {W, W, W, W, O},
        new int[] {1, 1, 1, 1, 0});
    assertAnalyzesTo(analyzer, "lần thứ XXII", new String[] {"lần", "thứ", "XXII", "22"}, new int[] {1, 1, 1, 0});
    assertAnalyzesTo(analyzer, "Đại hội XIII của Đảng", new String[] {"Đại", "hội", "XIII", "13", "của", "Đảng"}, new int[] {1, 1, 1, 0, 1, 1});
    assertAnalyzesTo(analyzer, "Chương IV", new String[] {"Chương", "IV", "4"});
  }

  public void testContextWordInAnyCaseAndToneStyle() throws Exception {
    assertAnalyzesTo(analyzer, "KHOÁ XIV", new String[] {"KHOÁ", "XIV", "14"});
    assertAnalyzesTo(analyzer, "khoá XV", new String[] {"khoá", "XV", "15"});
    assertAnalyzesTo(analyzer, "LẦN THỨ XX", new String[] {"LẦN", "THỨ", "XX", "20"});
  }

  public void testOrdinaryWordsAreNotNumerals() throws Exception {
    // lower or mixed case, no context word, or not a canonical numeral
    assertAnalyzesTo(analyzer, "khóa vi", new String[] {"khóa", "vi"});
    assertAnalyzesTo(analyzer, "khóa Vi", new String[] {"khóa", "Vi"});
    assertAnalyzesTo(analyzer, "VI PHẠM", new String[] {"VI", "PHẠM"});
    assertAnalyzesTo(analyzer, "DI SẢN", new String[] {"DI", "SẢN"});
    assertAnalyzesTo(analyzer, "khóa XIIII", new String[] {"khóa", "XIIII"});
    assertAnalyzesTo(analyzer, "khóa MIX", new String[] {"khóa", "MIX", "1009"});
    assertAnalyzesTo(analyzer, "khóa 19", new String[] {"khóa", "19"});
  }

  public void testRomanNumeralValues() {
    assertEquals(19, RomanNumerals.value("XIX".toCharArray(), 0, 3));
    assertEquals(1999, RomanNumerals.value("MCMXCIX".toCharArray(), 0, 7));
    assertEquals(-1, RomanNumerals.value("IIII".toCharArray(), 0, 4));
    assertEquals(-1, RomanNumerals.value("IC".toCharArray(), 0, 2));
    assertEquals(-1, RomanNumerals.value("xix".toCharArray(), 0, 3));
    assertEquals("XXII", RomanNumerals.toRoman(22));
  }

  public void testRandomData() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
      checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), RandomVietnamese.text(random()));
    }
  }
}
