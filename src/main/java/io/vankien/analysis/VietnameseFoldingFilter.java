package io.vankien.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Stacks a folded form beside each term that has diacritics: same position (increment 0), same offsets
 * and position length, tones and vowel marks removed, đ to d ("đảng" + "dang"). Nothing is added when the
 * folded form equals the term. Expects normalized (NFC, lower-case) input.
 *
 * <p>With a folded boost below 1 (the query chain) the folded token carries a {@link BoostAttribute}, so
 * Lucene's QueryBuilder builds a SynonymQuery in which exact matches outrank folded-only ones.
 *
 * <p>With a {@code skipType} (the query chain passes the synonym type), tokens of that type are not folded,
 * and neither are the position-length-1 tokens inside a multi-position alternative (the original words
 * "ban chấp hành" beside "bch"): QueryBuilder expands every path of such a graph, and folding each word
 * there would multiply the paths by two per word. The token spanning the region itself is folded.
 */
public final class VietnameseFoldingFilter extends TokenFilter {
  /** Type of the stacked folded tokens. */
  public static final String TYPE_FOLDED = "<FOLDED>";

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final BoostAttribute boostAtt;
  private final float foldedBoost;
  private final String skipType;

  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

  private char[] pending = new char[32];
  private int pendingLength = -1;
  private int pendingStart;
  private int pendingEnd;
  private int pendingPosLength;
  /** Position of the current input token, and the end of the multi-position region it may lie in. */
  private int position = -1;
  private int regionEnd = -1;

  /** Index-time folding: folded tokens carry no boost. */
  public VietnameseFoldingFilter(TokenStream input) {
    this(input, 1f, null);
  }

  /**
   * @param foldedBoost boost of folded tokens, in (0, 1]; 1 adds no boost attribute
   * @param skipType tokens of this type are passed through unfolded; null for none
   */
  public VietnameseFoldingFilter(TokenStream input, float foldedBoost, String skipType) {
    super(input);
    if (!(foldedBoost > 0f && foldedBoost <= 1f)) {
      throw new IllegalArgumentException("foldedBoost must be in (0, 1], got " + foldedBoost);
    }
    this.foldedBoost = foldedBoost;
    this.skipType = skipType;
    this.boostAtt = foldedBoost < 1f ? addAttribute(BoostAttribute.class) : null;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingLength >= 0) {
      // cheaper than captureState/restoreState (a hash look-up per attribute), which dominated the cost:
      // the folded token carries term, offsets, position length, type and boost; other attributes (flags,
      // payloads, keyword marks) are not used by this chain and are cleared.
      clearAttributes();
      termAtt.copyBuffer(pending, 0, pendingLength);
      offsetAtt.setOffset(pendingStart, pendingEnd);
      posLenAtt.setPositionLength(pendingPosLength);
      posIncAtt.setPositionIncrement(0);
      typeAtt.setType(TYPE_FOLDED);
      if (boostAtt != null) {
        boostAtt.setBoost(foldedBoost);
      }
      pendingLength = -1;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (boostAtt != null) {
      boostAtt.setBoost(1f);
    }
    if (skipType != null) {
      position += posIncAtt.getPositionIncrement();
      int posLength = posLenAtt.getPositionLength();
      if (posLength > 1) {
        regionEnd = Math.max(regionEnd, position + posLength);
      } else if (position < regionEnd) {
        return true;
      }
      if (skipType.equals(typeAtt.type())) {
        return true;
      }
    }
    char[] buf = termAtt.buffer();
    int len = termAtt.length();
    int i = 0;
    while (i < len && buf[i] < 0xC0) {
      i++;
    }
    if (i == len) {
      return true; // nothing to fold (ASCII and Latin-1 punctuation only)
    }
    if (pending.length < len) {
      pending = new char[Math.max(len, pending.length * 2)];
    }
    boolean changed = false;
    for (int j = 0; j < len; j++) {
      char c = buf[j];
      char f = VietnameseLetters.fold(c);
      changed |= f != c;
      pending[j] = f;
    }
    if (changed) {
      pendingLength = len;
      pendingStart = offsetAtt.startOffset();
      pendingEnd = offsetAtt.endOffset();
      pendingPosLength = posLenAtt.getPositionLength();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingLength = -1;
    position = -1;
    regionEnd = -1;
  }
}
