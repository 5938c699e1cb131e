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
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
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
   * {@code VietnameseAnalyzer.forPhrase(false)}), or null when the text is not a run of two words or more (a
   * document symbol or a Roman numeral in it, which the pair field holds differently: the caller then asks
   * the text field). A word with two spellings ("lý"/"lí", {@code IYVariantFilter}) is either: two words make
   * the synonym of their pairs, more words a phrase with the pairs of every spelling at each position, which
   * matches what the text field's phrase with both spellings matches (the word shared by two adjacent pairs is
   * one word of the text, so the spellings cannot mix).
   */
  static Query phrase(Analyzer foldedChain, String text) {
    List<List<String>> words = words(foldedChain, text);
    if (words == null || words.size() < 2) {
      return null;
    }
    String field = Schema.TEXT_PAIRS_FOLDED;
    if (words.size() == 2) {
      List<String> pairs = pairs(words, 0);
      if (pairs.size() == 1) {
        return new TermQuery(new Term(field, pairs.get(0)));
      }
      SynonymQuery.Builder b = new SynonymQuery.Builder(field);
      pairs.forEach(t -> b.addTerm(new Term(field, t)));
      return b.build();
    }
    if (words.stream().allMatch(w -> w.size() == 1)) {
      PhraseQuery.Builder b = new PhraseQuery.Builder();
      for (int i = 0; i + 1 < words.size(); i++) {
        b.add(new Term(field, pairs(words, i).get(0)), i);
      }
      return b.build();
    }
    MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
    for (int i = 0; i + 1 < words.size(); i++) {
      b.add(pairs(words, i).stream().map(t -> new Term(field, t)).toArray(Term[]::new), i);
    }
    return b.build();
  }

  /** Every pair of a spelling at position {@code i} and one at {@code i + 1}. */
  private static List<String> pairs(List<List<String>> words, int i) {
    List<String> out = new ArrayList<>();
    for (String a : words.get(i)) {
      for (String b : words.get(i + 1)) {
        out.add(a + VietnameseAnalyzer.PAIR_SEPARATOR + b);
      }
    }
    return out;
  }

  /**
   * The analyzed words, the spellings of each position (a stacked token of length one is another spelling
   * of the word before it), or null when a position is skipped, a token spans positions or is a symbol.
   */
  private static List<List<String>> words(Analyzer a, String text) {
    List<List<String>> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      boolean plain = true;
      while (ts.incrementToken()) {
        int step = inc.getPositionIncrement();
        plain &= (step == 1 || (step == 0 && !out.isEmpty())) && len.getPositionLength() == 1
            && !VietnameseTokenizer.TYPE_SYMBOL.equals(type.type());
        if (step == 0 && !out.isEmpty()) {
          if (!out.getLast().contains(term.toString())) {
            out.getLast().add(term.toString());
          }
        } else {
          out.add(new ArrayList<>(List.of(term.toString())));
        }
      }
      ts.end();
      return plain ? out : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a String does no I/O
    }
  }
}
