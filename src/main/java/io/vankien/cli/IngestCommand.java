package io.vankien.cli;

import io.vankien.extract.ExtractionLimits;
import io.vankien.extract.TextExtractor;
import io.vankien.index.Archive;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.meta.AccessLevel;
import io.vankien.meta.MetadataExtractor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ingest PATH...}: files and folders, recursively, into the archive. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest files and folders (recursively). Exit 0 when every file was ingested, 1 when"
        + " some failed (each listed with its reason; the others are still ingested).")
public final class IngestCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(names = "--threads", description = "Files extracted at once (default: number of cores).")
  Integer threads;

  @Option(names = "--batch", defaultValue = "" + IngestOptions.DEFAULT_BATCH,
      description = "Index writes between commits (default: ${DEFAULT-VALUE}; fewer when the texts held"
          + " since the last commit reach about 96 MB of heap).")
  int batch;

  @Option(names = "--max-file-mb", defaultValue = "200", description = "Skip larger files (MB).")
  long maxFileMb;

  @Option(names = "--timeout", defaultValue = "120",
      description = "Per-file time limit for text extraction and OCR, in seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--no-ocr", description = "Do not OCR scanned PDFs and images (they are reported as failed).")
  boolean noOcr;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Option(names = "--access", paramLabel = "LEVEL", converter = AccessLevelConverter.class,
      defaultValue = "${env:VANKIEN_DEFAULT_ACCESS:-internal}",
      description = "Access level of a document that states none (no stamp such as MẬT or Lưu hành nội bộ,"
          + " no sidecar field): public (công khai), internal (nội bộ) or restricted (mật). Default:"
          + " $VANKIEN_DEFAULT_ACCESS, else internal. Applies to documents new to the archive.")
  AccessLevel access;

  @Override
  public Integer call() throws Exception {
    IngestOptions defaults = IngestOptions.defaults();
    IngestOptions opts = new IngestOptions(threads == null ? defaults.threads() : threads, batch,
        maxFileMb << 20, access);
    IngestReport report;
    try (Archive archive = Archive.openForWriting(data.dir())) {
      if (timeoutSeconds < 1) {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
            "--timeout must be at least 1 second, got " + timeoutSeconds);
      }
      ExtractionLimits limits = ExtractionLimits.defaults().withMaxFileBytes(opts.maxFileBytes())
          .withTimeout(Duration.ofSeconds(timeoutSeconds)).withOcr(!noOcr);
      Ingester ingester = new Ingester(archive, new TextExtractor(limits), new MetadataExtractor(), opts);
      ProgressBar bar = new ProgressBar(System.err, quiet);
      report = ingester.ingest(paths, bar);
      bar.finish();
      Path reportFile = ReportWriter.write(data.dir(), report);
      System.err.println("report: " + reportFile);
    }
    System.out.println(report.summary());
    for (IngestReport.Failure f : report.failures()) {
      System.out.println("FAILED " + f.file() + ": " + f.reason());
    }
    return report.failed() == 0 ? 0 : 1;
  }
}
