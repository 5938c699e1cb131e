package io.vankien.testing;

import io.vankien.index.Archive;
import io.vankien.index.IngestListener;
import io.vankien.index.IngestOptions;
import io.vankien.index.IngestReport;
import io.vankien.index.Ingester;
import io.vankien.meta.AccessLevel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Builds archives for tests with the production ingest path. */
public final class TestArchives {
  private TestArchives() {}

  /** An ingester whose documents are public unless stamped or stated otherwise (search tests read as anyone). */
  public static Ingester ingester(Archive archive) {
    return Ingester.standard(archive, new IngestOptions(2, 50, 50L << 20, AccessLevel.PUBLIC));
  }

  public static IngestReport ingest(Archive archive, Path... paths) throws IOException {
    return ingester(archive).ingest(List.of(paths), IngestListener.NONE);
  }
}
