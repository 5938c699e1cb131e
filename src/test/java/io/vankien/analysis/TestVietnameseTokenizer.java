package io.vankien.analysis;

import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestVietnameseTokenizer extends BaseTokenStreamTestCase {
  private static final String W = VietnameseTokenizer.TYPE_WORD;
  private static final String N = VietnameseTokenizer.TYPE_NUM;
  private static final String S = VietnameseTokenizer.TYPE_SYMBOL;

  private Analyzer index;
  private Analyzer query;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    index = analyzer(true);
    query = analyzer(false);
  }

  @Override
  public void tearDown() throws Exception {
    index.close();
    query.close();
    super.tearDown();
  }

  private static Analyzer analyzer(boolean stackParts) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer src = new VietnameseTokenizer(stackParts);
        return new TokenStreamComponents(src);
      }
    };
  }

  public void testWordsAreLetterDigitRuns() throws Exception {
    assertAnalyzesTo(
        index,
        "Nghị quyết (Đảng bộ), QH13; COVID-19.",
        new String[] {"Nghị", "quyết", "Đảng", "bộ", "QH13", "COVID", "19"},
        new int[] {0, 5, 12, 17, 22, 28, 34},
        new int[] {4, 10, 16, 19, 26, 33, 36},
        new String[] {W, W, W, W, W, W, N},
        new int[] {1, 1, 1, 1, 1, 1, 1});
  }

  public void testCombiningMarksStayInTheWord() throws Exception {
    String decomposed = "to\u0302\u0301t ngu\u031Bo\u031B\u0300i"; // "tốt người" decomposed
    assertAnalyzesTo(index, decomposed, new String[] {"to\u0302\u0301t", "ngu\u031Bo\u031B\u0300i"}, new int[] {0, 6}, new int[] {5, 14});
  }

  public void testGroupedNumbersStayOneToken() throws Exception {
    assertAnalyzesTo(
        index,
        "thu 1.234.567 đồng, tăng 2,5%; ngày 29/9/2023",
        new String[] {"thu", "1.234.567", "đồng", "tăng", "2,5", "ngày", "29", "9", "2023"},
        new int[] {0, 4, 14, 20, 25, 31, 36, 39, 41},
        new int[] {3, 13, 18, 24, 28, 35, 38, 40, 45});
  }

  public void testPartySymbolIsOneTokenWithStackedParts() throws Exception {
    assertAnalyzesTo(
        index,
        "Số 01 - NQ/TU ngày",
        new String[] {"Số", "1-nq/tu", "01", "NQ", "TU", "ngày"},
        new int[] {0, 3, 3, 8, 11, 14},
        new int[] {2, 13, 5, 10, 13, 18},
        new String[] {W, S, N, W, W, W},
        new int[] {1, 1, 0, 1, 1, 1},
        new int[] {1, 3, 1, 1, 1, 1});
  }

  public void testQueryModeEmitsTheKeyAloneAndKeepsPositionsAligned() throws Exception {
    assertAnalyzesTo(
        query,
        "Số 01 - NQ/TU ngày",
        new String[] {"Số", "1-nq/tu", "ngày"},
        new int[] {0, 3, 14},
        new int[] {2, 13, 18},
        new String[] {W, S, W},
        new int[] {1, 1, 3},
        new int[] {1, 1, 1});
    // a trailing symbol leaves its gap at the end of the stream
    assertTokenStreamContents(
        tokenize(query, "theo 45/2013/QH13"),
        new String[] {"theo", "45/2013/qh13"},
        new int[] {0, 5},
        new int[] {4, 17},
        null,
        new int[] {1, 1},
        null,
        17,
        2,
        null,
        true,
        null);
  }

  private static org.apache.lucene.analysis.TokenStream tokenize(Analyzer a, String text) {
    return a.tokenStream("f", new StringReader(text));
  }

  public void testSymbolVariantsShareOneKey() throws Exception {
    for (String s : new String[] {"01-NQ/TU", "01 - NQ/TU", "1-NQ/TU", "01 -NQ/TU", "01- NQ /TU", "01–NQ/TU"}) {
      assertEquals(s, "1-nq/tu", firstTerm(s));
    }
    assertEquals("408-bc/tu", firstTerm("408 -BC/TU"));
    assertEquals("19-ttr/tu", firstTerm("19-TTr/TU"));
    assertEquals("106-qđ/tu", firstTerm("106-QĐ/TU"));
    assertEquals("106-qđ/tu", firstTerm("106-Q\u00D0/TU"));
    assertEquals("36-hd/vptw", firstTerm("36-HD/VPTW"));
    assertEquals("1654/nq-ubtvqh15", firstTerm("1654/NQ-UBTVQH15"));
    assertEquals("45/2013/qh13", firstTerm("45/2013/QH13"));
    assertEquals("30/2020/nđ-cp", firstTerm("30/2020/NĐ-CP"));
    assertEquals("49/2015/qđ-ttg", firstTerm("49/2015/QĐ-TTg"));
    assertEquals("566/kh-ubnd", firstTerm("566/KH-UBND"));
    assertEquals("73/2006/qh11", firstTerm("73/2006/QH 11"));
  }

  public void testNotSymbols() throws Exception {
    // dates, ranges, numbers before ordinary words, a lone code without '/', a code in lower case
    assertAnalyzesTo(index, "29/9/2023", new String[] {"29", "9", "2023"});
    assertAnalyzesTo(index, "2020-2025", new String[] {"2020", "2025"});
    assertAnalyzesTo(index, "12-CT của", new String[] {"12", "CT", "của"});
    assertAnalyzesTo(index, "15/Sở Tư pháp", new String[] {"15", "Sở", "Tư", "pháp"});
    assertAnalyzesTo(index, "01-nq/tu", new String[] {"01", "nq", "tu"});
    // "QH 11" is only joined after a year and a letters-only code; never a third digit
    assertAnalyzesTo(index, "566/KH-UBND 15 đơn vị", new String[] {"566/kh-ubnd", "566", "KH", "UBND", "15", "đơn", "vị"});
    assertAnalyzesTo(index, "45/2013/QH 110", new String[] {"45/2013/qh", "45", "2013", "QH", "110"});
  }

  private String firstTerm(String text) throws Exception {
    try (var ts = tokenize(query, text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      assertTrue(text, ts.incrementToken());
      String t = term.toString();
      ts.end();
      return t;
    }
  }

  public void testLongRunsAreSplit() throws Exception {
    String longWord = "a".repeat(300);
    assertAnalyzesTo(index, longWord, new String[] {"a".repeat(255), "a".repeat(45)});
  }

  public void testSymbolKeyMatchesDocumentSymbolKey() throws Exception {
    for (String s : new String[] {"Số 01 - NQ/TU", "30/2020/NĐ-CP", "45/2013/QH 11", "36-HD/VPTW"}) {
      String fromTokenizer = firstSymbol(s);
      assertEquals(s, DocumentSymbol.key(s).orElseThrow(), fromTokenizer);
    }
  }

  private String firstSymbol(String text) throws Exception {
    try (var ts = tokenize(query, text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var type = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
      ts.reset();
      String found = null;
      while (ts.incrementToken()) {
        if (S.equals(type.type()) && found == null) {
          found = term.toString();
        }
      }
      ts.end();
      return found;
    }
  }

  public void testRandomData() throws Exception {
    checkRandomData(random(), index, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), query, 200 * RANDOM_MULTIPLIER);
  }

  public void testRandomVietnameseTextWithSymbols() throws Exception {
    for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
      String text = RandomVietnamese.text(random());
      checkAnalysisConsistency(random(), index, random().nextBoolean(), text);
      checkAnalysisConsistency(random(), query, random().nextBoolean(), text);
    }
  }
}
