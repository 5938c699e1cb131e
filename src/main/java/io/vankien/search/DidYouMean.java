package io.vankien.search;

import io.vankien.index.ArchiveSearcher;
import io.vankien.index.Schema;
import java.io.IOException;
import io.vankien.analysis.VietnameseFoldingFilter;
import io.vankien.text.VietnameseText;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * A corrected query for one that found few or no documents: each word the index does not hold is
 * replaced by the closest indexed word (Lucene's DirectSpellChecker), and the correction is offered only
 * when it finds more documents.
 */
final class DidYouMean {
  /**
   * Longest word corrected, in characters: a Vietnamese syllable has at most 7 letters, a typed compound a
   * few syllables; the edit-distance automaton of a 1,000-letter word took seconds to build.
   */
  static final int MAX_WORD_CHARS = 32;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  DidYouMean() {
    checker.setMaxQueryLength(MAX_WORD_CHARS + 1); // + 1: a folded term starts with its marker character
  }

  String suggest(ArchiveSearcher.View view, String q) throws IOException {
    if (q.isBlank() || q.contains(":") || q.contains("\"")) {
      return null;
    }
    IndexReader reader = view.searcher().getIndexReader();
    // a query typed without diacritics is corrected among the folded forms, one with them among exact terms
    boolean exact = VietnameseText.hasDiacritics(q);
    String[] words = q.strip().split("\\s+");
    boolean changed = false;
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      String lw = VietnameseText.normalizeTerm(w);
      String replacement = w;
      if (lw.length() >= 3 && lw.chars().allMatch(Character::isLetter)) {
        String term = exact ? lw : VietnameseFoldingFilter.foldedTerm(lw);
        SuggestWord[] s = checker.suggestSimilar(new Term(Schema.TEXT, term), 1, reader,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (s.length > 0) {
          replacement = exact ? s[0].string : s[0].string.substring(1);
          changed = true;
        }
      }
      out.append(out.length() == 0 ? "" : " ").append(replacement);
    }
    return changed ? out.toString() : null;
  }
}
