package io.vankien.analysis;

import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestVietnameseAbbreviations extends BaseTokenStreamTestCase {
  private static final String SYN = SynonymGraphFilter.TYPE_SYNONYM;
  private static final String W = VietnameseTokenizer.TYPE_WORD;

  private static Analyzer synonymAnalyzer(SynonymMap map) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new VietnameseTokenizer(false);
        TokenStream ts = new VietnameseNormalizationFilter(src);
        return new TokenStreamComponents(src, new SynonymGraphFilter(ts, map, false));
      }
    };
  }

  public void testAbbreviationExpandsToWords() throws Exception {
    try (Analyzer a = synonymAnalyzer(VietnameseAbbreviations.builtIn())) {
      assertAnalyzesTo(
          a,
          "HĐND tỉnh",
          new String[] {"hội", "hđnd", "đồng", "nhân", "dân", "tỉnh"},
          new int[] {0, 0, 0, 0, 0, 5},
          new int[] {4, 4, 4, 4, 4, 9},
          new String[] {SYN, W, SYN, SYN, SYN, W},
          new int[] {1, 0, 1, 1, 1, 1},
          new int[] {1, 4, 1, 1, 1, 1});
    }
  }

  public void testWordsExpandToAbbreviationInEitherToneStyle() throws Exception {
    try (Analyzer a = synonymAnalyzer(VietnameseAbbreviations.builtIn())) {
      for (String s : new String[] {"Uỷ ban nhân dân", "Ủy ban nhân dân", "ỦY BAN NHÂN DÂN"}) {
        assertAnalyzesTo(
            a,
            s,
            new String[] {"ubnd", "ủy", "ban", "nhân", "dân"},
            new int[] {0, 0, 3, 7, 12},
            new int[] {15, 2, 6, 11, 15},
            new String[] {SYN, W, W, W, W},
            new int[] {1, 0, 1, 1, 1},
            new int[] {4, 1, 1, 1, 1});
      }
    }
  }

  public void testDiacriticFreeGroupsLiveInTheFoldedSpace() throws Exception {
    String m = String.valueOf(VietnameseFoldingFilter.MARKER);
    try (Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new VietnameseTokenizer(false);
        TokenStream ts = new VietnameseNormalizationFilter(src);
        ts = new VietnameseFoldingFilter(ts, VietnameseFoldingFilter.Mode.REPLACE, 1f, null);
        return new TokenStreamComponents(src,
            new SynonymGraphFilter(ts, VietnameseAbbreviations.builtIn(VietnameseAbbreviations.Space.FOLDED), false));
      }
    }) {
      assertAnalyzesTo(a, "hdnd", new String[] {m + "hoi", m + "hdnd", m + "dong", m + "nhan", m + "dan"}, new int[] {1, 0, 1, 1, 1});
      assertAnalyzesTo(a, "HĐND", new String[] {m + "hoi", m + "hdnd", m + "dong", m + "nhan", m + "dan"}, new int[] {1, 0, 1, 1, 1});
      assertAnalyzesTo(a, "hoi dong nhan dan", new String[] {m + "hdnd", m + "hoi", m + "dong", m + "nhan", m + "dan"}, new int[] {1, 0, 1, 1, 1});
      assertAnalyzesTo(a, "phong chong tham nhung", new String[] {m + "pctn", m + "phong", m + "chong", m + "tham", m + "nhung"}, new int[] {1, 0, 1, 1, 1});
    }
  }

  public void testTypedWithoutDiacriticsExpandsToExactEntries() throws Exception {
    try (Analyzer a = synonymAnalyzer(VietnameseAbbreviations.builtIn())) {
      assertAnalyzesTo(a, "hdnd", new String[] {"hđnd", "hội", "hdnd", "đồng", "nhân", "dân"}, new int[] {1, 0, 0, 1, 1, 1});
    }
  }

  public void testPunctuationInsideEntriesDoesNotMatter() throws Exception {
    try (Analyzer a = synonymAnalyzer(VietnameseAbbreviations.builtIn())) {
      assertAnalyzesTo(a, "PCTN", new String[] {"phòng", "pctn", "chống", "tham", "nhũng"}, new int[] {1, 0, 1, 1, 1});
      assertAnalyzesTo(a, "phòng, chống tham nhũng", new String[] {"pctn", "phòng", "chống", "tham", "nhũng"}, new int[] {1, 0, 1, 1, 1});
    }
  }

  public void testCommonWordsAreNotExpanded() throws Exception {
    // "tu" is the diacritic-free form of "từ": TU (Tỉnh ủy) is deliberately not an abbreviation
    try (Analyzer a = synonymAnalyzer(VietnameseAbbreviations.builtIn())) {
      assertAnalyzesTo(a, "tu tỉnh", new String[] {"tu", "tỉnh"}, new int[] {1, 1});
    }
  }

  public void testParseErrorsNameTheSource() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> VietnameseAbbreviations.parse(new StringReader("HĐND | Hội đồng nhân dân\nUBND\n"), "my-abbrev.txt"));
    assertTrue(e.getMessage(), e.getMessage().contains("my-abbrev.txt line 2"));
  }

  public void testRandomData() throws Exception {
    try (Analyzer a = synonymAnalyzer(VietnameseAbbreviations.builtIn())) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(random(), a, random().nextBoolean(), RandomVietnamese.text(random()));
      }
    }
  }
}
