package io.vankien.search;

import io.vankien.index.Schema;
import io.vankien.meta.IssuerKey;
import io.vankien.meta.TermKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The facet dimensions a search filters by and lists, the one place that names them: a new facet is a line
 * here (beside its {@link Schema} field and the value {@code DocumentMapper} indexes). From this list follow
 * the request's filters ({@link SearchRequest#filters()}), the drill-down and the answer's echo ({@link
 * RequestFilters}), the facets listed ({@link FacetListing}), the HTTP parameters ({@code web.RequestParams},
 * checked against openapi.json by a test), the CLI's {@code search} options, and the web UI, which reads
 * this list from {@code GET /api/facets}. The order is the order the UI's sidebar shows them in.
 */
public enum FacetDimension {
  PROVINCE_CURRENT(Schema.F_PROVINCE_CURRENT, "Tỉnh (hiện nay)",
      "Province after the 1 July 2025 merger (one of 34); the provinces as named then are listed under it.",
      "Bắc Ninh", new Traits(null, false, null, null, null, Schema.F_PROVINCE)),
  PROVINCE(Schema.F_PROVINCE, "Tỉnh (khi ban hành)",
      "Province as named when the document was issued (one of the 63 before 1 July 2025).", "Bắc Giang",
      Traits.NONE),
  TYPE(Schema.F_TYPE, "Loại văn bản", "Document type, e.g. \"Nghị quyết\".", "Nghị quyết", Traits.NONE),
  YEAR(Schema.F_YEAR, "Năm", "Year of issue, four digits. With exactly one year, the month facet is listed.",
      "2021", new Traits(null, false, Pattern.compile("\\d{4}"), "là năm có bốn chữ số", null, null)),
  MONTH(Schema.F_MONTH, "Tháng", "Month of issue, YYYY-MM; listed only within one chosen year.", "2021-03",
      new Traits(null, false, Pattern.compile("\\d{4}-(0[1-9]|1[0-2])"), "có dạng năm-tháng (YYYY-MM)",
          Schema.F_YEAR, null)),
  SIGNER(Schema.F_SIGNER, "Người ký", "Signer, as written in the document (exact facet value).",
      "Nguyễn Văn Hòa", new Traits(null, true, null, null, null, null)),
  ISSUER(Schema.F_ISSUER, "Cơ quan ban hành",
      "Issuing body: a facet value, or any form of the body's name, read as its facet value (\"Ban Chấp hành"
          + " Đảng bộ tỉnh Bắc Giang\" and \"TỈNH ỦY BẮC GIANG\" both filter by \"Tỉnh ủy Bắc Giang\").",
      "Tỉnh ủy Bắc Giang", new Traits(IssuerKey::of, true, null, null, null, null)),
  LEVEL(Schema.F_LEVEL, "Cấp", "Level: central, provincial, district, commune or grassroots.", "provincial",
      Traits.NONE),
  TERM(Schema.F_TERM, "Nhiệm kỳ",
      "Term of the congress: a facet value, or another form of one (\"khóa XIX\", \"Đại hội XIX, nhiệm kỳ"
          + " 2015-2020\"), read as its facet value.", "Đại hội XIX (2015-2020)",
      new Traits(TermKey::of, false, null, null, null, null)),
  SUBJECT(Schema.F_SUBJECT, "Lĩnh vực",
      "Subject (lĩnh vực) by its label, from a small taxonomy read off the title and text (a document has one or"
          + " several; one chosen matches a document with it).", "Kinh tế", Traits.NONE);

  /**
   * How a dimension's filter and listing differ from the plain case (a closed set of exact values, every
   * one listed).
   *
   * @param key reads a typed value as the facet value it stands for (null: the value as typed)
   * @param openEnded hundreds of values: the answer lists the top {@link SearchRequest#facetLimit()}
   * @param syntax the shape every filter value must have (null: any)
   * @param syntaxHint that shape in words, after "phải" ("là năm có bốn chữ số")
   * @param within the dimension this one is listed within, when exactly one value of it is chosen (months
   *     within a year)
   * @param childrenFrom the dimension whose values are listed under each of this one's (the facet is
   *     hierarchical in {@link Schema#facetsConfig()})
   */
  record Traits(UnaryOperator<String> key, boolean openEnded, Pattern syntax, String syntaxHint, String within,
      String childrenFrom) {
    static final Traits NONE = new Traits(null, false, null, null, null, null);
  }

  private final String param;
  private final String label;
  private final String description;
  private final String example;
  private final Traits traits;

  FacetDimension(String field, String label, String description, String example, Traits traits) {
    this.param = field;
    this.label = label;
    this.description = description;
    this.example = example;
    this.traits = traits;
  }

  /** The HTTP parameter, the answer's facet key and the applied filter's key: the Schema's facet field. */
  public String param() {
    return param;
  }

  /** The Lucene facet dimension ({@link Schema#FACET_DIMS}). */
  public String field() {
    return param;
  }

  /** The name the UI and the error messages show. */
  public String label() {
    return label;
  }

  /** What the parameter filters by, for openapi.json and the CLI's help. */
  public String description() {
    return description;
  }

  public String example() {
    return example;
  }

  /** The CLI's option: --province-current for provinceCurrent. */
  public String cliOption() {
    return "--" + param.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether a document may hold several values of it (as {@link Schema#facetsConfig()} says). */
  public boolean multiValued() {
    return Schema.facetsConfig().getDimConfig(param).multiValued;
  }

  /** Whether the filter is read through a key (every form of one issuer is one value). */
  public boolean keyed() {
    return traits.key() != null;
  }

  public boolean openEnded() {
    return traits.openEnded();
  }

  /** The dimension this one is listed within (months within one chosen year), if any. */
  public Optional<FacetDimension> within() {
    return Optional.ofNullable(traits.within()).map(FacetDimension::of);
  }

  /**
   * The dimension whose values are listed under each of this one's (the provinces as named then under the
   * province of today: the facet is hierarchical, {@link Schema#facetsConfig()}).
   */
  public Optional<FacetDimension> childrenFrom() {
    return Optional.ofNullable(traits.childrenFrom()).map(FacetDimension::of);
  }

  /** The regular expression every filter value must match, or null for any value. */
  public String syntax() {
    return traits.syntax() == null ? null : traits.syntax().pattern();
  }

  /** The values a request's filter stands for: cleaned, each read through the key, each once, in order. */
  List<String> filterValues(List<String> typed) {
    if (typed == null) {
      return List.of();
    }
    List<String> clean = typed.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    for (String v : clean) {
      if (traits.syntax() != null && !traits.syntax().matcher(v).matches()) {
        throw new BadRequestException(param, "phải " + traits.syntaxHint() + ", không phải “" + v + "”");
      }
    }
    return traits.key() == null ? clean : clean.stream().map(traits.key()).distinct().toList();
  }

  /** The dimension of a parameter name ("provinceCurrent"), if it is one. */
  public static Optional<FacetDimension> byParam(String param) {
    return Arrays.stream(values()).filter(d -> d.param.equals(param)).findFirst();
  }

  private static FacetDimension of(String param) {
    return byParam(param).orElseThrow(() -> new IllegalStateException("no facet dimension " + param));
  }

  /** The parameter names, in order. */
  public static List<String> params() {
    return Arrays.stream(values()).map(FacetDimension::param).toList();
  }
}
