package io.vankien.opensearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.cluster.health.ClusterHealthStatus;
import org.opensearch.cluster.routing.ShardRouting;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.search.SearchHit;
import org.opensearch.test.InternalTestCluster;

/**
 * A node of the three stopped between the two halves of an ingest: {@code vankien ingest --cluster} (the command,
 * as a child process) writes the first half of the project's samples into the three-node cluster, a node holding a
 * primary shard of the index is stopped, and the second ingest (the other samples, and the seeds of ../shared when
 * it is there; its 110 laws too with {@code -Dvankien.opensearch.relevance=full}, three minutes more than CI's time
 * allows) is given that node's address first: the client passes to the next node. Afterwards
 * nothing is lost (the cluster holds exactly the documents of the embedded archive the same two ingests wrote, by id,
 * their records equal), the cluster's health is yellow or green, never red, and {@code serve --cluster} (given the
 * stopped node's address first too) answers searches with the same totals, documents and facet counts as
 * {@code serve} on the embedded archive, for an anonymous caller and for staff.
 */
@ThreadLeakFilters(filters = Vankien.JdkThreads.class)
public class NodeStoppedMidIngestTests extends ClusterWithHttp {
  private static final String INDEX = "vankien-stop";
  private static final String STAFF_TOKEN = "staff-token-for-stopped-node-tests";

  /** The node holding the primary of the index's shard 0. */
  private String nodeWithAPrimary() {
    for (ShardRouting s : clusterService().state().routingTable().index(INDEX).shard(0)) {
      if (s.primary()) {
        return clusterService().state().nodes().get(s.currentNodeId()).getName();
      }
    }
    throw new AssertionError("no primary of shard 0 of " + INDEX);
  }

  /** The ids of the index's documents, and that each has its record, read on the cluster itself. */
  private Set<String> idsInTheCluster() {
    client().admin().indices().prepareRefresh(INDEX).get();
    SearchResponse r = client().prepareSearch(INDEX).setQuery(QueryBuilders.matchAllQuery()).setSize(10_000)
        .setFetchSource(new String[] {"id", "record.id"}, null).get();
    assertEquals(0, r.getFailedShards());
    Set<String> ids = new TreeSet<>();
    for (SearchHit h : r.getHits().getHits()) {
      assertEquals(h.getId(), h.getSourceAsMap().get("id"));
      assertTrue(h.getId() + " listed once", ids.add(h.getId()));
    }
    assertEquals(r.getHits().getTotalHits().value(), ids.size());
    return ids;
  }

