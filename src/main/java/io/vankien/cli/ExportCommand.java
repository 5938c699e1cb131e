package io.vankien.cli;

import io.vankien.index.Archive;
import io.vankien.search.Exporter;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export}: every document's metadata (or a query's, within the filters given), one per line. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export metadata of every document (or of a query's matches) as JSON lines or CSV.")
public final class ExportCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, json or csv.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path out;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Only documents matching this query.")
  List<String> query = List.of();

  @Spec CommandSpec spec;

  /** The command with the search's filter options ({@link FilterOptions}), as {@code GET /api/export} takes them. */
  static CommandLine commandLine() {
    return FilterOptions.commandLine(new ExportCommand());
  }

  @Override
  public Integer call() throws Exception {
    SearchRequest req = FilterOptions.apply(spec, SearchRequest.builder().q(String.join(" ", query))).build();
    Exporter.Format f = Exporter.Format.parse(format);
    try (Archive archive = Archive.openReadOnly(data.dir());
        Writer w = out == null
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      Exporter ex = new Exporter(f, w);
      new SearchService(archive.searcher()).forEachMatch(req, SearchService.Load.CITATIONS, ex); // with the typed citations
      ex.end();
    }
    return 0;
  }
}
