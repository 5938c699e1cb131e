package io.vankien.search;

import io.vankien.analysis.VietnameseAnalyzer;
import io.vankien.analysis.VietnameseTokenizer;
import io.vankien.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Phrases of the text as queries on the word-pair field ({@link Schema#TEXT_PAIRS_FOLDED}): two words are
 * one term, more words a phrase of overlapping pairs. Same matches as the folded phrase on the text field,
 * found through far rarer terms. The pairs are folded only: an exact phrase matches a subset of the
 * documents of its folded phrase, told apart by the ranking's second pass ({@link TwoPassRanking}).
 */
final class WordPairPhrases {
  private WordPairPhrases() {}

  /**
   * The phrase in the folded space, its words given by {@code foldedChain} (the folded phrase chain,
   * {@code VietnameseAnalyzer.forPhrase(false)}), or null when the text is not a plain run of two words or
   * more (a document symbol or a Roman numeral in it, which the pair field holds differently, or a word
   * with two spellings: the caller then asks the text field).
   */
  static Query phrase(Analyzer foldedChain, String text) {
    List<String> words = words(foldedChain, text);
    if (words == null || words.size() < 2) {
      return null;
    }
    String field = Schema.TEXT_PAIRS_FOLDED;
    if (words.size() == 2) {
      return new TermQuery(new Term(field, pair(words, 0)));
    }
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (int i = 0; i + 1 < words.size(); i++) {
      b.add(new Term(field, pair(words, i)), i);
    }
    return b.build();
  }

  private static String pair(List<String> words, int i) {
    return words.get(i) + VietnameseAnalyzer.PAIR_SEPARATOR + words.get(i + 1);
  }

  /** The analyzed words, one per position, or null when a token is stacked, skips or is a symbol. */
  private static List<String> words(Analyzer a, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      boolean plain = true;
      while (ts.incrementToken()) {
        plain &= inc.getPositionIncrement() == 1 && !VietnameseTokenizer.TYPE_SYMBOL.equals(type.type());
        out.add(term.toString());
      }
      ts.end();
      return plain ? out : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a String does no I/O
    }
  }
}
