package io.vankien.opensearch;

import static org.opensearch.test.hamcrest.OpenSearchAssertions.assertAcked;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.opensearch.cluster.routing.UnassignedInfo;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * An in-JVM cluster of three nodes (each a data and cluster-manager-eligible node, no dedicated managers, no
 * client-only node), each with the analysis-vankien plugin and a real HTTP transport (Netty), as vankien reaches a
 * cluster: the base of the tests that run vankien's own commands against it. The indices vankien creates
 * ({@code vankien*}) get {@link #SHARDS} (3) shards with {@value #REPLICAS} replica each from an index template put
 * before every test (as an operator would set them; vankien's own template leaves shards and replicas to the
 * cluster), in place of the test framework's random one: every document is on two of the three nodes, and a search
 * gathers its hits from three shards.
 */
@ClusterScope(scope = Scope.SUITE, numDataNodes = ClusterWithHttp.NODES, numClientNodes = 0,
    supportsDedicatedMasters = false)
public abstract class ClusterWithHttp extends OpenSearchIntegTestCase {
  static final int NODES = 3;
  /** 3; {@code -Dvankien.opensearch.shards=N} for another count (to tell what shards change from what nodes do). */
  static final int SHARDS = Integer.getInteger("vankien.opensearch.shards", 3);
  static final int REPLICAS = 1;

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(AnalysisVankienPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  @Override
  protected Settings nodeSettings(int nodeOrdinal) {
    return Settings.builder().put(super.nodeSettings(nodeOrdinal))
        .put("http.type", Netty4ModulePlugin.NETTY_HTTP_TRANSPORT_NAME).build();
  }

  /**
   * Shards and replicas of vankien's indices, fixed (not the framework's random template): a node that leaves
   * reallocates its shards at once (no delay), so the cluster turns green again on the two others.
   */
  @Override
  protected void randomIndexTemplate() {
    assertAcked(client().admin().indices().preparePutTemplate("vankien-three-nodes").setPatterns(List.of("vankien*"))
        .setOrder(0).setSettings(Settings.builder().put("index.number_of_shards", SHARDS)
            .put("index.number_of_replicas", REPLICAS)
            .put(UnassignedInfo.INDEX_DELAYED_NODE_LEFT_TIMEOUT_SETTING.getKey(), "0ms")).get());
  }

  /** The names of the running nodes, sorted. */
  protected static List<String> nodeNames() {
    List<String> names = new ArrayList<>(Arrays.asList(internalCluster().getNodeNames()));
    names.sort(null);
    return names;
  }

  /** One node's HTTP address. */
  protected static String nodeUrl(String node) {
    InetSocketAddress a = internalCluster().getInstance(HttpServerTransport.class, node).boundAddress()
        .publishAddress().address();
    return "http://" + a.getHostString() + ":" + a.getPort();
  }

  /** The running nodes' HTTP addresses, separated by commas, as {@code --cluster} takes them (in turn). */
  protected static String clusterUrl() {
    return String.join(",", nodeNames().stream().map(ClusterWithHttp::nodeUrl).toList());
  }
}
