package io.vankien.opensearch;

import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.List;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchSingleNodeTestCase;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * An in-JVM node with the analysis-vankien plugin and a real HTTP transport (Netty), as vankien reaches a
 * cluster: the base of the tests that run vankien's own commands against it.
 */
public abstract class NodeWithHttp extends OpenSearchSingleNodeTestCase {
  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return List.of(AnalysisVankienPlugin.class, Netty4ModulePlugin.class);
  }

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  @Override
  protected Settings nodeSettings() {
    return Settings.builder().put(super.nodeSettings()).put("http.type", Netty4ModulePlugin.NETTY_HTTP_TRANSPORT_NAME)
        .build();
  }

  /** The node's HTTP address, as {@code --cluster} takes it. */
  protected String clusterUrl() {
    InetSocketAddress a = getInstanceFromNode(HttpServerTransport.class).boundAddress().publishAddress().address();
    return "http://" + a.getHostString() + ":" + a.getPort();
  }
}
