package io.vankien.cluster;

import io.vankien.index.Archive;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's samples (samples/, demo documents) ingested into an archive, and their archived documents. */
final class SampleArchive {
  static final Path SAMPLES = Path.of("samples");

  private SampleArchive() {}

  static List<Path> files() {
    return Ingester.collectFiles(List.of(SAMPLES), new IngestReport());
  }

  /** Ingests the samples into {@code dataDir}; their documents, one per sample file, in file order. */
  static List<ArchivedDocument> ingest(Path dataDir) throws IOException {
    return ingest(dataDir, files());
  }

  /** As {@link #ingest(Path)}, these files only. */
  static List<ArchivedDocument> ingest(Path dataDir, List<Path> files) throws IOException {
    try (Archive archive = Archive.openForWriting(dataDir)) {
      IngestReport r = Ingester.standard(archive, IngestOptions.defaults()).ingest(files, IngestListener.NONE);
      if (r.failed() > 0) {
        throw new IllegalStateException("samples failed: " + r.failures());
      }
      return documents(archive, files);
    }
  }

  static List<ArchivedDocument> documents(Archive archive, List<Path> files) throws IOException {
    List<ArchivedDocument> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(archive.bySourcePath(f.toAbsolutePath().normalize().toString()).orElseThrow());
    }
    return docs;
  }
}
