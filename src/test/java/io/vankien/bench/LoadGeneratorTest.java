package io.vankien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {
  private static final List<QueryMix.Query> MIX = QueryMix.build(QueryMixTest.entries(), 5, 50);

  @Test
  void countsEveryRequestAndEveryErrorOfARealServer() throws Exception {
    AtomicLong served = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ConcurrentHashMap<String, Boolean> paths = new ConcurrentHashMap<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/api/search", ex -> {
      long n = served.incrementAndGet();
      paths.put(ex.getRequestURI().getRawQuery(), true);
      int status = n % 5 == 1 ? 500 : 200; // the first and every fifth after it fail
      if (status == 500) {
        failed.incrementAndGet();
      }
      byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(status, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    try {
      LoadGenerator.Result r;
      try (HttpSearchTarget target = new HttpSearchTarget(server.getAddress().getPort(), Duration.ofSeconds(10))) {
        r = LoadGenerator.run(target, MIX, 3, Duration.ZERO, Duration.ofMillis(600), Duration.ofSeconds(20));
      }
      assertTrue(r.requests() > 0);
      // no warm-up: every request the server saw was recorded, and every 500 counted as an error (the load's client
      // sends nothing again)
      assertEquals(served.get(), r.requests());
      assertEquals(failed.get(), r.errors());
      assertEquals(r.requests(), r.latencies().count());
      assertTrue(r.errorSamples().get(0).contains("HTTP 500"), r.errorSamples().toString());
      assertEquals(0, r.unfinishedClients());
      assertTrue(paths.keySet().stream().allMatch(p -> p.startsWith("q=")));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void warmUpRequestsAreNotRecordedAndExceptionsAreErrors() throws Exception {
    AtomicLong calls = new AtomicLong();
    LoadGenerator.Result r = LoadGenerator.run(q -> {
      calls.incrementAndGet();
      Thread.sleep(2);
      if (q.kind() == QueryMix.Kind.NUMBER) {
        throw new IllegalStateException("no number " + q.q());
      }
    }, MIX, 2, Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofSeconds(20));
    assertTrue(r.requests() > 0);
    assertTrue(r.requests() < calls.get(), "warm-up calls are left out");
    assertTrue(r.errors() > 0);
    assertTrue(r.errorSamples().stream().allMatch(s -> s.startsWith("IllegalStateException: no number")));
    assertTrue(r.errorSamples().size() <= 5);
  }
}
