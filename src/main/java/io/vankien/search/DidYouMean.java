package io.vankien.search;

import io.vankien.index.ArchiveSearcher;
import io.vankien.index.Schema;
import java.io.IOException;
import io.vankien.analysis.VietnameseAnalyzer;
import io.vankien.analysis.VietnameseFoldingFilter;
import io.vankien.text.VietnameseText;
import org.apache.lucene.index.IndexReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrected queries for one that found few or no documents: each word the index does not hold replaced by
 * the closest indexed word (Lucene's DirectSpellChecker) that stands beside the query's neighbouring words,
 * and, for a query that found nothing, each two words never seen together by the closest pair that is
 * (the word-pair fields). The caller offers the first correction that finds more documents.
 */
public final class DidYouMean {
  /**
   * Longest word corrected, in characters: a Vietnamese syllable has at most 7 letters, a typed compound a
   * few syllables; the edit-distance automaton of a 1,000-letter word took seconds to build.
   */
  static final int MAX_WORD_CHARS = 32;
  /** Shortest term looked up: a folded two-letter word ("yn" for "yên") with its marker. */
  public static final int MIN_TERM_CHARS = 3;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  /**
   * What the corrections read of an index, whoever may read its documents (a correction is offered only when it
   * finds more documents the caller may read): the embedded archive's IndexReader, or a cluster's statistics
   * ({@code io.vankien.cluster.ClusterDidYouMean}).
   */
  public interface Words {
    /**
     * The terms of the field closest to {@code term}, at most {@code n}, closest first (then the most frequent):
     * Lucene's {@link DirectSpellChecker#suggestSimilar} with its default settings and a shortest term of {@link
     * #MIN_TERM_CHARS}.
     */
    SuggestWord[] similar(Term term, int n, SuggestMode mode) throws IOException;

    /** Documents holding the term. */
    int docFreq(Term term) throws IOException;

    /** Documents where {@code first} and {@code second}, terms of {@code field}, stand one after the other. */
    long phraseCount(String field, String first, String second) throws IOException;
  }

  public DidYouMean() {
    checker.setMaxQueryLength(2 * MAX_WORD_CHARS + 3); // a pair of folded words: two markers and a space
    checker.setMinQueryLength(MIN_TERM_CHARS);
  }

  /** The words of the embedded archive's index. */
  private Words lucene(IndexReader reader) {
    IndexSearcher searcher = new IndexSearcher(reader);
    return new Words() {
      @Override
      public SuggestWord[] similar(Term term, int n, SuggestMode mode) throws IOException {
        return checker.suggestSimilar(term, n, reader, mode);
      }

      @Override
      public int docFreq(Term term) throws IOException {
        return reader.docFreq(term);
      }

      @Override
      public long phraseCount(String field, String first, String second) throws IOException {
        return searcher.count(new PhraseQuery.Builder().add(new Term(field, first), 0).add(new Term(field, second), 1)
            .build());
      }
    };
  }

  /** How many documents, of those the caller may read, a corrected query finds. */
  @FunctionalInterface
  public interface Counter {
    /**
     * @throws BadRequestException or {@link IndexSearcher.TooManyClauses} or {@link IllegalArgumentException}: the
     *     correction does not parse, or has no form where it is counted; it is then not offered
     */
    long count(String correction) throws IOException;
  }

  /**
   * The correction to offer for {@code q}, which found {@code total} documents: the first of {@link #suggest}'s
   * that finds more documents than {@code total} ({@code counter}), or null.
   */
  public String firstFindingMore(Words reader, String q, long total, Counter counter) throws IOException {
    for (String c : suggest(reader, q, total == 0)) {
      if (c.equalsIgnoreCase(q)) {
        continue;
      }
      try {
        if (counter.count(c) > total) {
          return c;
        }
      } catch (BadRequestException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
        // a correction that does not parse (or has no form where it is counted) is not offered
      }
    }
    return null;
  }

  /** {@link #firstFindingMore(Words, String, long, Counter)} over the embedded archive's words. */
  String firstFindingMore(ArchiveSearcher.View view, String q, long total, Counter counter) throws IOException {
    return firstFindingMore(lucene(view.searcher().getIndexReader()), q, total, counter);
  }

  /**
   * The corrected queries, read from {@code reader}'s words.
   *
   * @param nothingFound whether the query found no document: then pairs of words that never stand
   *     together are corrected too ({@link #correctPairs}); with some documents found, an unseen pair is
   *     as likely a new combination of two topics ("Huế môi trường") as a typo
   */
  public List<String> suggest(Words reader, String q, boolean nothingFound) throws IOException {
    List<String> out = new ArrayList<>();
    if (q.isBlank() || q.contains(":") || q.contains("\"")) {
      return out;
    }
    // a query typed without diacritics is corrected among the folded forms, one with them among exact terms
    boolean exact = VietnameseText.hasDiacritics(q);
    String[] words = q.strip().split("\\s+");
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      String lw = VietnameseText.normalizeTerm(words[i]);
      if ((lw.length() >= 3 || !exact && lw.length() == 2) && lw.length() <= MAX_WORD_CHARS
          && lw.chars().allMatch(Character::isLetter)) {
        String term = exact ? lw : VietnameseFoldingFilter.foldedTerm(lw);
        SuggestWord[] s = reader.similar(new Term(Schema.TEXT, term), CANDIDATES,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (s.length > 0) {
          String best = bestByNeighbours(reader, exact, s, words, i);
          words[i] = exact ? best : best.substring(1);
          changed = true;
        }
      }
    }
    if (changed) {
      out.add(String.join(" ", words));
    }
    if (nothingFound) {
      String byPairs = correctPairs(reader, exact, words.clone());
      if (byPairs != null) {
        out.add(byPairs);
      }
    }
    return out;
  }

  /** Candidates looked at for a word the index does not hold. */
  public static final int CANDIDATES = 50;

  /**
   * Of a word's candidates, among the closest ones (the best similarity that any candidate standing beside
   * the query's words has), the one that most often follows the two words before it ("Lương Văn Khim":
   * "khiêm", not the commoner "kim"), then the one most often beside its neighbours; the closest (and
   * most frequent) when none stands beside them.
   */
  private static String bestByNeighbours(Words reader, boolean exact, SuggestWord[] candidates,
      String[] words, int i) throws IOException {
    // the pair field is folded: neighbours and candidates are looked up by their folded terms
    String field = Schema.TEXT_PAIRS_FOLDED;
    String ll = i > 1 ? term(words[i - 2], false) : null;
    String l = i > 0 ? term(words[i - 1], false) : null;
    String r = i + 1 < words.length ? term(words[i + 1], false) : null;
    String best = candidates[0].string;
    long bestSupport = 0;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (SuggestWord c : candidates) { // closest first
      if (bestSupport > 0 && c.score < bestScore) {
        break; // a closer candidate stands beside the query's words
      }
      String fc = exact ? VietnameseFoldingFilter.foldedTerm(c.string) : c.string;
      long support = 0;
      if (ll != null && l != null) {
        support += 1000L * reader.phraseCount(field, ll + VietnameseAnalyzer.PAIR_SEPARATOR + l,
            l + VietnameseAnalyzer.PAIR_SEPARATOR + fc);
      }
      if (l != null) {
        support += reader.docFreq(new Term(field, l + VietnameseAnalyzer.PAIR_SEPARATOR + fc));
      }
      if (r != null) {
        support += reader.docFreq(new Term(field, fc + VietnameseAnalyzer.PAIR_SEPARATOR + r));
      }
      if (support > bestSupport) {
        best = c.string;
        bestSupport = support;
        bestScore = c.score;
      }
    }
    return best;
  }

  /**
   * Each two adjacent words that never stand together in the archive ("thanh hao", "kon tun", "an nin")
   * replaced by the closest pair that does ("thanh hoa", "kon tum", "an ninh"), through the word-pair
   * field (folded): a typo that is itself a word ("hao", "tun") is found by its neighbour. In a query typed
   * with diacritics a replaced word is given its closest spelling with diacritics that the archive holds
   * ({@link #exactSpelling}). Null when no pair changed.
   */
  private String correctPairs(Words reader, boolean exact, String[] words) throws IOException {
    boolean changed = false;
    for (int i = 0; i + 1 < words.length; i++) {
      String a = term(words[i], false);
      String b = term(words[i + 1], false);
      if (a == null || b == null) {
        continue;
      }
      Term pair = new Term(Schema.TEXT_PAIRS_FOLDED, a + VietnameseAnalyzer.PAIR_SEPARATOR + b);
      if (reader.docFreq(pair) > 0) {
        continue;
      }
      SuggestWord[] s = reader.similar(pair, 1, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (s.length == 0) {
        continue;
      }
      String[] two = s[0].string.split(VietnameseAnalyzer.PAIR_SEPARATOR, 2);
      if (two.length != 2) {
        continue;
      }
      String na = two[0].substring(1);
      String nb = two[1].substring(1);
      if (!na.equals(a.substring(1))) {
        words[i] = exact ? exactSpelling(reader, words[i], na) : na;
        changed = true;
      }
      if (!nb.equals(b.substring(1))) {
        words[i + 1] = exact ? exactSpelling(reader, words[i + 1], nb) : nb;
        changed = true;
      }
    }
    return changed ? String.join(" ", words) : null;
  }

  /**
   * The spelling of {@code folded} (a word without diacritics) closest to what was typed among the text's
   * words ("hào" and "hoa": "hóa"), or {@code folded} itself when none is near.
   */
  private String exactSpelling(Words reader, String typed, String folded) throws IOException {
    String lw = VietnameseText.normalizeTerm(typed);
    for (SuggestWord w : reader.similar(new Term(Schema.TEXT, lw), CANDIDATES, SuggestMode.SUGGEST_ALWAYS)) {
      if (VietnameseFoldingFilter.foldedTerm(w.string).substring(1).equals(folded)) {
        return w.string; // closest first
      }
    }
    return folded;
  }

  /** The word as a term of the chosen space, or null for one that is not a plain word of letters. */
  private static String term(String word, boolean exact) {
    String lw = VietnameseText.normalizeTerm(word);
    if (lw.isEmpty() || lw.length() > MAX_WORD_CHARS || !lw.chars().allMatch(Character::isLetter)) {
      return null;
    }
    return exact ? lw : VietnameseFoldingFilter.foldedTerm(lw);
  }
}
