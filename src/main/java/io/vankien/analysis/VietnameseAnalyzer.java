package io.vankien.analysis;

import io.vankien.text.VietnameseText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import io.vankien.analysis.VietnameseAbbreviations.Space;
import io.vankien.analysis.VietnameseFoldingFilter.Mode;
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
 *   <li>{@link VietnameseFoldingFilter} ({@code vietnameseFolding}): the folded term ("đảng" to
 *       "\u0001dang", "thanh" to "\u0001thanh") stacked at the same position, for every term. The marker
 *       ({@link VietnameseFoldingFilter#MARKER}) keeps the folded space apart from the exact one: the real
 *       word "thanh" is not the folded form of "thành".
 * </ol>
 *
 * <h2>Query chains ({@link #forQuery(boolean)}, {@link #forPhrase(boolean)})</h2>
 *
 * The same first three steps (so a query word yields exactly the term the index chain indexed), except
 * that a document symbol is emitted as its key alone (no stacked parts, position length 1, the next word's
 * position increment grows by parts - 1 so phrases line up with the index). The caller chooses the term
 * space from the whole query ({@link VietnameseText#hasDiacritics(String)}):
 *
 * <ul>
 *   <li>query with diacritics ({@code exact = true}): every word is taken as written, even one typed
 *       without marks ("Thanh" in "Thanh Hóa"). {@link #forQuery(boolean) forQuery(true)}: {@link
 *       SynonymGraphFilter} over the exact abbreviation map ("HĐND" and "Hội đồng nhân dân" both ways,
 *       "hdnd" to both), then the folded term stacked with a {@code BoostAttribute} of {@link
 *       #FOLDED_QUERY_BOOST} (synonym-generated tokens and the original words beside a multi-word
 *       alternative are not folded, so the graph stays at one path per alternative): with Lucene's {@code
 *       QueryBuilder} each word becomes {@code SynonymQuery(exact, folded^0.2)}, exact matches outrank
 *       folded-only ones. {@link #forPhrase(boolean) forPhrase(true)}: exact terms only, no abbreviations.
 *   <li>query without diacritics ({@code exact = false}): folded matching is the norm. Every word is
 *       replaced by its folded term; {@code forQuery(false)} then expands abbreviations in the folded
 *       space ("\u0001hdnd" and "\u0001hoi \u0001dong \u0001nhan \u0001dan"); {@code forPhrase(false)}
 *       stops after folding.
 * </ul>
 *
 * Every query and phrase chain also stacks the other i/y spelling of a syllable that has both in print
 * ("sĩ"/"sỹ", "lí"/"lý", "kỉ"/"kỷ", "quí"/"quý": {@link IYVariantFilter}, after the abbreviations in the
 * query chains, after folding in the folded ones), so "Đỗ Tiến Sĩ" finds "Đỗ Tiến Sỹ"; the index keeps the
 * spelling as written. Measured on the judged sets (EVALUATION.md, issue 15): a lower weight for the
 * variant (0.5, 0.2) changed nothing, and leaving it out of the phrase chains lost the quoted and
 * diacritic-free variants ("\"do la mi\"", "phu li").
 *
 * <p>Phrase chains never produce graphs (only stacked tokens of position length 1), so {@code
 * QueryBuilder.createPhraseQuery} yields one (Multi)PhraseQuery. Use them for phrase and proximity
 * queries: on a graph (a query chain with an abbreviation) QueryBuilder enumerates every path.
 *
 * <h2>Word-pair chains ({@link #forPairs(boolean)})</h2>
 *
 * For the word-pair fields: the index chain's first three steps, then {@link WordSequenceFilter} (one
 * token per position: a symbol as its parts, a Roman numeral as written, nothing stacked), folded in the
 * folded chain, then {@link WordPairFilter} (what Lucene's {@code ShingleFilter(2, 2)} gives, cheaper): every two adjacent words as one term ("ngân sách",
 * "\u0001ngan \u0001sach"), no single words. Query and index use the same chain.
 *
 * <h2>Prefix chain ({@link #forPrefixes()})</h2>
 *
 * For fields that complete what a user is typing: the index chain's tokens (symbol parts stacked) in the
 * folded space only, each followed by its prefixes ({@link EdgeNGramTokenFilter}, from the first letter
 * after the marker up to {@link #MAX_PREFIX} characters, the whole term kept): "kế hoạch" indexes
 * "\u0001k", "\u0001ke", "\u0001h", ..., "\u0001hoach". What the user typed goes through {@code
 * forPhrase(false)}; its last word is looked up as one term of this chain.
 *
 * <p>No stopwords are removed. The abbreviation groups live in {@code abbreviations.txt} beside this class.
 *
 * <h2>SPI equivalents</h2>
 *
 * <pre>
 * index:  CustomAnalyzer.builder().withTokenizer("vietnamese")
 *           .addTokenFilter("vietnameseRomanOrdinal").addTokenFilter("vietnameseNormalization")
 *           .addTokenFilter("vietnameseFolding").build()
 * query, exact:  withTokenizer("vietnamese", "stackSymbolParts", "false"), vietnameseRomanOrdinal,
 *           vietnameseNormalization, vietnameseAbbreviation, vietnameseIYVariant,
 *           vietnameseFolding with foldedBoost=0.2 and skipType=SYNONYM
 * query, folded: withTokenizer("vietnamese", "stackSymbolParts", "false"), vietnameseRomanOrdinal,
 *           vietnameseNormalization, vietnameseFolding with mode=replace,
 *           vietnameseAbbreviation with space=folded, vietnameseIYVariant
 * </pre>
 */
public final class VietnameseAnalyzer extends Analyzer {
  /**
   * Boost of the folded token stacked on a query word in a query with diacritics. Chosen by {@code
   * io.vankien.bench.FoldedBoostExperiment}: with 0.2 a document with one exact "đường" outranks an equally
   * long one with up to five folded-only "dương" (0.3: four, 0.5: two, 0.1: nine).
   */
  public static final float FOLDED_QUERY_BOOST = 0.2f;

  private enum Chain {
    INDEX,
    QUERY_EXACT,
    QUERY_FOLDED,
    PHRASE_EXACT,
    PHRASE_FOLDED,
    PAIRS_EXACT,
    PAIRS_FOLDED,
    PREFIXES
  }

  /** Between the two words of a word-pair term ({@link #forPairs(boolean)}). */
  public static final String PAIR_SEPARATOR = " ";

  /** Longest prefix indexed by {@link #forPrefixes()} (longer terms are kept whole as well). */
  public static final int MAX_PREFIX = 40;

  private final Chain chain;

  private VietnameseAnalyzer(Chain chain) {
    this.chain = chain;
  }

  /** The chain used when indexing body and title text. */
  public static VietnameseAnalyzer forIndex() {
    return new VietnameseAnalyzer(Chain.INDEX);
  }

  /**
   * The chain for word matching in queries, with abbreviation expansion.
   *
   * @param exact true for a query typed with diacritics (words as written, folded forms weighted down),
   *     false for one typed without (folded terms only)
   */
  public static VietnameseAnalyzer forQuery(boolean exact) {
    return new VietnameseAnalyzer(exact ? Chain.QUERY_EXACT : Chain.QUERY_FOLDED);
  }

  /**
   * The chain for phrases and proximity: no abbreviations, never a graph.
   *
   * @param exact true: exact terms only; false: folded terms only
   */
  public static VietnameseAnalyzer forPhrase(boolean exact) {
    return new VietnameseAnalyzer(exact ? Chain.PHRASE_EXACT : Chain.PHRASE_FOLDED);
  }

  /**
   * The chain for word-pair fields: each two adjacent words of the text as one term ("ngân sách"), in
   * the exact or the folded space, so a phrase or a proximity boost is a term lookup instead of a position
   * check on every document holding both words.
   *
   * @param exact true: exact terms; false: folded terms
   */
  public static VietnameseAnalyzer forPairs(boolean exact) {
    return new VietnameseAnalyzer(exact ? Chain.PAIRS_EXACT : Chain.PAIRS_FOLDED);
  }

  /**
   * The chain for completion fields: the folded terms of the index chain, each with its prefixes.
   */
  public static VietnameseAnalyzer forPrefixes() {
    return new VietnameseAnalyzer(Chain.PREFIXES);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer src = new VietnameseTokenizer(
        chain == Chain.INDEX || chain == Chain.PREFIXES || chain == Chain.PAIRS_EXACT || chain == Chain.PAIRS_FOLDED);
    TokenStream ts = new RomanOrdinalFilter(src);
    ts = new VietnameseNormalizationFilter(ts);
    switch (chain) {
      case INDEX -> ts = new VietnameseFoldingFilter(ts);
      case QUERY_EXACT -> {
        ts = new SynonymGraphFilter(ts, VietnameseAbbreviations.builtIn(Space.EXACT), false);
        ts = new IYVariantFilter(ts);
        ts = new VietnameseFoldingFilter(ts, FOLDED_QUERY_BOOST, SynonymGraphFilter.TYPE_SYNONYM);
      }
      case QUERY_FOLDED -> {
        ts = new VietnameseFoldingFilter(ts, Mode.REPLACE, 1f, null);
        ts = new SynonymGraphFilter(ts, VietnameseAbbreviations.builtIn(Space.FOLDED), false);
        ts = new IYVariantFilter(ts);
      }
      case PHRASE_EXACT -> ts = new IYVariantFilter(ts);
      case PHRASE_FOLDED -> ts = new IYVariantFilter(new VietnameseFoldingFilter(ts, Mode.REPLACE, 1f, null));
      case PAIRS_EXACT -> ts = pairs(new WordSequenceFilter(ts));
      case PAIRS_FOLDED -> ts = pairs(new WordSequenceFilter(new VietnameseFoldingFilter(ts, Mode.REPLACE, 1f, null)));
      case PREFIXES -> {
        ts = new VietnameseFoldingFilter(ts, Mode.REPLACE, 1f, null);
        // min 2: the marker and one letter (the marker alone would match every term)
        ts = new EdgeNGramTokenFilter(ts, 2, MAX_PREFIX, true);
      }
    }
    return new TokenStreamComponents(src, ts);
  }

  /** Each two adjacent words as one term, words joined by {@link #PAIR_SEPARATOR}; no single words. */
  private static TokenStream pairs(TokenStream words) {
    return new WordPairFilter(words, PAIR_SEPARATOR.charAt(0));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new VietnameseNormalizationFilter(in, false);
  }
}
