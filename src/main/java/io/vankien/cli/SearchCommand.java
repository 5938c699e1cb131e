package io.vankien.cli;

import io.vankien.index.Archive;
import io.vankien.search.Json;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import io.vankien.search.SearchService;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search QUERY}: the same search as {@code GET /api/search}. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the archive. Query syntax: words, \"phrases\", -exclusion, OR, signer:, number:,"
        + " title:, cites:.")
public final class SearchCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (words are joined).")
  List<String> query = List.of();

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(names = "--province", description = "Province as named then (repeatable).")
  List<String> provinces = List.of();

  @Option(names = "--province-current", description = "Province after the 2025 merger (repeatable).")
  List<String> provincesCurrent = List.of();

  @Option(names = "--type", description = "Document type, e.g. \"Nghị quyết\" (repeatable).")
  List<String> types = List.of();

  @Option(names = "--year", description = "Year of issue (repeatable).")
  List<String> years = List.of();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Issued on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Issued on or before.")
  LocalDate to;

  @Option(names = "--signer", description = "Signer (repeatable).")
  List<String> signers = List.of();

  @Option(names = "--issuer", description = "Issuing body, any form it is written in, e.g. \"Tỉnh ủy Bắc Giang\""
      + " (repeatable).")
  List<String> issuers = List.of();

  @Option(names = "--level", description = "Level: central, provincial, district or commune (repeatable).")
  List<String> levels = List.of();

  @Option(names = "--term", description = "Term, e.g. \"Đại hội XIX\" or \"khóa XIX\" (repeatable).")
  List<String> terms = List.of();

  @Option(names = "--month", paramLabel = "YYYY-MM", description = "Month of issue (repeatable).")
  List<String> months = List.of();

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date_desc or date_asc.")
  String sort;

  @Option(names = "--page", defaultValue = "1")
  int page;

  @Option(names = "--size", defaultValue = "10")
  int size;

  @Option(names = "--facet-limit", defaultValue = "" + SearchRequest.DEFAULT_FACET_LIMIT,
      description = "Signers and issuers listed in the facets (1-100; default ${DEFAULT-VALUE}).")
  int facetLimit;

  @Override
  public Integer call() throws Exception {
    SearchRequest req = SearchRequest.builder()
        .q(String.join(" ", query))
        .provinces(provinces).provincesCurrent(provincesCurrent).types(types).years(years)
        .months(months).from(from).to(to).signers(signers).issuers(issuers).levels(levels).terms(terms)
        .sort(SearchRequest.Sort.parse(sort)).page(page).size(size).facetLimit(facetLimit)
        .build();
    try (Archive archive = Archive.openReadOnly(data.dir())) {
      SearchResult r = new SearchService(archive.searcher()).search(req);
      if (json) {
        System.out.println(Json.pretty(r));
      } else {
        printTable(r);
      }
    }
    return 0;
  }

  private static void printTable(SearchResult r) {
    System.out.printf("%d documents%n", r.total());
    int rank = (r.page() - 1) * r.size();
    for (SearchResult.Hit h : r.hits()) {
      rank++;
      System.out.printf("%3d. [%s] %s%n", rank, h.id(), nz(h.citation())); // as staff cite it
      System.out.printf("     %s | %s | %s%n", nz(h.date()), nz(h.province()), nz(h.source()));
      if (!h.snippets().isEmpty()) {
        String best = h.snippets().get(0);
        System.out.printf("     … %s …%n", unescape(best.replace("<mark>", "[").replace("</mark>", "]")));
      }
    }
  }

  /** The snippet's HTML escapes back to text, for the terminal. */
  static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
        .replace("&#x2F;", "/").replace("&amp;", "&");
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
