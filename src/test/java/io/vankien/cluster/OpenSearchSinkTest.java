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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents through {@code _bulk} into a fake cluster: the index created from the template, ids, retries, failures. */
class OpenSearchSinkTest {
  @TempDir static Path tmp;
  static List<ArchivedDocument> docs;
  private FakeCluster fake;

  @BeforeAll
  static void ingest() throws Exception {
    docs = SampleArchive.ingest(tmp.resolve("data"), SampleArchive.files().subList(0, 4));
  }

  @BeforeEach
  void start() throws IOException {
    fake = new FakeCluster();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private ClusterClient client() {
    return new ClusterClient(fake.target("vankien-test"), new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1)),
        d -> {});
  }

  @Test
  void theIndexIsCreatedFromTheTemplateOnceWithTheSchemaVersion() throws Exception {
    assertTrue(ClusterIndex.ensure(client()));
    ObjectNode template = ClusterIndex.template();
    assertEquals(template.path("template").path("settings"), fake.createBody.get("settings"));
    assertEquals(template.path("template").path("mappings").path("properties"),
        fake.createBody.path("mappings").path("properties"));
    assertEquals("strict", fake.createBody.path("mappings").path("dynamic").asText());
    assertEquals(Schema.VERSION, fake.createBody.path("mappings").path("_meta").path("vankien_schema_version").asInt());
    assertFalse(ClusterIndex.ensure(client()), "present: not created again");
    assertEquals(1, FakeCluster.count(fake.requests).get("PUT /vankien-test"));
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRefused() throws Exception {
    ClusterIndex.ensure(client());
    ((ObjectNode) fake.createBody.path("mappings").path("_meta")).put("vankien_schema_version", Schema.VERSION - 1);
    IOException e = assertThrows(IOException.class, () -> OpenSearchSink.open(client()));
    assertTrue(e.getMessage().contains("schema version " + (Schema.VERSION - 1)), e.getMessage());
  }

  @Test
  void documentsAreWrittenUnderTheirIdsSoWritingAgainReplacesThem() throws Exception {
    OpenSearchSink sink = OpenSearchSink.open(client());
    for (ArchivedDocument d : docs) {
      sink.put(d);
    }
    sink.put(docs.get(0)); // twice before a commit: sent once
    sink.commit();
    assertEquals(docs.size(), fake.bulkItems);
    assertEquals(docs.stream().map(ArchivedDocument::id).toList(), List.copyOf(fake.documents.keySet()));
    assertEquals(ClusterDocuments.JSON.writeValueAsString(ClusterDocuments.source(docs.get(1))),
        ClusterDocuments.JSON.writeValueAsString(fake.documents.get(docs.get(1).id())), "the source as sent");
    for (ArchivedDocument d : docs) {
      sink.put(d);
    }
    sink.finish();
    assertEquals(docs.size(), fake.documents.size(), "written again: no duplicate");
    assertEquals(docs.size(), sink.writtenCount());
    assertTrue(sink.failures().isEmpty(), sink.failures().toString());
    assertEquals(1, FakeCluster.count(fake.requests).get("POST /vankien-test/_refresh"));

    sink.delete(docs.get(0).id());
    sink.delete("no-such-id");
    sink.commit();
    assertFalse(fake.documents.containsKey(docs.get(0).id()));
    assertEquals(2, sink.deletedCount());
    assertFalse(sink.wasWritten(docs.get(0).id()));
  }

  @Test
  void anItemTheClusterIsTooBusyForIsSentAgainAlone() throws Exception {
    OpenSearchSink sink = OpenSearchSink.open(client());
    fake.busyOnce.add(docs.get(2).id());
    docs.forEach(d -> put(sink, d));
    sink.commit();
    assertEquals(docs.size() + 1, fake.bulkItems);
    assertEquals(2, FakeCluster.count(fake.requests).get("POST /_bulk"));
    assertEquals(docs.size(), fake.documents.size());
    assertTrue(sink.failures().isEmpty());
  }

  @Test
  void aRefusedDocumentIsAFailureAndTheOthersAreWritten() throws Exception {
    OpenSearchSink sink = OpenSearchSink.open(client());
    ((ObjectNode) fake.createBody.path("mappings").path("properties")).remove(Schema.F_TYPE); // as an older mapping
    docs.forEach(d -> put(sink, d));
    sink.commit();
    List<String> typed = docs.stream().filter(d -> d.meta().type() != null && !d.meta().type().isBlank())
        .map(ArchivedDocument::id).toList();
    assertFalse(typed.isEmpty());
    assertEquals(typed.size(), sink.failures().size(), sink.failures().toString());
    for (Map.Entry<String, String> f : sink.failures().entrySet()) {
      assertTrue(typed.contains(f.getKey()));
      assertTrue(f.getValue().startsWith("HTTP 400 strict_dynamic_mapping_exception"), f.getValue());
    }
    assertEquals(docs.size() - typed.size(), fake.documents.size());
  }

  @Test
  void aBulkRequestTheClusterRefusesWholeEndsTheRunWithItsAnswer() throws Exception {
    OpenSearchSink sink = OpenSearchSink.open(client());
    put(sink, docs.get(0));
    fake.nextStatuses.addAll(List.of(503, 503, 503));
    IOException e = assertThrows(IOException.class, sink::commit);
    assertTrue(e.getMessage().startsWith("cluster _bulk to vankien-test failed (HTTP 503)"), e.getMessage());
  }

  @Test
  void largeBatchesGoInSeveralBodiesAndAFailedSendInAPutIsThrownByTheNextCommit() throws Exception {
    ClusterIndex.ensure(client());
    OpenSearchSink sink = new OpenSearchSink(client(), 1); // every write is large enough to send
    put(sink, docs.get(0));
    put(sink, docs.get(1));
    sink.commit();
    assertEquals(2, FakeCluster.count(fake.requests).get("POST /_bulk"));
    assertEquals(2, fake.documents.size());

    fake.nextStatuses.addAll(List.of(503, 503, 503));
    sink.put(docs.get(2)); // the send fails: not this put's failure
    IOException e = assertThrows(IOException.class, sink::commit);
    assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
    sink.put(docs.get(2));
    sink.commit(); // the cluster is back: the next commit sends
    assertEquals(3, fake.documents.size());
  }

  private static void put(OpenSearchSink sink, ArchivedDocument d) {
    try {
      sink.put(d);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
