package io.vankien.analysis;

import io.vankien.text.TermNormalizer;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalizes each term (see {@link TermNormalizer}): NFC, "Ð" to "đ", invisible characters removed, lower
 * case, tone placement unified ("Hoà", "hòa", "HÒA" and decomposed "hòa" all become "hòa"). Works on term
 * text only, so offsets keep pointing at the original characters. A term that becomes empty (only
 * invisible characters) is dropped.
 */
public final class VietnameseNormalizationFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  private final boolean dropEmptyTerms;

  public VietnameseNormalizationFilter(TokenStream input) {
    this(input, true);
  }

  /**
   * @param dropEmptyTerms false for {@code Analyzer.normalize} chains, which must return exactly one token
   */
  public VietnameseNormalizationFilter(TokenStream input, boolean dropEmptyTerms) {
    super(input);
    this.dropEmptyTerms = dropEmptyTerms;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      char[] buf = termAtt.buffer();
      int len = termAtt.length();
      if (TermNormalizer.needsComposition(buf, len)) {
        String nfc = TermNormalizer.composed(buf, len);
        termAtt.setEmpty().append(nfc);
        buf = termAtt.buffer();
        len = termAtt.length();
      }
      int n = TermNormalizer.normalizeComposed(buf, len);
      if (n > 0 || !dropEmptyTerms) {
        termAtt.setLength(n);
        return true;
      }
      // only invisible characters: drop it (its position increment is lost, as with a removed stopword)
    }
    return false;
  }
}
