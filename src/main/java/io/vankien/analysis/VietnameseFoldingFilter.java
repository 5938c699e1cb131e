package io.vankien.analysis;

import io.vankien.text.VietnameseLetters;
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
 * The folded form of each term in its own term space: {@link #MARKER} followed by the term with tones and
 * vowel marks removed and đ to d ("đảng" to "\u0001dang", "thanh" to "\u0001thanh"). Expects normalized
 * (NFC, lower-case) input.
 *
 * <p>Folded terms carry the marker so that they never coincide with exact terms: the real word "thanh"
 * (exact term "thanh") and the folded form of "thành" ("\u0001thanh") are different terms. A query can then
 * ask for the word as typed (exact) or for anything that folds to it (marked), and weigh the two.
 *
 * <p>Two modes:
 *
 * <ul>
 *   <li>{@link Mode#STACK}: the folded token is stacked beside every term (same position, offsets and
 *       position length; also when folding changes nothing, so the folded space holds every word). With a
 *       folded boost below 1 (the query chain for queries with diacritics) it carries a {@link
 *       BoostAttribute}, so Lucene's QueryBuilder builds {@code SynonymQuery(exact, folded^boost)}.
 *   <li>{@link Mode#REPLACE}: each term is replaced by its folded form (the query chains for queries
 *       typed without diacritics: folded matching is the norm).
 * </ul>
 *
 * <p>With a {@code skipType} (stack mode; the query chain passes the synonym type), tokens of that type are
 * not folded, and neither are the position-length-1 tokens inside a multi-position alternative (the
 * original words "ban chấp hành" beside "bch"): QueryBuilder expands every path of such a graph, and
 * folding each word there would multiply the paths by two per word. The token spanning the region itself
 * is folded.
 */
public final class VietnameseFoldingFilter extends TokenFilter {
  /** Type of the stacked folded tokens. */
  public static final String TYPE_FOLDED = "<FOLDED>";

  /** First character of every folded term; the tokenizer never emits it (terms are letters, digits, symbols). */
  public static final char MARKER = '\u0001';

  /** Where the folded form goes. */
  public enum Mode {
    /** Beside the exact term, at the same position. */
    STACK,
    /** Instead of the exact term. */
    REPLACE
  }

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final BoostAttribute boostAtt;
  private final float foldedBoost;
  private final String skipType;
  private final Mode mode;

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

  /** Index-time folding: folded tokens stacked, no boost. */
  public VietnameseFoldingFilter(TokenStream input) {
    this(input, Mode.STACK, 1f, null);
  }

  /** Stacked folding with a boost on the folded tokens (see {@link #VietnameseFoldingFilter(TokenStream, Mode, float, String)}). */
  public VietnameseFoldingFilter(TokenStream input, float foldedBoost, String skipType) {
    this(input, Mode.STACK, foldedBoost, skipType);
  }

  /**
   * @param mode stack the folded token beside the term, or replace the term by it
   * @param foldedBoost boost of stacked folded tokens, in (0, 1]; 1 adds no boost attribute; must be 1 in
   *     replace mode
   * @param skipType tokens of this type are passed through unfolded (stack mode only); null for none
   */
  public VietnameseFoldingFilter(TokenStream input, Mode mode, float foldedBoost, String skipType) {
    super(input);
    if (!(foldedBoost > 0f && foldedBoost <= 1f)) {
      throw new IllegalArgumentException("foldedBoost must be in (0, 1], got " + foldedBoost);
    }
    if (mode == Mode.REPLACE && (foldedBoost != 1f || skipType != null)) {
      throw new IllegalArgumentException("replace mode takes neither a foldedBoost nor a skipType");
    }
    this.mode = mode;
    this.foldedBoost = foldedBoost;
    this.skipType = skipType;
    this.boostAtt = foldedBoost < 1f ? addAttribute(BoostAttribute.class) : null;
  }

  /** The folded term of an already normalized term: the marker, then the folded letters. */
  public static String foldedTerm(String normalizedTerm) {
    char[] out = new char[normalizedTerm.length() + 1];
    out[0] = MARKER;
    for (int i = 0; i < normalizedTerm.length(); i++) {
      out[i + 1] = VietnameseLetters.fold(normalizedTerm.charAt(i));
    }
    return new String(out);
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
    if (pending.length < len + 1) {
      pending = new char[Math.max(len + 1, pending.length * 2)];
    }
    pending[0] = MARKER;
    for (int j = 0; j < len; j++) {
      char c = buf[j];
      pending[j + 1] = c < 0xC0 ? c : VietnameseLetters.fold(c);
    }
    if (mode == Mode.REPLACE) {
      termAtt.copyBuffer(pending, 0, len + 1);
      return true;
    }
    pendingLength = len + 1;
    pendingStart = offsetAtt.startOffset();
    pendingEnd = offsetAtt.endOffset();
    pendingPosLength = posLenAtt.getPositionLength();
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
