package io.vankien.analysis;

import io.vankien.text.CharClass;
import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * A character-class tokenizer for Vietnamese text, written for speed.
 *
 * <ul>
 *   <li>Words are runs of letters and digits; combining marks and invisible characters (zero-width
 *       space/joiners, BOM, soft hyphen) continue a word but never start one. Digit groups joined by '.' or
 *       ',' stay one number ("1.000.000", "2,5"). Words longer than {@value #MAX_TOKEN_LENGTH} chars are
 *       split.
 *   <li>A {@link DocumentSymbol} starting at a word boundary ("01 - NQ/TU", "30/2020/NĐ-CP") becomes one
 *       token of type {@link #TYPE_SYMBOL} whose term is the symbol key ("1-nq/tu") and whose position length
 *       spans its parts; its parts ("01", "NQ", "TU") follow as ordinary tokens stacked under it, so that a
 *       query "NQ/TU" or "TU" still finds the document, and phrase queries over the parts work.
 * </ul>
 *
 * Term text is the original text (no case change, no normalization): {@link VietnameseNormalizationFilter}
 * does that, and {@link RomanOrdinalFilter} relies on the original case. The whole input is read into
 * memory at {@link #reset()} (documents are at most a few megabytes).
 */
public final class VietnameseTokenizer extends Tokenizer {
  public static final String TYPE_WORD = "<ALNUM>";
  public static final String TYPE_NUM = "<NUM>";
  public static final String TYPE_SYMBOL = "<SYMBOL>";
  public static final int MAX_TOKEN_LENGTH = 255;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private char[] text = new char[8192];
  private int length;
  private int pos;

  /** Parts of the symbol just emitted, as [start, end) pairs, still to be emitted. */
  private int[] parts = new int[16];
  private int partCount;
  private int partNext;
  private final StringBuilder keyBuilder = new StringBuilder();
  private final boolean stackSymbolParts;
  /** Query mode: positions the parts of the last symbol would have taken, added to the next increment. */
  private int pendingGap;

  /** Index mode: symbol parts stacked under the symbol token. */
  public VietnameseTokenizer() {
    this(true);
  }

  /**
   * @param stackSymbolParts true (index mode): a symbol's parts follow it as ordinary words under a symbol
   *     token of position length = number of parts. False (query mode): the symbol key alone, position
   *     length 1, and the next token's position increment grows by (parts - 1) so that phrase queries line
   *     up with indexed positions; keeps query token streams free of graphs.
   */
  public VietnameseTokenizer(boolean stackSymbolParts) {
    this.stackSymbolParts = stackSymbolParts;
  }

  public VietnameseTokenizer(AttributeFactory factory, boolean stackSymbolParts) {
    super(factory);
    this.stackSymbolParts = stackSymbolParts;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    while (true) {
      if (length == text.length) {
        char[] bigger = new char[text.length * 2];
        System.arraycopy(text, 0, bigger, 0, length);
        text = bigger;
      }
      int n = input.read(text, length, text.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    pos = 0;
    partCount = 0;
    partNext = 0;
    pendingGap = 0;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (partNext < partCount) {
      emitPart();
      return true;
    }
    final char[] t = text;
    final int len = length;
    int p = pos;
    // skip to the start of a word: a letter or digit
    byte cls = CharClass.SEPARATOR;
    while (p < len) {
      char c = t[p];
      if (Character.isHighSurrogate(c) && p + 1 < len && Character.isLowSurrogate(t[p + 1])) {
        cls = CharClass.classify(Character.toCodePoint(c, t[p + 1]));
      } else {
        cls = CharClass.of(c);
      }
      if (cls == CharClass.LETTER || cls == CharClass.DIGIT) {
        break;
      }
      p++;
    }
    if (p >= len) {
      pos = len;
      return false;
    }
    if (pendingGap > 0) {
      posIncAtt.setPositionIncrement(1 + pendingGap);
      pendingGap = 0;
    }
    int start = p;
    if (cls == CharClass.DIGIT) {
      int symbolEnd = DocumentSymbol.matchEnd(t, start, len, MAX_TOKEN_LENGTH);
      if (symbolEnd > 0 && symbolEnd - start <= MAX_TOKEN_LENGTH) {
        emitSymbol(start, symbolEnd);
        return true;
      }
    }
    boolean digitsOnly = true;
    while (p < len && p - start < MAX_TOKEN_LENGTH) {
      char c = t[p];
      byte k;
      int width = 1;
      if (Character.isHighSurrogate(c) && p + 1 < len && Character.isLowSurrogate(t[p + 1])) {
        k = CharClass.classify(Character.toCodePoint(c, t[p + 1]));
        width = 2;
        if (p + 2 - start > MAX_TOKEN_LENGTH) {
          break;
        }
      } else {
        k = CharClass.of(c);
      }
      if (k == CharClass.SEPARATOR) {
        if (digitsOnly
            && (c == '.' || c == ',')
            && p + 1 < len
            && p + 1 - start < MAX_TOKEN_LENGTH
            && t[p - 1] < 0x80
            && CharClass.of(t[p - 1]) == CharClass.DIGIT
            && t[p + 1] < 0x80
            && CharClass.of(t[p + 1]) == CharClass.DIGIT) {
          p++;
          continue;
        }
        break;
      }
      if (k != CharClass.DIGIT) {
        digitsOnly = false;
      }
      p += width;
    }
    pos = p;
    termAtt.copyBuffer(t, start, p - start);
    offsetAtt.setOffset(correctOffset(start), correctOffset(p));
    typeAtt.setType(digitsOnly ? TYPE_NUM : TYPE_WORD);
    return true;
  }

  private void emitSymbol(int start, int end) {
    keyBuilder.setLength(0);
    DocumentSymbol.appendKey(text, start, end, keyBuilder);
    partCount = 0;
    partNext = 0;
    int i = start;
    while (i < end) {
      while (i < end && CharClass.of(text[i]) == CharClass.SEPARATOR) {
        i++;
      }
      int s = i;
      while (i < end && CharClass.of(text[i]) != CharClass.SEPARATOR) {
        i++;
      }
      if (i > s) {
        if (2 * partCount + 2 > parts.length) {
          int[] bigger = new int[parts.length * 2];
          System.arraycopy(parts, 0, bigger, 0, parts.length);
          parts = bigger;
        }
        parts[2 * partCount] = s;
        parts[2 * partCount + 1] = i;
        partCount++;
      }
    }
    termAtt.setEmpty().append(keyBuilder);
    offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    typeAtt.setType(TYPE_SYMBOL);
    pos = end;
    if (stackSymbolParts) {
      posLenAtt.setPositionLength(partCount);
    } else {
      pendingGap = partCount - 1;
      partCount = 0;
    }
  }

  private void emitPart() {
    int s = parts[2 * partNext];
    int e = parts[2 * partNext + 1];
    termAtt.copyBuffer(text, s, e - s);
    offsetAtt.setOffset(correctOffset(s), correctOffset(e));
    posIncAtt.setPositionIncrement(partNext == 0 ? 0 : 1);
    boolean digits = true;
    for (int i = s; i < e && digits; i++) {
      digits = CharClass.of(text[i]) == CharClass.DIGIT;
    }
    typeAtt.setType(digits ? TYPE_NUM : TYPE_WORD);
    partNext++;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(length);
    offsetAtt.setOffset(finalOffset, finalOffset);
    posIncAtt.setPositionIncrement(pendingGap);
    pendingGap = 0;
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (text.length > 1 << 20) {
      text = new char[8192]; // do not keep a large document's buffer alive in a reused analyzer
    }
    length = 0;
    pos = 0;
    partCount = 0;
    partNext = 0;
    pendingGap = 0;
  }
}
