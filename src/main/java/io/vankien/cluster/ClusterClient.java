package io.vankien.cluster;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Requests to the cluster's REST API over java.net.http, tried again by the {@link RetryPolicy} when the cluster
 * cannot be reached or is busy, on each of the target's nodes in turn (fail-over). An answer that is not retriable
 * is returned as it is (the caller reads it).
 */
public final class ClusterClient {
  /** Waits between tries (a test's does not). */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /** An answer: status and body. */
  public record Response(int status, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final ClusterTarget target;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final HttpClient http;
  /** The node that answered last: the first tried by the next request. */
  private volatile int preferred;

  public ClusterClient(ClusterTarget target, RetryPolicy retry, Sleeper sleeper) {
    this.target = target;
    this.retry = retry;
    this.sleeper = sleeper;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public ClusterClient(ClusterTarget target) {
    this(target, RetryPolicy.DEFAULT, d -> Thread.sleep(d.toMillis()));
  }

  public ClusterTarget target() {
    return target;
  }

  public RetryPolicy retryPolicy() {
    return retry;
  }

  /** Waits as the policy says before try number {@code attempt}. */
  void pause(int attempt) throws IOException {
    try {
      sleeper.sleep(retry.delayBefore(attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to retry the cluster", e);
    }
  }

  /**
   * Sends a request ({@code body} null: none) and returns the answer. Each try goes to the node that answered last,
   * then, when it cannot be reached or answers busy, to the target's other nodes in turn (a node that stopped, or
   * is leaving the cluster); the policy's wait comes between tries, not between nodes. A retriable status is
   * returned only when the last node of the last try gets it.
   *
   * @throws IOException no node could be reached in any try (the message names them and the tries)
   */
  public Response send(String method, String path, String body, String contentType) throws IOException {
    int nodes = target.urls().size();
    IOException lastError = null;
    Response lastBusy = null;
    for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
      if (attempt > 1) {
        pause(attempt);
      }
      int first = preferred;
      for (int k = 0; k < nodes; k++) {
        int node = (first + k) % nodes;
        HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(node, path)).timeout(Duration.ofMinutes(2))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
          b.header("Content-Type", contentType);
        }
        target.authorization().ifPresent(a -> b.header("Authorization", a));
        try {
          HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          if (RetryPolicy.retriable(r.statusCode())) {
            lastBusy = new Response(r.statusCode(), r.body());
            lastError = null;
            continue;
          }
          preferred = node;
          return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
          lastError = e;
          lastBusy = null;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while calling the cluster", e);
        }
      }
    }
    if (lastBusy != null) {
      return lastBusy;
    }
    throw new IOException("cluster " + target.address() + " unreachable after " + retry.maxAttempts() + " tries"
        + (nodes > 1 ? " of each of its " + nodes + " nodes" : "") + ": "
        + (lastError.getMessage() == null ? lastError.getClass().getSimpleName() : lastError.getMessage()), lastError);
  }
}
