package io.vankien.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The plain word sequence of a stream with stacked tokens: keeps the first token at each position that
 * is not a document symbol's key ({@link VietnameseTokenizer#TYPE_SYMBOL}), so a symbol stands as its
 * parts and a Roman numeral as written, and drops every token stacked on a kept one (the Arabic number
 * under "XIX", a folded form). What follows it sees one token per position, as a shingle filter needs.
 */
public final class WordSequenceFilter extends FilteringTokenFilter {
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private int position;
  private int lastKept;

  public WordSequenceFilter(TokenStream in) {
    super(in);
  }

  @Override
  protected boolean accept() {
    position += posInc.getPositionIncrement();
    if (position == lastKept || VietnameseTokenizer.TYPE_SYMBOL.equals(type.type())) {
      return false;
    }
    lastKept = position;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    position = -1;
    lastKept = -1;
  }
}
