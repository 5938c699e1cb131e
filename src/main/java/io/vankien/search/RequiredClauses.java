package io.vankien.search;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * A query without its optional clauses: in every boolean query that has a required clause and needs none of its
 * optional ones to match, the optional ones (which only add to the score) are dropped. The matches are the same;
 * the score is the required clauses' alone. Optional clauses that decide a match (a disjunction, a minimum to
 * match) are kept.
 */
final class RequiredClauses {
  private RequiredClauses() {}

  static Query of(Query q) {
    return switch (q) {
      case BooleanQuery b -> {
        boolean required = b.clauses().stream().anyMatch(c -> c.occur() == Occur.MUST || c.occur() == Occur.FILTER);
        boolean dropOptional = required && b.getMinimumNumberShouldMatch() == 0;
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        b.clauses().stream().filter(c -> !(dropOptional && c.occur() == Occur.SHOULD))
            .forEach(c -> out.add(of(c.query()), c.occur()));
        yield out.build();
      }
      case BoostQuery boost -> new BoostQuery(of(boost.getQuery()), boost.getBoost());
      default -> q;
    };
  }
}
