package io.vankien.search;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The field prefixes of the query syntax ({@code signer:"Nguyễn Văn A" number:01-NQ/TU}), the one list of
 * them: the lexer accepts these ({@link QueryLexer}), {@link QueryFactory} says what each matches, and the
 * web UI's advanced search shows one input per field, read from {@code GET /api/facets}. The order is the
 * form's.
 */
public enum QueryField {
  NUMBER("number", "Số, ký hiệu", "The document's own number (01-NQ/TU, 45/2013/QH13).", "01-NQ/TU", true),
  TITLE("title", "Trích yếu", "Words of the title (trích yếu); in quotes, the exact phrase.", "chuyển đổi số", false),
  SIGNER("signer", "Người ký", "The signer's name, as a phrase (with or without diacritics).", "Nguyễn Văn Hòa",
      false),
  CITES("cites", "Số hiệu được trích dẫn", "Documents that cite this number.", "05-NQ/TU", true);

  /**
   * Every prefix, as the lexer accepts them: these fields, and one per citation relation ({@code
   * implements:48-KL/TW}, {@code basis:...}: documents citing the symbol that way), whose list is data ({@link
   * io.vankien.cite.Relations}).
   */
  static final Set<String> NAMES = Stream.concat(Arrays.stream(values()).map(QueryField::prefix),
      io.vankien.cite.Relations.standard().all().stream().map(io.vankien.cite.Relation::code))
      .collect(Collectors.toUnmodifiableSet());

  private final String prefix;
  private final String label;
  private final String description;
  private final String example;
  private final boolean number;

  QueryField(String prefix, String label, String description, String example, boolean number) {
    this.prefix = prefix;
    this.label = label;
    this.description = description;
    this.example = example;
    this.number = number;
  }

  /** What is typed before the colon. */
  public String prefix() {
    return prefix;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  public String example() {
    return example;
  }

  /** Whether the value is a document number (refused when it is not one), rather than words. */
  public boolean number() {
    return number;
  }
}
