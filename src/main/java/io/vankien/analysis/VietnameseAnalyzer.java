package io.vankien.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Vietnamese analysis for archive text. PLACEHOLDER (foundation): lower-cased standard tokens only; the
 * real chain (normalization, tone placement, folding, symbols, ordinals, abbreviations) replaces it.
 */
public final class VietnameseAnalyzer extends Analyzer {
  private final boolean query;

  private VietnameseAnalyzer(boolean query) {
    this.query = query;
  }

  /** The chain used when indexing body and title text. */
  public static VietnameseAnalyzer forIndex() {
    return new VietnameseAnalyzer(false);
  }

  /** The chain used on query text: the index chain plus abbreviation expansion and weighted folding. */
  public static VietnameseAnalyzer forQuery() {
    return new VietnameseAnalyzer(true);
  }

  public boolean isQueryChain() {
    return query;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer src = new StandardTokenizer();
    TokenStream ts = new LowerCaseFilter(src);
    return new TokenStreamComponents(src, ts);
  }
}
