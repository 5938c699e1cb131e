package io.vankien.cli;

import io.vankien.config.Setting;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: ingest the bundled sample documents (once) and serve them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled sample documents into the data folder (unchanged ones are skipped)"
        + " and serve them at http://localhost:PORT/. The data folder is --index DIR or ./index, never the"
        + " configuration's: the samples are public documents.")
public final class DemoCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; setting port).")
  int port;

  @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}; setting host).")
  String host;

  @Override
  public Integer call() throws Exception {
    Path samples = Home.samplesDir();
    Path dir = dataDir();
    upgradeOwnFolder(dir);
    try (Archive archive = Archive.openForWriting(dir)) {
      // the samples are public: anyone opening the demo sees them without an account
      Ingester ingester = Ingester.standard(archive, IngestOptions.defaults().withDefaultAccess(AccessLevel.PUBLIC));
      IngestReport r = ingester.ingest(sampleFiles(samples), io.vankien.index.IngestListener.NONE);
      System.err.println("samples: " + r.summary());
      r.failures().forEach(f -> System.err.println("FAILED " + f.file() + ": " + f.reason()));
    }
    return ServeCommand.serve(dir, host, port, Home.webDir(), ServeCommand.staffToken(null));
  }

  /** The demo's folder holds samples only: one of an older format is upgraded without asking. */
  static void upgradeOwnFolder(Path dir) throws java.io.IOException {
    if (!Files.isDirectory(dir.resolve("lucene"))) {
      return;
    }
    io.vankien.index.ArchiveUpgrade.Summary s = io.vankien.index.ArchiveUpgrade.upgrade(dir,
        a -> Ingester.standard(a, IngestOptions.defaults()), IngestOptions.defaults().threads(),
        io.vankien.index.ArchiveUpgrade.Progress.NONE);
    if (!s.changedNothing()) {
      System.err.println("demo: " + s.line());
    }
  }

  /**
   * The folder named by {@code --index}, else ./index: never the configuration's data folder, since the demo
   * adds its samples as public documents to the archive it opens.
   */
  Path dataDir() {
    return spec.commandLine().getParseResult().hasMatchedOption("--index") ? data.dir()
        : Path.of(Setting.DEFAULT_DATA_DIR);
  }

  /** The sample documents: every .txt in samples/ (its judged metadata file is not a document). */
  static List<Path> sampleFiles(Path samples) throws java.io.IOException {
    try (Stream<Path> s = Files.list(samples)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }
}
