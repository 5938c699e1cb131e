package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.ArchivedDocument;
import io.vankien.index.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster server's writes into a fake cluster: sent and refreshed at each commit; a refused one fails it, named. */
class ClusterMirrorTest {
  @TempDir static Path tmp;
  static List<ArchivedDocument> docs;
  private FakeCluster fake;
  private ClusterMirror mirror;

  @BeforeAll
  static void ingest() throws Exception {
    docs = SampleArchive.ingest(tmp.resolve("data"), SampleArchive.files().subList(0, 3));
  }

  @BeforeEach
  void start() throws IOException {
    fake = new FakeCluster();
    ClusterClient client = new ClusterClient(fake.target("vankien-test"),
        new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1)), d -> {});
    mirror = new ClusterMirror(OpenSearchSink.open(client));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void eachCommitSendsTheWritesAndRefreshesSoTheyAreSearchable() throws Exception {
    mirror.put(docs.get(0));
    mirror.put(docs.get(1));
    assertTrue(fake.documents.isEmpty(), "nothing sent before the commit");
    mirror.commit();
    assertEquals(List.of(docs.get(0).id(), docs.get(1).id()), List.copyOf(fake.documents.keySet()));
    assertEquals(1, FakeCluster.count(fake.requests).get("POST /vankien-test/_refresh"));
    mirror.delete(docs.get(0).id());
    mirror.commit();
    assertEquals(List.of(docs.get(1).id()), List.copyOf(fake.documents.keySet()));
    assertEquals(2, FakeCluster.count(fake.requests).get("POST /vankien-test/_refresh"));
  }

  @Test
  void aRefusedDocumentFailsTheCommitNamingIt() throws Exception {
    ((ObjectNode) fake.createBody.path("mappings").path("properties")).remove(Schema.F_TYPE); // as an older mapping
    ArchivedDocument typed = docs.stream().filter(d -> d.meta().type() != null && !d.meta().type().isBlank())
        .findFirst().orElseThrow();
    mirror.put(typed);
    IOException e = assertThrows(IOException.class, mirror::commit);
    assertTrue(e.getMessage().contains(typed.id()), e.getMessage());
    assertTrue(e.getMessage().contains("strict_dynamic_mapping_exception"), e.getMessage());
    assertFalse(fake.documents.containsKey(typed.id()));
    mirror.commit(); // the next commit, without new writes, does not blame it again
  }
}
