package io.vankien.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests to the cluster and the retry policy, against a fake cluster on loopback (no real waiting). */
class ClusterClientTest {
  private FakeCluster fake;
  private final List<Duration> waits = new ArrayList<>();
  private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250));

  @BeforeEach
  void start() throws IOException {
    fake = new FakeCluster();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private ClusterClient client(ClusterTarget target) {
    return new ClusterClient(target, policy, waits::add);
  }

  @Test
  void delaysDoubleUpToTheMaximum() {
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250), Duration.ofMillis(250)),
        List.of(policy.delayBefore(2), policy.delayBefore(3), policy.delayBefore(4), policy.delayBefore(5)));
    assertEquals(Duration.ofMillis(500), RetryPolicy.DEFAULT.delayBefore(2));
  }

  @Test
  void busyAnswersAreTriedAgainAfterTheirDelays() throws Exception {
    fake.nextStatuses.addAll(List.of(503, 429, 502));
    ClusterClient.Response r = client(fake.target("vankien")).send("GET", "/vankien/_mapping", null, null);
    assertEquals(404, r.status()); // the fourth try reaches the (empty) cluster
    assertEquals(4, fake.requests.size());
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250)), waits);
  }

  @Test
  void theLastBusyAnswerIsReturnedAfterMaxAttempts() throws Exception {
    fake.nextStatuses.addAll(List.of(503, 503, 503, 503, 503));
    assertEquals(503, client(fake.target("vankien")).send("POST", "/_bulk", "x\n", "application/x-ndjson").status());
    assertEquals(4, fake.requests.size());
  }

  @Test
  void aClientErrorIsNotTriedAgain() throws Exception {
    fake.nextStatuses.add(400);
    assertEquals(400, client(fake.target("vankien")).send("GET", "/vankien/_mapping", null, null).status());
    assertEquals(1, fake.requests.size());
    assertTrue(waits.isEmpty());
  }

  @Test
  void anUnreachableClusterIsTriedMaxAttemptsTimesThenNamed() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    ClusterTarget nowhere = new ClusterTarget(URI.create("http://127.0.0.1:" + port), "vankien", null, null);
    IOException e = assertThrows(IOException.class, () -> client(nowhere).send("GET", "/", null, null));
    assertTrue(e.getMessage().startsWith("cluster http://127.0.0.1:" + port + " unreachable after 4 tries"),
        e.getMessage());
    assertEquals(3, waits.size());
  }

  @Test
  void theUserAndPasswordGoAsBasicAuthenticationAndNeverInToString() throws Exception {
    ClusterTarget t = new ClusterTarget(URI.create(fake.url() + "/"), "vankien", "ingest", "mật khẩu");
    client(t).send("GET", "/vankien/_mapping", null, null);
    assertEquals("Basic aW5nZXN0Om3huq10IGto4bqpdQ==", fake.authorizations.get(0));
    assertTrue(!t.toString().contains("mật"), t.toString());
    assertEquals(fake.url(), t.url(), "the trailing slash is dropped");
    client(fake.target("vankien")).send("GET", "/vankien/_mapping", null, null);
    assertEquals(null, fake.authorizations.get(1));
  }

  private static int deadPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort(); // closed again: nothing listens there
    }
  }

  @Test
  void aNodeThatCannotBeReachedIsPassedForTheNextAtOnceAndTheNodeThatAnsweredIsTriedFirstAfterwards()
      throws Exception {
    URI dead = URI.create("http://127.0.0.1:" + deadPort());
    ClusterTarget two = new ClusterTarget(List.of(dead, fake.url()), "vankien", null, null);
    ClusterClient c = client(two);
    assertEquals(404, c.send("GET", "/vankien/_mapping", null, null).status());
    assertEquals(1, fake.requests.size());
    assertTrue(waits.isEmpty(), "no wait between nodes: " + waits);
    // the next request goes to the node that answered; the stopped one is not tried first again
    fake.nextStatuses.add(200);
    assertEquals(200, c.send("POST", "/_bulk", "x\n", "application/x-ndjson").status());
    assertEquals(2, fake.requests.size());
    assertTrue(waits.isEmpty(), "no wait: " + waits);
    assertEquals(dead + "," + fake.url() + " index vankien", two.toString());
  }

  @Test
  void aBusyNodeIsPassedForTheNextWithinOneTry() throws Exception {
    try (FakeCluster other = new FakeCluster()) {
      fake.nextStatuses.add(503); // the first node is leaving the cluster
      ClusterTarget two = new ClusterTarget(List.of(fake.url(), other.url()), "vankien", null, null);
      assertEquals(404, client(two).send("GET", "/vankien/_mapping", null, null).status());
      assertEquals(1, fake.requests.size());
      assertEquals(1, other.requests.size());
      assertTrue(waits.isEmpty(), "no wait: " + waits);
    }
  }

  @Test
  void whenNoNodeCanBeReachedEachIsTriedInEveryTryAndAllAreNamed() throws Exception {
    URI a = URI.create("http://127.0.0.1:" + deadPort());
    URI b = URI.create("http://127.0.0.1:" + deadPort());
    ClusterTarget two = new ClusterTarget(ClusterTarget.parseUrls(a + "," + b + "/"), "vankien", null, null);
    assertEquals(List.of(a, b), two.urls());
    IOException e = assertThrows(IOException.class, () -> client(two).send("GET", "/", null, null));
    assertTrue(e.getMessage().startsWith("cluster " + a + "," + b + " unreachable after 4 tries of each of its 2 nodes"),
        e.getMessage());
    assertEquals(3, waits.size(), "the policy's waits come between tries, not between nodes");
  }
}
