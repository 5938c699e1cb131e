package io.vankien.testing;

import io.vankien.index.Archive;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Tests over one archive of the project's samples ({@code samples/}), ingested before them and closed after them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SamplesArchiveTest {
  @TempDir static Path samplesArchiveDir;
  protected Archive archive;

  @BeforeAll
  final void ingestSamples() throws Exception {
    archive = Archive.openForWriting(samplesArchiveDir.resolve("data"));
    TestArchives.ingest(archive, Path.of("samples"));
  }

  @AfterAll
  final void closeSamples() throws Exception {
    archive.close();
  }
}
