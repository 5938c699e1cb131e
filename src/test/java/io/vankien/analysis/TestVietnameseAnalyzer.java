package io.vankien.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestVietnameseAnalyzer extends BaseTokenStreamTestCase {
  private static final String W = VietnameseTokenizer.TYPE_WORD;
  private static final String F = VietnameseFoldingFilter.TYPE_FOLDED;
  private static final String M = String.valueOf(VietnameseFoldingFilter.MARKER);

  public void testIndexChain() throws Exception {
    try (Analyzer a = VietnameseAnalyzer.forIndex()) {
      assertAnalyzesTo(
          a,
          "Uỷ ban khoá XIX",
          new String[] {"ủy", M + "uy", "ban", M + "ban", "khóa", M + "khoa", "xix", M + "xix", "19", M + "19"},
          new int[] {0, 0, 3, 3, 7, 7, 12, 12, 12, 12},
          new int[] {2, 2, 6, 6, 11, 11, 15, 15, 15, 15},
          new String[] {W, F, W, F, W, F, W, F, RomanOrdinalFilter.TYPE_ORDINAL, F},
          new int[] {1, 0, 1, 0, 1, 0, 1, 0, 0, 0},
          new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    }
  }

  public void testOldAndNewToneStylesIndexIdentically() throws Exception {
    String oldStyle = "Ban Thường vụ Tỉnh uỷ Hoà Bình, khoẻ mạnh, thuỷ lợi, hoá chất, hoả hoạn, tuỳ ý, thuý, Uỷ ban nhân dân";
    String newStyle = "Ban Thường vụ Tỉnh ủy Hòa Bình, khỏe mạnh, thủy lợi, hóa chất, hỏa hoạn, tùy ý, thúy, Ủy ban nhân dân";
    for (Analyzer a : List.of(VietnameseAnalyzer.forIndex(), VietnameseAnalyzer.forQuery(true), VietnameseAnalyzer.forPhrase(true), VietnameseAnalyzer.forQuery(false), VietnameseAnalyzer.forPhrase(false))) {
      try (a) {
        assertEquals(tokens(a, oldStyle), tokens(a, newStyle));
      }
    }
  }

  public void testNoStopwords() throws Exception {
    try (Analyzer a = VietnameseAnalyzer.forIndex()) {
      List<String> t = tokens(a, "Nghị quyết số 5 của Bộ Chính trị năm tháng");
      for (String w : new String[] {"quyết", "số", "của", "bộ", "năm", "tháng"}) {
        assertTrue(w + " kept", t.stream().anyMatch(s -> s.startsWith(w + "@")));
      }
    }
  }

  /** Every exact query term (not folded, not from a synonym) is a term the index chain emits for the same text. */
  public void testQueryTermsAreIndexTerms() throws Exception {
    try (Analyzer index = VietnameseAnalyzer.forIndex();
        Analyzer query = VietnameseAnalyzer.forQuery(true);
        Analyzer phrase = VietnameseAnalyzer.forPhrase(true);
        Analyzer foldedPhrase = VietnameseAnalyzer.forPhrase(false)) {
      for (int i = 0; i < 200; i++) {
        String text = RandomVietnamese.text(random());
        Set<String> indexed = new HashSet<>(terms(index, text, null));
        Set<String> indexedFolded = new HashSet<>(allTerms(index, text));
        for (String t : allTerms(foldedPhrase, text)) {
          assertTrue("folded '" + t + "' of '" + text + "' not indexed", indexedFolded.contains(t));
        }
        for (Analyzer q : List.of(query, phrase)) {
          for (String t : terms(q, text, SynonymGraphFilter.TYPE_SYNONYM)) {
            assertTrue("'" + t + "' of '" + text + "' not indexed: " + indexed, indexed.contains(t));
          }
        }
      }
    }
  }

  public void testCustomAnalyzerFromSpiNamesEqualsIndexChain() throws Exception {
    assertTrue(TokenizerFactory.availableTokenizers().contains(VietnameseTokenizerFactory.NAME));
    for (String name :
        List.of(
            RomanOrdinalFilterFactory.NAME,
            VietnameseNormalizationFilterFactory.NAME,
            VietnameseFoldingFilterFactory.NAME,
            VietnameseAbbreviationFilterFactory.NAME)) {
      assertTrue(name, TokenFilterFactory.availableTokenFilters().contains(name));
    }
    try (Analyzer custom =
            CustomAnalyzer.builder()
                .withTokenizer("vietnamese")
                .addTokenFilter("vietnameseRomanOrdinal")
                .addTokenFilter("vietnameseNormalization")
                .addTokenFilter("vietnameseFolding")
                .build();
        Analyzer index = VietnameseAnalyzer.forIndex()) {
      for (int i = 0; i < 200; i++) {
        String text = RandomVietnamese.text(random());
        assertEquals(text, tokens(index, text), tokens(custom, text));
      }
      checkRandomData(random(), custom, 100 * RANDOM_MULTIPLIER);
    }
  }

  public void testCustomAnalyzerFromSpiNamesEqualsQueryChain() throws Exception {
    try (Analyzer custom =
            CustomAnalyzer.builder()
                .withTokenizer("vietnamese", "stackSymbolParts", "false")
                .addTokenFilter("vietnameseRomanOrdinal")
                .addTokenFilter("vietnameseNormalization")
                .addTokenFilter("vietnameseAbbreviation")
                .addTokenFilter(
                    "vietnameseFolding",
                    "foldedBoost",
                    Float.toString(VietnameseAnalyzer.FOLDED_QUERY_BOOST),
                    "skipType",
                    SynonymGraphFilter.TYPE_SYNONYM)
                .build();
        Analyzer query = VietnameseAnalyzer.forQuery(true)) {
      for (int i = 0; i < 200; i++) {
        String text = RandomVietnamese.text(random());
        assertEquals(text, tokens(query, text), tokens(custom, text));
      }
    }
  }

  public void testCustomAnalyzerFromSpiNamesEqualsFoldedQueryChain() throws Exception {
    try (Analyzer custom =
            CustomAnalyzer.builder()
                .withTokenizer("vietnamese", "stackSymbolParts", "false")
                .addTokenFilter("vietnameseRomanOrdinal")
                .addTokenFilter("vietnameseNormalization")
                .addTokenFilter("vietnameseFolding", "mode", "replace")
                .addTokenFilter("vietnameseAbbreviation", "space", "folded")
                .build();
        Analyzer query = VietnameseAnalyzer.forQuery(false)) {
      for (int i = 0; i < 200; i++) {
        String text = RandomVietnamese.text(random());
        assertEquals(text, tokens(query, text), tokens(custom, text));
      }
    }
  }

  public void testFoldedQueryChainExpandsAbbreviationsInTheFoldedSpace() throws Exception {
    try (Analyzer query = VietnameseAnalyzer.forQuery(false)) {
      assertEquals(List.of(M + "hoi", M + "hdnd", M + "dong", M + "nhan", M + "dan", M + "tinh"), allTerms(query, "hdnd tinh"));
    }
    try (Analyzer query = VietnameseAnalyzer.forQuery(true)) {
      // typed without marks in a query with diacritics: the word as written, and the exact expansions
      List<String> t = allTerms(query, "hdnd tỉnh");
      assertTrue(t.toString(), t.containsAll(List.of("hdnd", "hđnd", "hội", "đồng", "nhân", "dân", "tỉnh", M + "tinh")));
    }
  }

  public void testFactoryRejectsUnknownParameters() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> CustomAnalyzer.builder().withTokenizer("vietnamese", "bogus", "1").build());
    assertTrue(e.getMessage(), e.getMessage().contains("bogus"));
  }

  public void testRandomDataAllChains() throws Exception {
    for (Analyzer a : List.of(VietnameseAnalyzer.forIndex(), VietnameseAnalyzer.forQuery(true), VietnameseAnalyzer.forPhrase(true), VietnameseAnalyzer.forQuery(false), VietnameseAnalyzer.forPhrase(false))) {
      try (a) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
          checkAnalysisConsistency(random(), a, random().nextBoolean(), RandomVietnamese.text(random()));
        }
      }
    }
  }

  static List<String> allTerms(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /** term@start-end+posInc/posLen^boost for each token: equal lists mean equal token streams. */
  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      BoostAttribute boost = ts.addAttribute(BoostAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + off.startOffset() + "-" + off.endOffset() + "+" + inc.getPositionIncrement() + "/" + len.getPositionLength() + "^" + boost.getBoost());
      }
      ts.end();
    }
    return out;
  }

  /** Terms, leaving out folded tokens and tokens of {@code skipType}. */
  static List<String> terms(Analyzer a, String text, String skipType) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (!F.equals(type.type()) && !type.type().equals(skipType)) {
          out.add(term.toString());
        }
      }
      ts.end();
    }
    return out;
  }
}
