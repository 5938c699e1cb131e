package io.vankien.analysis;

import io.vankien.text.VietnameseText;
import io.vankien.text.RomanNumerals;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Stacks the Arabic number on an upper-case Roman numeral that names a congress, term, session or chapter:
 * "khóa XIX" gives "XIX" + "19", "lần thứ XXII" gives "XXII" + "22", "Đại hội XIII" gives "XIII" + "13",
 * "Chương IV" gives "IV" + "4". The numeral must be upper case in the original text and canonical, and the
 * previous word must be one of {@link #CONTEXT_WORDS} (compared after normalization, so "khoá", "KHÓA" and
 * "khóa" all count). Ordinary words ("vi", "Vi", "DI" in an all-caps heading) are never changed.
 *
 * <p>Must run before lower-casing (it reads the original case).
 */
public final class RomanOrdinalFilter extends TokenFilter {
  /** Type of the stacked Arabic number. */
  public static final String TYPE_ORDINAL = "<ORDINAL>";

  /** Normalized words after which a Roman numeral is an ordinal. */
  static final Set<String> CONTEXT_WORDS = Set.of("khóa", "thứ", "hội", "chương", "phần", "lần", "kỳ");

  private static final int MAX_CONTEXT = 8;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final char[] previous = new char[MAX_CONTEXT];
  private int previousLength;
  private String pendingNumber;
  private State pendingState;

  public RomanOrdinalFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingNumber != null) {
      restoreState(pendingState);
      termAtt.setEmpty().append(pendingNumber);
      posIncAtt.setPositionIncrement(0);
      typeAtt.setType(TYPE_ORDINAL);
      pendingNumber = null;
      pendingState = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char[] buf = termAtt.buffer();
    int len = termAtt.length();
    if (posIncAtt.getPositionIncrement() > 0) {
      int value = previousLength > 0 ? RomanNumerals.value(buf, 0, len) : -1;
      if (value > 0 && afterContextWord()) {
        pendingNumber = Integer.toString(value);
        pendingState = captureState();
      }
      if (len <= MAX_CONTEXT) {
        System.arraycopy(buf, 0, previous, 0, len);
        previousLength = len;
      } else {
        previousLength = 0;
      }
    }
    return true;
  }

  private boolean afterContextWord() {
    String word = VietnameseText.normalizeTerm(new String(previous, 0, previousLength));
    return CONTEXT_WORDS.contains(word);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previousLength = 0;
    pendingNumber = null;
    pendingState = null;
  }
}
