package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.cli.Main;
import io.vankien.index.Archive;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.Schema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vankien ingest --cluster URL}: the command against a fake cluster on loopback. */
class IngestIntoClusterTest {
  @TempDir Path tmp;
  private FakeCluster fake;
  private Path in;
  private List<Path> files;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeCluster();
    in = Files.createDirectories(tmp.resolve("in"));
    files = new ArrayList<>();
    for (Path sample : SampleArchive.files().subList(0, 3)) { // the project's samples, copied
      files.add(Files.copy(sample, in.resolve(sample.getFileName())));
    }
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** Runs the CLI in-process: [exit code, stdout]. */
  private static Object[] run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      return new Object[] {Main.run(args), buf.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(old);
    }
  }

  private Object[] ingest(String... more) {
    List<String> args = new ArrayList<>(List.of("ingest", "--quiet", "--index", tmp.resolve("data").toString(),
        "--cluster", fake.url().toString(), "--cluster-index", "vk-test"));
    args.addAll(List.of(more));
    args.add(in.toString());
    return run(args.toArray(String[]::new));
  }

  private Set<String> archivedIds() throws Exception {
    try (Archive a = Archive.openReadOnly(tmp.resolve("data"))) {
      Set<String> ids = new TreeSet<>();
      for (Path f : files) {
        ids.add(a.bySourcePath(f.toAbsolutePath().normalize().toString()).map(ArchivedDocument::id).orElseThrow());
      }
      return ids;
    }
  }

  @Test
  void everyDocumentGoesToTheClusterOnceAndARunAgainCompletesWhatItMissed() throws Exception {
    Object[] r = ingest();
    assertEquals(0, r[0], r[1].toString());
    assertTrue(r[1].toString().contains("cluster " + fake.url() + " index vk-test: 3 documents written, 0 deleted,"
        + " 0 failed"), r[1].toString());
    assertEquals(archivedIds(), new TreeSet<>(fake.documents.keySet()));
    assertEquals(1, FakeCluster.count(fake.requests).get("PUT /vk-test"));

    // again: the files are unchanged in the archive, their documents are written again under the same ids
    assertEquals(0, ingest()[0]);
    assertEquals(archivedIds(), new TreeSet<>(fake.documents.keySet()));
    assertEquals(6, fake.bulkItems);
    assertEquals(1, FakeCluster.count(fake.requests).get("PUT /vk-test"), "the index is created once");

    // a cluster that lost a document gets it back from a run again
    String lost = fake.documents.keySet().iterator().next();
    fake.documents.remove(lost);
    assertEquals(0, ingest()[0]);
    assertTrue(fake.documents.containsKey(lost));
  }

  @Test
  void aDocumentTheClusterRefusesIsReportedByItsFileAndTheExitCodeIsOne() throws Exception {
    assertEquals(0, ingest()[0]);
    ((ObjectNode) fake.createBody.path("mappings").path("properties")).remove(Schema.F_LEVEL);
    fake.documents.clear();
    Object[] r = ingest();
    assertEquals(1, r[0]);
    String out = r[1].toString();
    assertTrue(out.contains("FAILED " + files.get(0).toAbsolutePath().normalize() + ": cluster refused document "),
        out);
    assertTrue(out.contains("strict_dynamic_mapping_exception"), out);
  }

  @Test
  void theUserAndThePasswordFileAreSentAndABadAddressIsRefusedBeforeAnyFileIsRead() throws Exception {
    Path password = Files.writeString(tmp.resolve("pw"), "s3cret-Mật\n");
    assertEquals(0, ingest("--cluster-user", "ingest", "--cluster-password-file", password.toString())[0]);
    assertEquals("Basic aW5nZXN0OnMzY3JldC1N4bqtdA==", fake.authorizations.get(0));

    Object[] bad = run("ingest", "--quiet", "--index", tmp.resolve("other").toString(), "--cluster", "ftp://x",
        in.toString());
    assertEquals(2, bad[0]);
    assertFalse(Files.exists(tmp.resolve("other")), "the data folder is not touched");
  }
}
