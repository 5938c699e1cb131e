package io.vankien.cli;

import io.vankien.search.DateBound;
import io.vankien.search.FacetDimension;
import io.vankien.search.SearchRequest;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The search filters as command-line options, the same as the HTTP API's: one repeatable option per facet
 * dimension ({@link FacetDimension#cliOption()}: --province, --province-current, --type, --year, --month,
 * --signer, --issuer, --level, --term...) and the date range --from/--to (a day, a month or a year: --from
 * 2019 --to 2023 is the five years). Added to a command's spec rather than declared, so a new dimension is
 * an option without a change here.
 */
final class FilterOptions {
  private FilterOptions() {}

  /** {@code command}'s command line with the filter options added. */
  static CommandLine commandLine(Object command) {
    CommandLine cl = new CommandLine(command);
    CommandSpec spec = cl.getCommandSpec();
    for (FacetDimension d : FacetDimension.values()) {
      spec.addOption(OptionSpec.builder(d.cliOption())
          .type(List.class).auxiliaryTypes(String.class)
          .paramLabel(d.syntax() == null ? "<" + d.param() + ">" : "<" + d.example() + ">")
          .description(d.description() + " Repeatable: OR within the option, AND across options.")
          .build());
    }
    spec.addOption(OptionSpec.builder("--from").type(String.class).paramLabel("YYYY[-MM[-DD]]")
        .description("Issued on or after this day, or the first day of this month or year.").build());
    spec.addOption(OptionSpec.builder("--to").type(String.class).paramLabel("YYYY[-MM[-DD]]")
        .description("Issued on or before this day, or the last day of this month or year (--from 2019 --to"
            + " 2023: the five years).").build());
    return cl;
  }

  /** The filters given on the command line of {@code spec} (made by {@link #commandLine}), set on {@code b}. */
  static SearchRequest.Builder apply(CommandSpec spec, SearchRequest.Builder b) {
    for (FacetDimension d : FacetDimension.values()) {
      List<String> v = spec.findOption(d.cliOption()).getValue();
      b.filter(d, v);
    }
    String from = spec.findOption("--from").getValue();
    String to = spec.findOption("--to").getValue();
    return b.from(DateBound.first("from", from)).to(DateBound.last("to", to));
  }
}
