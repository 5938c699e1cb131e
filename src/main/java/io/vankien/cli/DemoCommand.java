package io.vankien.cli;

import io.vankien.index.Archive;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.meta.AccessLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demo}: ingest the bundled sample documents (once) and serve them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled sample documents into the data folder (unchanged ones are skipped)"
        + " and serve them at http://localhost:PORT/.")
public final class DemoCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Mixin ConfigOption config;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; setting port).")
  int port;

  @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}; setting host).")
  String host;

  @Override
  public Integer call() throws Exception {
    Path samples = Home.samplesDir();
    try (Archive archive = Archive.openForWriting(data.dir())) {
      // the samples are public: anyone opening the demo sees them without an account
      Ingester ingester = Ingester.standard(archive, IngestOptions.defaults().withDefaultAccess(AccessLevel.PUBLIC));
      IngestReport r = ingester.ingest(sampleFiles(samples), io.vankien.index.IngestListener.NONE);
      System.err.println("samples: " + r.summary());
      r.failures().forEach(f -> System.err.println("FAILED " + f.file() + ": " + f.reason()));
    }
    return ServeCommand.serve(data.dir(), host, port, Home.webDir(), ServeCommand.staffToken(null));
  }

  /** The sample documents: every .txt in samples/ (its judged metadata file is not a document). */
  static List<Path> sampleFiles(Path samples) throws java.io.IOException {
    try (Stream<Path> s = Files.list(samples)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }
}
