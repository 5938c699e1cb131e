package io.vankien.cli;

import io.vankien.index.Archive;
import io.vankien.search.DateBound;
import io.vankien.search.FacetDimension;
import io.vankien.search.Json;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchResult;
import io.vankien.search.SearchService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
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

  // One repeatable option per facet dimension (--province, --province-current, --type, --year, --month,
  // --signer, --issuer, --level, --term...), added from FacetDimension by commandLine().

  @Option(names = "--from", paramLabel = "YYYY[-MM[-DD]]",
      description = "Issued on or after this day, or the first day of this month or year.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY[-MM[-DD]]",
      description = "Issued on or before this day, or the last day of this month or year (--from 2019 --to 2023:"
          + " the five years).")
  String to;

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

  /** The command with an option for each facet dimension ({@link FacetDimension}), as the HTTP API's filters. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SearchCommand());
    for (FacetDimension d : FacetDimension.values()) {
      cl.getCommandSpec().addOption(OptionSpec.builder(d.cliOption())
          .type(List.class).auxiliaryTypes(String.class)
          .paramLabel(d.syntax() == null ? "<" + d.param() + ">" : "<" + d.example() + ">")
          .description(d.description() + " Repeatable: OR within the option, AND across options.")
          .build());
    }
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    SearchRequest.Builder b = SearchRequest.builder().q(String.join(" ", query));
    for (FacetDimension d : FacetDimension.values()) {
      OptionSpec o = spec.findOption(d.cliOption());
      if (o != null) {
        b.filter(d, o.getValue());
      }
    }
    SearchRequest req = b.from(DateBound.first("from", from)).to(DateBound.last("to", to))
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
