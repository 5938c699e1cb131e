package io.vankien.analysis;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestVietnameseNormalizationFilter extends BaseTokenStreamTestCase {
  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer src = new VietnameseTokenizer();
            return new TokenStreamComponents(src, new VietnameseNormalizationFilter(src));
          }
        };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  private void assertSameTerm(String expected, String... spellings) throws Exception {
    for (String s : spellings) {
      assertAnalyzesTo(analyzer, s, new String[] {expected}, new int[] {0}, new int[] {s.length()});
    }
  }

  public void testOaNucleusAllFiveTones() throws Exception {
    assertSameTerm("hòa", "hoà", "hòa", "HOÀ", "Hòa");
    assertSameTerm("hóa", "hoá", "hóa", "Hoá");
    assertSameTerm("hỏa", "hoả", "hỏa");
    assertSameTerm("lõa", "loã", "lõa");
    assertSameTerm("họa", "hoạ", "họa");
  }

  public void testOeNucleusAllFiveTones() throws Exception {
    assertSameTerm("khòe", "khoè", "khòe");
    assertSameTerm("khóe", "khoé", "khóe");
    assertSameTerm("khỏe", "khoẻ", "khỏe", "KHOẺ");
    assertSameTerm("khõe", "khoẽ", "khõe");
    assertSameTerm("khọe", "khoẹ", "khọe");
  }

  public void testUyNucleusAllFiveTones() throws Exception {
    assertSameTerm("tùy", "tuỳ", "tùy");
    assertSameTerm("thúy", "thuý", "thúy");
    assertSameTerm("thủy", "thuỷ", "thủy");
    assertSameTerm("ủy", "uỷ", "ủy", "Uỷ", "Ủy");
    assertSameTerm("lũy", "luỹ", "lũy");
    assertSameTerm("thụy", "thuỵ", "thụy");
  }

  public void testOtherSyllablesKeepTheirCorrectPlace() throws Exception {
    // the mark goes on the vowel with a quality mark, before a final consonant on the last vowel, in a
    // three-vowel nucleus on the middle one; "qu" and "gi" are onsets
    assertSameTerm("người", "người", "ngừơi");
    assertSameTerm("hoàng", "hoàng", "hòang");
    assertSameTerm("quý", "quý", "qúy");
    assertSameTerm("quả", "quả", "qủa");
    assertSameTerm("giữa", "giữa");
    assertSameTerm("giá", "giá", "gía");
    assertSameTerm("ngoài", "ngoài", "ngòai");
    assertSameTerm("khuỷu", "khuỷu", "khủyu");
    assertSameTerm("quyết", "quyết");
    assertSameTerm("huỳnh", "huỳnh", "hùynh");
  }

  public void testDecomposedInputIsComposed() throws Exception {
    String nfd = Normalizer.normalize("Nghị quyết Đảng", Normalizer.Form.NFD);
    assertTrue(nfd.length() > "Nghị quyết Đảng".length());
    int firstSpace = nfd.indexOf(' ');
    int lastSpace = nfd.lastIndexOf(' ');
    assertAnalyzesTo(
        analyzer,
        nfd,
        new String[] {"nghị", "quyết", "đảng"},
        new int[] {0, firstSpace + 1, lastSpace + 1},
        new int[] {firstSpace, lastSpace, nfd.length()});
    // decomposed old style and composed new style meet
    assertSameTerm("thủy", Normalizer.normalize("thuỷ", Normalizer.Form.NFD));
  }

  public void testEthAndAfricanDAreDStroke() throws Exception {
    assertSameTerm("đảng", "\u00D0ảng", "\u0110ảng", "đảng");
    assertSameTerm("đồng", "\u00F0ồng");
  }

  public void testInvisibleCharactersRemovedOffsetsKept() throws Exception {
    // zero-width space inside a word and a soft hyphen: one term, offsets cover the original characters
    assertAnalyzesTo(analyzer, "Đả\u200Bng ủy", new String[] {"đảng", "ủy"}, new int[] {0, 6}, new int[] {5, 8});
    assertAnalyzesTo(analyzer, "quy\u00ADết định", new String[] {"quyết", "định"}, new int[] {0, 7}, new int[] {6, 11});
    assertAnalyzesTo(analyzer, "\uFEFFĐảng", new String[] {"đảng"}, new int[] {1}, new int[] {5});
  }

  public void testNoBreakSpaceSeparatesWords() throws Exception {
    assertAnalyzesTo(analyzer, "Ban\u00A0Chấp\u00A0hành", new String[] {"ban", "chấp", "hành"}, new int[] {0, 4, 9}, new int[] {3, 8, 13});
  }

  public void testNonVietnameseWordsUntouched() throws Exception {
    assertSameTerm("café", "Café");
    assertSameTerm("covid", "COVID");
  }

  public void testRandomData() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
