package io.vankien.search;

import io.vankien.index.ArchiveSearcher;
import io.vankien.index.Schema;
import java.io.IOException;
import java.util.Locale;
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
  private final DirectSpellChecker checker = new DirectSpellChecker();

  String suggest(ArchiveSearcher.View view, String q) throws IOException {
    if (q.isBlank() || q.contains(":") || q.contains("\"")) {
      return null;
    }
    IndexReader reader = view.searcher().getIndexReader();
    String[] words = q.strip().split("\\s+");
    boolean changed = false;
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      String lw = w.toLowerCase(Locale.ROOT);
      String replacement = w;
      if (lw.length() >= 3 && lw.chars().allMatch(Character::isLetter)) {
        SuggestWord[] s = checker.suggestSimilar(new Term(Schema.TEXT, lw), 1, reader,
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (s.length > 0) {
          replacement = s[0].string;
          changed = true;
        }
      }
      out.append(out.length() == 0 ? "" : " ").append(replacement);
    }
    return changed ? out.toString() : null;
  }
}
