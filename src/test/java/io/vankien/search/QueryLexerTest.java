package io.vankien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryLexerTest {
  @Test
  void wordsPhrasesExclusionsAndOr() {
    List<QueryItem> items = QueryLexer.lex("nghị quyết \"nông thôn mới\" -\"Hà Nam\" a OR b");
    assertEquals(List.of(new QueryItem.Word("nghị"), new QueryItem.Word("quyết"),
        new QueryItem.Phrase("nông thôn mới"), new QueryItem.Not(new QueryItem.Phrase("Hà Nam")),
        new QueryItem.Word("a"), new QueryItem.Or(), new QueryItem.Word("b")), items);
  }

  @Test
  void symbolsWithSpacesAroundTheHyphenAreNotExclusions() {
    assertEquals(List.of(new QueryItem.Symbol("01 - NQ/TU")), QueryLexer.lex("Số 01 - NQ/TU"));
    assertEquals(List.of(new QueryItem.Word("Luật"), new QueryItem.Symbol("45/2013/QH13")),
        QueryLexer.lex("Luật số: 45/2013/QH13"));
    assertEquals(List.of(new QueryItem.Symbol("408 -BC/TU")), QueryLexer.lex("408 -BC/TU"));
    assertEquals(List.of(new QueryItem.Symbol("1654/NQ-UBTVQH15")), QueryLexer.lex("1654/NQ-UBTVQH15"));
    assertEquals(List.of(new QueryItem.Symbol("45/2013/QH13")), QueryLexer.lex("45/2013/QH13"));
    assertEquals(List.of(new QueryItem.Symbol("30/2020/NĐ-CP")), QueryLexer.lex("30/2020/NĐ-CP"));
  }

  @Test
  void fieldPrefixes() {
    assertEquals(List.of(new QueryItem.Fielded("signer", "Đỗ Tiến Sỹ", true)), QueryLexer.lex("signer:\"Đỗ Tiến Sỹ\""));
    assertEquals(List.of(new QueryItem.Fielded("number", "01-NQ/TU", false)), QueryLexer.lex("number:01-NQ/TU"));
  }

  @Test
  void malformedQueriesAreBadRequestsWithAMessage() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> QueryLexer.lex("\"nông thôn"));
    assertEquals("unbalanced-quote", e.code());
    assertTrue(e.getMessage().startsWith("Từ khóa tìm kiếm: dấu ngoặc kép"), e.getMessage());
    assertEquals("nông thôn", e.retry(), "the query without the stray quote");
    e = assertThrows(BadRequestException.class, () -> QueryLexer.lex("nghị quyết foo:bar 2020"));
    assertEquals("unknown-field", e.code());
    assertTrue(e.getMessage().contains("“foo:”"), e.getMessage());
    assertEquals("nghị quyết bar 2020", e.retry(), "the query without the unknown prefix");
    e = assertThrows(BadRequestException.class, () -> QueryLexer.lex("OR nông"));
    assertEquals("dangling-or", e.code());
    assertEquals("nông", e.retry());
    e = assertThrows(BadRequestException.class, () -> QueryLexer.lex("a OR OR b"));
    assertEquals("a OR b", e.retry());
    e = assertThrows(BadRequestException.class, () -> QueryLexer.lex("signer:\"Đỗ Tiến"));
    assertEquals("signer:Đỗ Tiến", e.retry());
    assertThrows(BadRequestException.class, () -> new QueryFactory().parse("number:abc"));
  }

  @Test
  void colonInsideVietnameseTextIsNotAField() {
    assertEquals(List.of(new QueryItem.Word("Số:"), new QueryItem.Word("12")), QueryLexer.lex("Số: 12"));
  }
}
