package io.vankien.cluster;

import io.vankien.index.Archive;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ingest --cluster}: the run ingests into the data folder as always (extraction, metadata, the store and
 * the lookups stay local) with every write mirrored into the cluster ({@link Archive#mirrorTo}); then the
 * documents of the run's files that it did not write (unchanged, or written by an earlier run the cluster
 * missed) are sent too, so that running the same ingest again completes an index an interrupted run left short.
 */
public final class ClusterIngest {
  /** What the cluster got: documents written, deleted, and the files whose document it refused. */
  public record Report(ClusterTarget target, int written, int deleted, List<IngestReport.Failure> failures) {
    public String summary() {
      return String.format("cluster %s: %d documents written, %d deleted, %d failed", target, written, deleted,
          failures.size());
    }
  }

  private ClusterIngest() {}

  /** Sends the documents of the files under {@code roots} the run did not write, refreshes the index, reports. */
  public static Report complete(Archive archive, OpenSearchSink sink, List<Path> roots) throws IOException {
    for (Path file : Ingester.collectFiles(roots, new IngestReport())) {
      String path = file.toAbsolutePath().normalize().toString(); // the source path Ingester records
      Optional<ArchivedDocument> doc = archive.bySourcePath(path);
      if (doc.isPresent() && !sink.wasWritten(doc.get().id())) {
        sink.put(doc.get());
      }
    }
    sink.finish();
    List<IngestReport.Failure> failures = new ArrayList<>();
    for (Map.Entry<String, String> f : sink.failures().entrySet()) {
      Optional<ArchivedDocument> doc = archive.get(f.getKey());
      String reason = "cluster refused document " + f.getKey() + ": " + f.getValue();
      if (doc.isEmpty() || doc.get().sources().isEmpty()) {
        failures.add(new IngestReport.Failure(f.getKey(), reason));
      } else {
        doc.get().sources().forEach(s -> failures.add(new IngestReport.Failure(s.path(), reason)));
      }
    }
    return new Report(sink.target(), sink.writtenCount(), sink.deletedCount(), failures);
  }
}
