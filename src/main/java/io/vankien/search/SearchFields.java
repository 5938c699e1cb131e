package io.vankien.search;

import java.util.List;

/**
 * What a search can be asked by, as {@code GET /api/facets} serves it: the facet dimensions ({@link
 * FacetDimension}), the query's field prefixes ({@link QueryField}) and the date range's forms. The web UI
 * builds its filters, labels and advanced-search form from it, so a dimension or field registered on the
 * server appears there without a change to the UI. It names no document and counts nothing: the same for
 * every caller.
 */
public final class SearchFields {
  private SearchFields() {}

  /** One facet dimension as the UI needs it. */
  public record Facet(String name, String label, String description, String example, boolean multiValued,
      boolean keyed, boolean openEnded, String within, String childrenFrom, String syntax, String cliOption) {}

  /** One field prefix of the query syntax. */
  public record Field(String name, String label, String description, String example, boolean number) {}

  /** The date range's parameters and the forms a bound may take (a year: the whole year). */
  public record DateRange(String from, String to, List<String> forms) {}

  /** A citation relation as a query field ({@code implements:48-KL/TW}): documents citing the symbol that way. */
  public record RelationField(String name, String label) {}

  public record Answer(List<Facet> facets, List<Field> queryFields, List<RelationField> relations,
      DateRange dateRange) {}

  private static final Answer ANSWER = new Answer(
      java.util.Arrays.stream(FacetDimension.values()).map(d -> new Facet(d.param(), d.label(), d.description(),
          d.example(), d.multiValued(), d.keyed(), d.openEnded(), d.within().map(FacetDimension::param).orElse(null),
          d.childrenFrom().map(FacetDimension::param).orElse(null), d.syntax(), d.cliOption())).toList(),
      java.util.Arrays.stream(QueryField.values()).map(f -> new Field(f.prefix(), f.label(), f.description(),
          f.example(), f.number())).toList(),
      io.vankien.cite.Relations.standard().all().stream().map(r -> new RelationField(r.code(), r.label())).toList(),
      new DateRange("from", "to", List.of("YYYY", "YYYY-MM", "YYYY-MM-DD")));

  public static Answer answer() {
    return ANSWER;
  }
}
