package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vankien.index.Schema;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** serve --cluster starts only on an index ingest made, of this schema version; it never creates one. */
class ClusterIndexCheckTest {
  private static ClusterClient client(FakeCluster fake) {
    return new ClusterClient(fake.target("vankien-serve"), new RetryPolicy(2, Duration.ofMillis(1),
        Duration.ofMillis(1)), d -> {});
  }

  @Test
  void aMissingIndexIsRefusedSayingToIngestAndIsNotCreated() throws Exception {
    try (FakeCluster fake = new FakeCluster()) {
      IOException e = assertThrows(IOException.class, () -> ClusterIndex.check(client(fake)));
      assertTrue(e.getMessage().contains("ingest --cluster"), e.getMessage());
      assertEquals(null, fake.createBody, "not created");
    }
  }

  @Test
  void theIndexIngestMadeIsAcceptedAndOneOfAnotherVersionRefused() throws Exception {
    try (FakeCluster fake = new FakeCluster()) {
      ClusterIndex.ensure(client(fake));
      ClusterIndex.check(client(fake));
      ((ObjectNode) fake.createBody.path("mappings").path("_meta")).put("vankien_schema_version", Schema.VERSION + 1);
      IOException e = assertThrows(IOException.class, () -> ClusterIndex.check(client(fake)));
      assertTrue(e.getMessage().contains("schema version " + (Schema.VERSION + 1)), e.getMessage());
    }
  }
}
