package io.vankien.search;

/** One piece of a parsed user query. */
sealed interface QueryItem {
  /** A plain word ("nghị"), one of a run that is matched with proximity boosts. */
  record Word(String text) implements QueryItem {}

  /** A "quoted phrase". */
  record Phrase(String text) implements QueryItem {}

  /** A document symbol as typed ("01 - NQ/TU", "45/2013/QH13"). */
  record Symbol(String text) implements QueryItem {}

  /** field:value or field:"value". */
  record Fielded(String field, String value, boolean quoted) implements QueryItem {}

  /** -item: documents matching it are excluded. */
  record Not(QueryItem item) implements QueryItem {}

  /** The OR operator between two items. */
  record Or() implements QueryItem {}
}
