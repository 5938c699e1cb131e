package io.vankien.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Free loopback ports, and how long a just-started server takes to answer its first search. */
public final class ServerProbe {
  private ServerProbe() {}

  /** A port free on 127.0.0.1 right now. */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /**
   * Polls {@code GET http://127.0.0.1:PORT/api/search?QUERY} every 20 ms until a 200 arrives; returns the
   * milliseconds from {@code startNanos}. Fails when the process dies or {@code timeout} passes.
   */
  public static double msToFirstAnswer(Process p, long startNanos, int port, String urlQuery, Duration timeout)
      throws IOException, InterruptedException {
    HttpClient client = HttpSearchTarget.loopbackClient();
    URI uri = URI.create("http://127.0.0.1:" + port + "/api/search?" + urlQuery);
    long deadline = startNanos + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IOException("the server exited (code " + p.exitValue() + ") before answering");
      }
      try {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
            .build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return (System.nanoTime() - startNanos) / 1e6;
        }
        last = "HTTP " + r.statusCode();
      } catch (IOException e) {
        last = e.getClass().getSimpleName(); // not listening yet
      }
      Thread.sleep(20);
    }
    throw new IOException("no 200 from " + uri + " within " + timeout + " (last: " + last + ")");
  }
}
