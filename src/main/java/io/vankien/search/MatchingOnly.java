package io.vankien.search;

import io.vankien.analysis.VietnameseFoldingFilter;
import io.vankien.index.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A query with the same matches and cheaper terms, for what needs the matches only (the count and the facets). A
 * word typed with diacritics asks {@code SynonymQuery(exact, folded^0.2)}; the index chain stacks the folded twin
 * beside every term of the text fields ({@code VietnameseFoldingFilter}, stack mode, last in the chain), so every
 * document holding the exact term holds its folded twin, and the folded term alone matches the same documents:
 * one postings list instead of the union of two. Scores differ, so ranking keeps the query as it was.
 */
final class MatchingOnly {
  /** The fields analyzed by the index chain ({@code Schema.indexAnalyzer}), where every term has its folded twin. */
  private static final Set<String> FOLDED_TWINS =
      Set.of(Schema.TEXT, Schema.TITLE, Schema.SIGNER_TEXT, Schema.SUGGEST_TITLE_WORDS);

  private MatchingOnly() {}

  static Query of(Query q) {
    return switch (q) {
      case BooleanQuery b -> {
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        b.clauses().forEach(c -> out.add(of(c.query()), c.occur()));
        yield out.build();
      }
      case BoostQuery boost -> new BoostQuery(of(boost.getQuery()), boost.getBoost());
      case SynonymQuery s when FOLDED_TWINS.contains(s.getField()) -> withoutShadowedTerms(s);
      default -> q;
    };
  }

  /** The synonym without each exact term whose folded twin is one of its terms. */
  private static Query withoutShadowedTerms(SynonymQuery s) {
    List<Term> terms = s.getTerms();
    Set<String> texts = new HashSet<>();
    terms.forEach(t -> texts.add(t.text()));
    List<Term> kept = terms.stream().filter(t -> !shadowed(t.text(), texts)).toList();
    if (kept.size() == terms.size()) {
      return s;
    }
    if (kept.size() == 1) {
      return new TermQuery(kept.get(0));
    }
    SynonymQuery.Builder b = new SynonymQuery.Builder(s.getField());
    kept.forEach(b::addTerm);
    return b.build();
  }

  private static boolean shadowed(String term, Set<String> terms) {
    return !term.isEmpty() && term.charAt(0) != VietnameseFoldingFilter.MARKER
        && terms.contains(VietnameseFoldingFilter.foldedTerm(term));
  }
}
