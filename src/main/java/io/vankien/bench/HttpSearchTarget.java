package io.vankien.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * A load target that sends each query as {@code GET /api/search?...} to a server on 127.0.0.1 and reads
 * the whole answer; anything but a 2xx is a failure, with the status and the start of the body.
 *
 * <p>Each request is written and its answer read on the calling thread, over a kept-alive connection (Apache
 * HttpClient's classic, blocking client), as wrk sends them from its own threads. The JDK's asynchronous {@link
 * HttpClient} hands every request to its selector thread and the answer back: that added about half a millisecond
 * to a millisecond to the median search as the client measured it (BENCHMARKS.md, "Twentieth session"), and a
 * latency figure should be the server's and the network's, not the load generator's. As before, the client asks for
 * no compression, follows no redirect and sends nothing again.
 */
public final class HttpSearchTarget implements LoadGenerator.Target, AutoCloseable {
  /** Connections kept alive to the server: more than any benchmark's clients, so none waits for another's. */
  static final int CONNECTIONS = 64;

  private final CloseableHttpClient client;
  private final String base;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong answers = new AtomicLong();

  /** @param port a port on 127.0.0.1 (never another host) */
  public HttpSearchTarget(int port, Duration timeout) {
    Timeout t = Timeout.of(timeout);
    PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
        .setMaxConnTotal(CONNECTIONS).setMaxConnPerRoute(CONNECTIONS)
        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
            .setSocketTimeout(t).build())
        .build();
    this.client = HttpClients.custom().setConnectionManager(connections)
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(t).build())
        .disableAutomaticRetries().disableRedirectHandling().disableContentCompression()
        .disableCookieManagement().disableAuthCaching().build();
    this.base = "http://127.0.0.1:" + port + "/api/search?";
  }

  /** An HTTP/1.1 client, as browsers talk to the server (uploads, exports, logins: loads that time no search). */
  public static HttpClient loopbackClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  @Override
  public void call(QueryMix.Query q) throws IOException {
    long n = client.execute(new HttpGet(base + q.urlQuery()), response -> {
      HttpEntity entity = response.getEntity();
      if (response.getCode() / 100 != 2) {
        String body = entity == null ? "" : new String(entity.getContent().readAllBytes(), StandardCharsets.UTF_8);
        throw new IOException("HTTP " + response.getCode() + " for " + q.urlQuery() + ": "
            + body.substring(0, Math.min(200, body.length())));
      }
      if (entity == null) {
        return 0L;
      }
      try (InputStream in = entity.getContent()) {
        return in.transferTo(OutputStream.nullOutputStream()); // to the end: the connection serves the next
      }
    });
    bytes.addAndGet(n);
    answers.incrementAndGet();
  }

  /** Mean size of a successful answer's body so far, in bytes. */
  public double meanAnswerBytes() {
    long n = answers.get();
    return n == 0 ? 0 : (double) bytes.get() / n;
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
