package io.vankien.cli;

import io.vankien.index.Archive;
import io.vankien.meta.DocumentMetadata;
import io.vankien.search.DocumentService;
import io.vankien.search.DocumentView;
import io.vankien.search.Json;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show ID}: one document's metadata, links and text. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one document.")
public final class ShowCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Parameters(paramLabel = "ID", description = "Document id (as printed by search).")
  String id;

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Archive archive = Archive.openReadOnly(data.dir())) {
      Optional<DocumentView> v = new DocumentService(archive.searcher()).view(id);
      if (v.isEmpty()) {
        System.err.println("error: no document with id " + id);
        return 1;
      }
      if (json) {
        System.out.println(Json.pretty(v.get()));
      } else {
        print(v.get());
      }
    }
    return 0;
  }

  private static void print(DocumentView v) {
    System.out.println("id: " + v.id());
    System.out.println("sources: " + String.join(", ", v.sources()));
    DocumentMetadata m = v.meta();
    m.toMap().forEach((k, val) -> {
      if (!k.equals("provenance") && val != null && !(val instanceof java.util.List<?> l && l.isEmpty())) {
        System.out.println(k + ": " + val + " (" + m.sourceOf(k) + ")");
      }
    });
    for (DocumentView.Citation c : v.cites()) {
      System.out.println("cites: " + c.number() + " (" + c.relation() + ")"
          + (c.document() == null ? " not in the archive" : " " + c.document().id()));
    }
    for (DocumentView.Citing c : v.citedBy()) {
      System.out.println("cited by: " + c.document().id() + " " + c.document().number() + " (" + c.relation() + ") "
          + c.document().title());
    }
    System.out.println();
    System.out.println(v.text());
  }
}
