package io.vankien.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * Vietnamese analysis for archive text.
 *
 * <h2>Index chain ({@link #forIndex()})</h2>
 *
 * <ol>
 *   <li>{@link VietnameseTokenizer} ({@code vietnamese}): words are runs of letters/digits (with combining
 *       marks); a document symbol ("01 - NQ/TU", "30/2020/NĐ-CP") is one token whose term is its {@link
 *       DocumentSymbol} key ("1-nq/tu"), type {@code <SYMBOL>}, position length = number of parts, with its
 *       parts ("01", "NQ", "TU") stacked under it as ordinary words.
 *   <li>{@link RomanOrdinalFilter} ({@code vietnameseRomanOrdinal}): "khóa XIX", "lần thứ XXII", "Đại hội
 *       XIII", "Chương IV": the Arabic number stacked on the upper-case Roman numeral (position increment 0).
 *   <li>{@link VietnameseNormalizationFilter} ({@code vietnameseNormalization}): NFC, "Ð" to "đ", invisible
 *       characters removed, lower case, tone placement unified ("hoà"/"hòa" to "hòa", "uỷ"/"ủy" to "ủy").
 *   <li>{@link VietnameseFoldingFilter} ({@code vietnameseFolding}): the folded form ("đảng" to "dang")
 *       stacked at the same position when it differs.
 * </ol>
 *
 * <h2>Query chain ({@link #forQuery()})</h2>
 *
 * The same first three steps (so a query word yields exactly the term the index chain indexed), except
 * that a document symbol is emitted as its key alone (no stacked parts, position length 1, the next word's
 * position increment grows by parts - 1 so phrases line up with the index), then
 * {@link SynonymGraphFilter} over {@link VietnameseAbbreviations#builtIn()} ({@code vietnameseAbbreviation}:
 * "HĐND" and "Hội đồng nhân dân" both ways, also "hdnd"/"hoi dong nhan dan"), then folding in which the
 * folded token carries a {@code BoostAttribute} of {@link #FOLDED_QUERY_BOOST}; synonym-generated tokens and
 * the original words beside a multi-word alternative are not folded (the diacritic-free copy of each
 * abbreviation group covers folded queries, and the graph stays at one path per alternative). With Lucene's
 * {@code QueryBuilder} a query word with diacritics becomes {@code SynonymQuery(exact, folded^0.2)}, so exact
 * matches outrank folded-only ones; a word without diacritics is one term that matches the folded forms.
 *
 * <h2>Phrase chain ({@link #forPhrase()})</h2>
 *
 * The query chain without the abbreviation step. Its token streams are never graphs (only stacked tokens of
 * position length 1), so {@code QueryBuilder.createPhraseQuery} yields one (Multi)PhraseQuery. Use it for
 * phrase and proximity queries: on a graph (the query chain with an abbreviation) QueryBuilder enumerates
 * every path, and with a folded token stacked on each word that is 2^words phrase queries.
 *
 * <p>No stopwords are removed. The abbreviation groups live in {@code abbreviations.txt} beside this class.
 *
 * <h2>SPI equivalents</h2>
 *
 * <pre>
 * index:  CustomAnalyzer.builder().withTokenizer("vietnamese")
 *           .addTokenFilter("vietnameseRomanOrdinal").addTokenFilter("vietnameseNormalization")
 *           .addTokenFilter("vietnameseFolding").build()
 * query:  withTokenizer("vietnamese", "stackSymbolParts", "false"), vietnameseRomanOrdinal,
 *           vietnameseNormalization, vietnameseAbbreviation,
 *           vietnameseFolding with foldedBoost=0.2 and skipType=SYNONYM
 * </pre>
 */
public final class VietnameseAnalyzer extends Analyzer {
  /**
   * Boost of the folded token stacked on a query word with diacritics. Chosen by {@code
   * io.vankien.bench.FoldedBoostExperiment}: with 0.2 a document with one exact "đường" outranks an equally
   * long one with up to five folded-only "dương" (0.3: four, 0.5: two, 0.1: nine).
   */
  public static final float FOLDED_QUERY_BOOST = 0.2f;

  private enum Chain {
    INDEX,
    QUERY,
    PHRASE
  }

  private final Chain chain;

  private VietnameseAnalyzer(Chain chain) {
    this.chain = chain;
  }

  /** The chain used when indexing body and title text. */
  public static VietnameseAnalyzer forIndex() {
    return new VietnameseAnalyzer(Chain.INDEX);
  }

  /** The chain used on query text: the index chain plus abbreviation expansion and weighted folding. */
  public static VietnameseAnalyzer forQuery() {
    return new VietnameseAnalyzer(Chain.QUERY);
  }

  /** The query chain without abbreviations: graph-free token streams for phrase and proximity queries. */
  public static VietnameseAnalyzer forPhrase() {
    return new VietnameseAnalyzer(Chain.PHRASE);
  }

  /** True for {@link #forQuery()} and {@link #forPhrase()}. */
  public boolean isQueryChain() {
    return chain != Chain.INDEX;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer src = new VietnameseTokenizer(chain == Chain.INDEX);
    TokenStream ts = new RomanOrdinalFilter(src);
    ts = new VietnameseNormalizationFilter(ts);
    switch (chain) {
      case INDEX -> ts = new VietnameseFoldingFilter(ts);
      case QUERY -> {
        ts = new SynonymGraphFilter(ts, VietnameseAbbreviations.builtIn(), false);
        ts = new VietnameseFoldingFilter(ts, FOLDED_QUERY_BOOST, SynonymGraphFilter.TYPE_SYNONYM);
      }
      case PHRASE -> ts = new VietnameseFoldingFilter(ts, FOLDED_QUERY_BOOST, null);
    }
    return new TokenStreamComponents(src, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new VietnameseNormalizationFilter(in, false);
  }
}
