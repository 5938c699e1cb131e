package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The first pass without its optional clauses ({@link Ranking.FirstPass#REQUIRED_CLAUSES}), and ranking names. */
class RequiredClausesTest {
  private static Query t(String s) {
    return new TermQuery(new Term("f", s));
  }

  @Test
  void optionalClausesBesideARequiredOneAreDroppedAtEveryDepth() {
    Query inner = new BooleanQuery.Builder().add(t("a"), Occur.MUST).add(new BoostQuery(t("title"), 3), Occur.SHOULD)
        .build();
    Query q = new BooleanQuery.Builder().add(inner, Occur.MUST).add(t("b"), Occur.MUST).add(t("no"), Occur.MUST_NOT)
        .add(t("pair"), Occur.SHOULD).build();
    Query expected = new BooleanQuery.Builder()
        .add(new BooleanQuery.Builder().add(t("a"), Occur.MUST).build(), Occur.MUST)
        .add(t("b"), Occur.MUST).add(t("no"), Occur.MUST_NOT).build();
    assertEquals(expected, RequiredClauses.of(q));
  }

  @Test
  void optionalClausesThatDecideTheMatchAreKept() {
    Query or = new BooleanQuery.Builder().add(t("a"), Occur.SHOULD).add(t("b"), Occur.SHOULD).build();
    assertEquals(or, RequiredClauses.of(or));
    Query min = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1).add(t("c"), Occur.MUST)
        .add(t("a"), Occur.SHOULD).add(t("b"), Occur.SHOULD).build();
    assertEquals(min, RequiredClauses.of(min));
  }

  @Test
  void aParsedQueryLosesItsTitleAndPhraseBoostsOnly() {
    Query parsed = new QueryFactory().parse("công tác cán bộ");
    Query required = RequiredClauses.of(parsed);
    assertNotEquals(parsed, required);
    assertTrue(noOptionalBesideRequired(required), required.toString());
    assertTrue(required.toString().contains("cán"), required.toString());
    assertFalse(required.toString().contains("title:"), required.toString());
  }

  private static boolean noOptionalBesideRequired(Query q) {
    if (q instanceof BoostQuery b) {
      return noOptionalBesideRequired(b.getQuery());
    }
    if (!(q instanceof BooleanQuery b)) {
      return true;
    }
    boolean required = b.clauses().stream().anyMatch(c -> c.occur() == Occur.MUST);
    for (BooleanClause c : b.clauses()) {
      if ((required && b.getMinimumNumberShouldMatch() == 0 && c.occur() == Occur.SHOULD)
          || !noOptionalBesideRequired(c.query())) {
        return false;
      }
    }
    return true;
  }

  @Test
  void rankingsReadTheirOwnNames() {
    assertEquals(Ranking.DEFAULT, Ranking.parse("all-" + TwoPassRanking.WINDOW));
    Ranking r = Ranking.parse("required-50");
    assertEquals(Ranking.FirstPass.REQUIRED_CLAUSES, r.firstPass());
    assertEquals(50, r.window());
    assertEquals("required-50", r.name());
    assertThrows(IllegalArgumentException.class, () -> Ranking.parse("some-50"));
    assertThrows(IllegalArgumentException.class, () -> Ranking.parse("all"));
    assertThrows(IllegalArgumentException.class, () -> Ranking.parse("all-x"));
    assertThrows(IllegalArgumentException.class, () -> Ranking.parse("all-0"));
  }
}
