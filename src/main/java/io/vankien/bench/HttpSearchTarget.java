package io.vankien.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load target that sends each query as {@code GET /api/search?...} to a server on 127.0.0.1 and reads
 * the whole answer; anything but a 2xx is a failure, with the status and the start of the body.
 */
public final class HttpSearchTarget implements LoadGenerator.Target {
  private final HttpClient client;
  private final String base;
  private final Duration timeout;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong answers = new AtomicLong();

  /** @param port a port on 127.0.0.1 (never another host) */
  public HttpSearchTarget(int port, Duration timeout) {
    this.client = loopbackClient();
    this.base = "http://127.0.0.1:" + port + "/api/search?";
    this.timeout = timeout;
  }

  /** An HTTP/1.1 client, as browsers and most load tools talk to the server. */
  public static HttpClient loopbackClient() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  @Override
  public void call(QueryMix.Query q) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(base + q.urlQuery())).timeout(timeout).GET().build();
    HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() / 100 != 2) {
      String body = new String(r.body(), StandardCharsets.UTF_8);
      throw new IOException("HTTP " + r.statusCode() + " for " + q.urlQuery() + ": "
          + body.substring(0, Math.min(200, body.length())));
    }
    bytes.addAndGet(r.body().length);
    answers.incrementAndGet();
  }

  /** Mean size of a successful answer's body so far, in bytes. */
  public double meanAnswerBytes() {
    long n = answers.get();
    return n == 0 ? 0 : (double) bytes.get() / n;
  }
}
