package io.vankien.cli;

import io.vankien.index.Archive;
import io.vankien.search.Json;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import io.vankien.search.SearchService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

  // The filters (--province, --year, --from...: FilterOptions) are added by commandLine().

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date_desc or date_asc.")
  String sort;

  @Option(names = "--page", defaultValue = "1")
  int page;

  @Option(names = "--size", defaultValue = "10")
  int size;

  @Option(names = "--facet-limit", defaultValue = "" + SearchRequest.DEFAULT_FACET_LIMIT,
      description = "Signers and issuers listed in the facets (1-100; default ${DEFAULT-VALUE}).")
  int facetLimit;

  @Spec CommandSpec spec;

  /** The command with the filter options of the HTTP API ({@link FilterOptions}). */
  static CommandLine commandLine() {
    return FilterOptions.commandLine(new SearchCommand());
  }

  @Override
  public Integer call() throws Exception {
    SearchRequest req = FilterOptions.apply(spec, SearchRequest.builder().q(String.join(" ", query)))
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