  public void testANodeStoppedBetweenTwoIngestsLosesNothingAndSearchKeepsAnswering() throws Exception {
    Path data = createTempDir();
    Path logs = createTempDir();
    Path token = logs.resolve("staff-token");
    Files.writeString(token, STAFF_TOKEN);
    List<Path> samples = Texts.txtFiles(Texts.samples());
    List<Path> firstHalf = samples.subList(0, samples.size() / 2);
    List<String> secondHalf = new ArrayList<>();
    samples.subList(samples.size() / 2, samples.size()).forEach(p -> secondHalf.add(p.toString()));
    boolean full = "full".equals(System.getProperty("vankien.opensearch.relevance"));
    for (String shared : full ? List.of("seeds", "laws") : List.of("seeds")) {
      Path dir = Texts.shared(shared);
      if (Files.isDirectory(dir)) {
        secondHalf.add(dir.toString());
      } else {
        System.out.println("NodeStoppedMidIngestTests: " + dir + " absent (no ../shared here): the " + shared
            + " are not ingested, the samples are");
      }
    }

    // the first half, into the three nodes
    List<String> args = new ArrayList<>(List.of("ingest", "--quiet", "--access", "public", "--index", data.toString(),
        "--cluster", clusterUrl(), "--cluster-index", INDEX));
    firstHalf.forEach(p -> args.add(p.toString()));
    Path log1 = logs.resolve("ingest-1.log");
    int exit1 = Vankien.run(log1, args.toArray(String[]::new));
    assertEquals(Vankien.read(log1), 0, exit1);
    assertEquals(firstHalf.size(), idsInTheCluster().size());

    // a node holding a primary stops; its address stays first in what vankien is given
    String stopped = nodeWithAPrimary();
    List<String> urls = new ArrayList<>(List.of(nodeUrl(stopped)));
    nodeNames().stream().filter(n -> !n.equals(stopped)).forEach(n -> urls.add(nodeUrl(n)));
    String withTheStoppedFirst = String.join(",", urls);
    internalCluster().stopRandomNode(InternalTestCluster.nameFilter(stopped));
    assertEquals(NODES - 1, internalCluster().size());

    // the second half, given the stopped node first
    List<String> args2 = new ArrayList<>(List.of("ingest", "--quiet", "--access", "public", "--index", data.toString(),
        "--cluster", withTheStoppedFirst, "--cluster-index", INDEX));
    args2.addAll(secondHalf);
    Path log2 = logs.resolve("ingest-2.log");
    int exit2 = Vankien.run(log2, 30, args2.toArray(String[]::new));
    String out2 = Vankien.read(log2);
    // the cluster took every document; a file the extraction refuses (../shared has an empty law) fails in the
    // embedded archive alike (exit 1, the file listed), which the comparison below covers
    assertTrue(out2, out2.contains("index " + INDEX + ": ") && out2.contains(" documents written, 0 deleted, 0 failed"));
    assertFalse(out2, out2.contains("cluster refused"));
    assertTrue(out2, exit2 == 0 || exit2 == 1 && out2.contains("FAILED "));

    ensureYellow(INDEX); // waits for yellow or better
    ClusterHealthStatus health = client().admin().cluster().prepareHealth(INDEX).get().getStatus();
    assertNotEquals(ClusterHealthStatus.RED, health);

    try (Vankien.Server embedded = Vankien.serve(logs.resolve("embedded.log"), "--index", data.toString(),
            "--staff-token-file", token.toString());
        Vankien.Server cluster = Vankien.serve(logs.resolve("cluster.log"), "--index", createTempDir().toString(),
            "--staff-token-file", token.toString(), "--cluster", withTheStoppedFirst, "--cluster-index", INDEX)) {
      // nothing lost: the cluster holds exactly the embedded archive's documents, by id, with the same records
      Set<String> embeddedIds = new TreeSet<>();
      for (Map<String, Object> line : Api.export(embedded, Api.query("q", "", "format", "jsonl"), STAFF_TOKEN)) {
        embeddedIds.add((String) line.get("id"));
      }
      assertTrue("both halves ingested: " + embeddedIds.size(), embeddedIds.size() >= samples.size());
      assertEquals(embeddedIds, idsInTheCluster());
      Api.sameExport(embedded, cluster, STAFF_TOKEN, Api.query("q", ""));

      // search keeps answering, alike: totals, documents, facet counts
      for (String asker : new String[] {null, STAFF_TOKEN}) {
        Map<String, Object> all = Api.sameCounts(embedded, cluster, asker, Api.query("size", "100"));
        assertTrue(asker + ": " + all.get("total"), ((Number) all.get("total")).intValue() > 0);
        for (String q : List.of(Api.query("q", "nông thôn mới", "size", "100"), Api.query("q", "nong thon moi",
            "size", "100"), Api.query("q", "\"chuyển đổi số\"", "size", "100"), Api.query("q", "nghị quyết",
            "type", "Nghị quyết", "type", "Kế hoạch", "size", "100"), Api.query("q", "", "year", "2021", "size",
            "100"), Api.query("q", "phát triển", "from", "2020", "to", "2025-06", "size", "100"))) {
          Api.sameCounts(embedded, cluster, asker, q);
        }
        assertEquals(Api.get(embedded, "/api/stats", asker, 200), Api.get(cluster, "/api/stats", asker, 200));
      }
    }
  }
}
