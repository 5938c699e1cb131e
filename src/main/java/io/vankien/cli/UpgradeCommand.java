package io.vankien.cli;

import io.vankien.audit.AuditLog;
import io.vankien.extract.ExtractionLimits;
import io.vankien.extract.TextExtractor;
import io.vankien.index.ArchiveFormat;
import io.vankien.index.ArchiveUpgrade;
import io.vankien.index.IngestOptions;
import io.vankien.index.Ingester;
import io.vankien.meta.MetadataExtractor;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code upgrade}: rebuilds an archive of an older format, keeping everything it holds. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
    description = "Upgrade the data folder to this vankien's archive format: re-index the stored records,"
        + " read the metadata again from the stored text when the metadata rules changed, parse the stored"
        + " originals again when the text extractor changed. Ids, versions, edits, sidecar values, access"
        + " levels and the audit log are kept. Committed once at the end: an interrupted upgrade leaves the"
        + " archive as it was; run it again. Stop the server first.")
public final class UpgradeCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Option(names = "--ocr", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "OCR scanned originals when their text is parsed again (default: ${DEFAULT-VALUE}).")
  boolean ocr;

  @Option(names = "--threads", description = "Documents done at once (default: number of cores).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    ExtractionLimits limits = ExtractionLimits.defaults().withOcr(ocr);
    ArchiveUpgrade.Summary s = ArchiveUpgrade.upgrade(data.dir(),
        archive -> new Ingester(archive, new TextExtractor(limits), new MetadataExtractor(), IngestOptions.defaults()),
        threads == null ? IngestOptions.defaults().threads() : threads, new Progress(err));
    if (!s.changedNothing()) {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("from", s.from().userData());
      detail.put("to", s.to().userData());
      detail.put("documents", s.documents());
      detail.put("metadataChanged", s.metadataChanged());
      detail.put("reparsed", s.reparsed());
      detail.put("keptText", s.keptText().size());
      new AuditLog(data.dir()).record("upgrade", System.getProperty("user.name"), "cli", "cli", null, detail);
    }
    s.keptText().forEach(k -> err.println("giữ văn bản cũ: " + k));
    System.out.println(s.line());
    return 0;
  }

  /** A line on stderr when it starts, then every 2 seconds, then at the end. */
  private static final class Progress implements ArchiveUpgrade.Progress {
    private final PrintStream out;
    private int total;
    private long last;

    Progress(PrintStream out) {
      this.out = out;
    }

    @Override
    public void started(int documents, ArchiveFormat from) {
      total = documents;
      last = System.nanoTime();
      out.printf("nâng cấp %d văn bản: %s%n", documents,
          String.join("; ", from.differences(ArchiveFormat.CURRENT)));
    }

    @Override
    public void advanced(int done) {
      long now = System.nanoTime();
      if (done == total || now - last > 2_000_000_000L) {
        last = now;
        out.printf("nâng cấp: %d/%d văn bản%n", done, total);
      }
    }
  }
}
