package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.junit.jupiter.api.Test;

class PlainLuceneQueriesTest {
  private final PlainLuceneQueries queries = new PlainLuceneQueries();

  @Test
  void quotesStayPhrasesOperatorsAreText() {
    assertEquals("12\\-NQ\\/TU \"a b\"", PlainLuceneQueries.escapeAllButQuotes("12-NQ/TU \"a b\""));
    assertInstanceOf(PhraseQuery.class, queries.parse("\"nông thôn\""));
    BooleanQuery number = assertInstanceOf(BooleanQuery.class, queries.parse("12-NQ/TU"));
    assertEquals("+text:12 +text:nq +text:tu", number.toString());
  }

  @Test
  void anUnclosedQuoteStillGivesAQuery() {
    assertEquals("+text:nông +text:thôn", queries.parse("\"nông thôn").toString());
  }
}
