package io.vankien.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.vankien.index.ReadScope;
import io.vankien.search.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load target that searches as one role ({@code GET /api/search} on 127.0.0.1, with the role's bearer
 * token, none for anonymous) and checks each answer with {@link AccessViolations}: anything but a 2xx is a
 * failure; hits the role may not read are counted, not thrown, so the load goes on.
 */
public final class RoleSearchTarget implements LoadGenerator.Target {
  private final HttpClient client = HttpSearchTarget.loopbackClient();
  private final String base;
  private final String token;
  private final ReadScope scope;
  private final Duration timeout;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong nonPublic = new AtomicLong();
  private final AtomicLong violations = new AtomicLong();
  private volatile String firstViolation;

  /** @param token the bearer token, or null for an anonymous caller; @param scope what the role may read */
  public RoleSearchTarget(int port, String token, ReadScope scope, Duration timeout) {
    this.base = "http://127.0.0.1:" + port + "/api/search?";
    this.token = token;
    this.scope = scope;
    this.timeout = timeout;
  }

  @Override
  public void call(QueryMix.Query q) throws IOException, InterruptedException {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + q.urlQuery())).timeout(timeout).GET();
    if (token != null) {
      req.header("Authorization", "Bearer " + token);
    }
    HttpResponse<byte[]> r = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() / 100 != 2) {
      String body = new String(r.body(), StandardCharsets.UTF_8);
      throw new IOException("HTTP " + r.statusCode() + " for " + q.urlQuery() + ": "
          + body.substring(0, Math.min(200, body.length())));
    }
    JsonNode answer = Json.MAPPER.readTree(r.body());
    AccessViolations.Count c = AccessViolations.count(scope, answer);
    hits.addAndGet(c.hits());
    nonPublic.addAndGet(c.nonPublic());
    if (c.violations() > 0) {
      violations.addAndGet(c.violations());
      if (firstViolation == null) {
        firstViolation = q.urlQuery() + " -> " + answer.path("hits");
      }
    }
  }

  /** Hits checked, all requests so far (warm-up included). */
  public long hits() {
    return hits.get();
  }

  /** Hits checked that were not public. */
  public long nonPublic() {
    return nonPublic.get();
  }

  /** Hits the role may not read (must be 0). */
  public long violations() {
    return violations.get();
  }

  /** The first answer with a violation, or null. */
  public String firstViolation() {
    return firstViolation;
  }
}
