package io.vankien.cli;

import io.vankien.cluster.ClusterClient;
import io.vankien.cluster.ClusterIngest;
import io.vankien.cluster.ClusterTarget;
import io.vankien.cluster.OpenSearchSink;
import io.vankien.config.Setting;
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
  @Mixin ConfigOption config;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(names = "--threads", description = "Files extracted at once (default: number of cores; setting"
      + " ingest-threads).")
  Integer threads;

  @Option(names = "--batch", description = "Index writes between commits (default: ${DEFAULT-VALUE}; setting"
      + " ingest-batch; fewer when the texts held since the last commit reach about 96 MB of heap).")
  int batch;

  @Option(names = "--max-file-mb", description = "Skip larger files, in MB (default: ${DEFAULT-VALUE}; setting"
      + " max-file-mb).")
  long maxFileMb;

  @Option(names = "--timeout", description = "Per-file time limit for text extraction and OCR, in seconds"
      + " (default: ${DEFAULT-VALUE}; setting timeout-seconds).")
  long timeoutSeconds;

  @Option(names = "--ocr", negatable = true, fallbackValue = "true",
      description = "OCR scanned PDFs and images; --no-ocr: do not (they are reported as failed). Default:"
          + " ${DEFAULT-VALUE}; setting ocr.")
  boolean ocr;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Option(names = "--access", paramLabel = "LEVEL", converter = AccessLevelConverter.class,
      description = "Access level of a document that states none (no stamp such as MẬT or Lưu hành nội bộ,"
          + " no sidecar field): public (công khai), internal (nội bộ) or restricted (mật). Default:"
          + " ${DEFAULT-VALUE} (setting default-access, $VANKIEN_DEFAULT_ACCESS). Applies to documents new to"
          + " the archive.")
  AccessLevel access;

  @Mixin ClusterOptions clusterOptions;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    IngestOptions defaults = IngestOptions.defaults();
    IngestOptions opts = new IngestOptions(threads == null ? defaults.threads() : threads, batch,
        maxFileMb << 20, access);
    IngestReport report;
    ClusterIngest.Report clusterReport = null;
    ClusterTarget target = clusterOptions.target(spec); // a bad setting is refused before the data folder is opened
    OpenSearchSink cluster = null;
    if (target != null) {
      System.err.println("cluster: " + target);
      cluster = OpenSearchSink.open(new ClusterClient(target)); // reached, and the index exists, before any file is read
    }
    try (Archive archive = Archive.openForBulkWriting(data.dir())) {
      if (timeoutSeconds < 1) {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
            "--timeout must be at least 1 second, got " + timeoutSeconds);
      }
      if (cluster != null) {
        archive.mirrorTo(cluster);
      }
      ExtractionLimits limits = ExtractionLimits.defaults().withMaxFileBytes(opts.maxFileBytes())
          .withTimeout(Duration.ofSeconds(timeoutSeconds)).withOcr(ocr);
      Ingester ingester = new Ingester(archive, new TextExtractor(limits), new MetadataExtractor(), opts);
      ProgressBar bar = new ProgressBar(System.err, quiet);
      // per-file JSON lines where no one watches a bar (the journal, cron): see README, "Monitor"
      report = ingester.ingest(paths, System.console() == null ? new IngestLog(bar, io.vankien.observe.JsonLog.stderr())
          : bar);
      bar.finish();
      if (cluster != null) {
        clusterReport = ClusterIngest.complete(archive, cluster, paths);
      }
      Path reportFile = ReportWriter.write(data.dir(), report);
      System.err.println("report: " + reportFile);
    }
    System.out.println(report.summary());
    for (IngestReport.Failure f : report.failures()) {
      System.out.println("FAILED " + f.file() + ": " + f.reason());
    }
    if (clusterReport != null) {
      System.out.println(clusterReport.summary());
      for (IngestReport.Failure f : clusterReport.failures()) {
        System.out.println("FAILED " + f.file() + ": " + f.reason());
      }
    }
    return report.failed() == 0 && (clusterReport == null || clusterReport.failures().isEmpty()) ? 0 : 1;
  }
}
