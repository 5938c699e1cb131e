package io.vankien.analysis;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Stacks the other spelling of a syllable written with a final i or y after h, k, l, m, s, t or qu, the
 * syllables whose i and y spellings both stand in print ("Sĩ"/"Sỹ", "kỉ"/"kỷ", "lí"/"lý", "Mĩ"/"Mỹ",
 * "quí"/"quý", "hi sinh"/"hy sinh"): the variant, with the same tone, at the same position (increment 0,
 * type {@link SynonymGraphFilter#TYPE_SYNONYM}), so that a query in either spelling finds both. A query
 * chain filter: the index keeps each spelling as written. Works on normalized lower-case terms; a term
 * starting with the folded marker ({@link VietnameseFoldingFilter#MARKER}) is varied after it.
 */
public final class IYVariantFilter extends TokenFilter {
  /** Onsets after which i and y are one sound and both spellings are in use. */
  static final Set<String> ONSETS = Set.of("h", "k", "l", "m", "s", "t", "qu");
  private static final String I = "iíìỉĩị";
  private static final String Y = "yýỳỷỹỵ";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute incAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute lenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private AttributeSource.State pending;
  private String variant;

  public IYVariantFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      termAtt.setEmpty().append(variant);
      incAtt.setPositionIncrement(0);
      lenAtt.setPositionLength(1);
      typeAtt.setType(SynonymGraphFilter.TYPE_SYNONYM);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (lenAtt.getPositionLength() == 1) {
      variant = variantOf(termAtt.toString());
      if (variant != null) {
        pending = captureState();
      }
    }
    return true;
  }

  /** The other spelling of {@code term}, or null when it has none ("sĩ" gives "sỹ", "tai" none). */
  static String variantOf(String term) {
    int start = !term.isEmpty() && term.charAt(0) == VietnameseFoldingFilter.MARKER ? 1 : 0;
    int last = term.length() - 1;
    if (last <= start || !ONSETS.contains(term.substring(start, last))) {
      return null;
    }
    char v = term.charAt(last);
    int i = I.indexOf(v);
    int y = Y.indexOf(v);
    if (i < 0 && y < 0) {
      return null;
    }
    return term.substring(0, last) + (i >= 0 ? Y.charAt(i) : I.charAt(y));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    variant = null;
  }
}
