package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.vankien.search.Json;
import io.vankien.search.SearchTurns;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A search that gets no turn ({@link SearchTurns}) is a 503 "busy" with Retry-After, in the API's JSON. */
@Timeout(60)
class SearchBusyTest {
  @Test
  void aSearchWithoutATurnIsBusy() throws Exception {
    SearchTurns turns = new SearchTurns(1, Duration.ofMillis(100));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = new Thread(() -> {
      try {
        turns.run(() -> {
          holding.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return null;
        });
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    Javalin app = Javalin.create(config -> {
      ApiErrors.install(config);
      config.routes.get("/api/search", ctx -> ctx.result(turns.run(() -> "answered")));
    }).start("127.0.0.1", 0);
    try {
      holder.start();
      assertTrue(holding.await(30, TimeUnit.SECONDS));
      HttpResponse<String> busy = get(app);
      assertEquals(503, busy.statusCode(), busy.body());
      assertEquals("5", busy.headers().firstValue("Retry-After").orElse(null));
      JsonNode body = Json.MAPPER.readTree(busy.body());
      assertEquals("busy", body.get("code").asText());
      assertTrue(body.get("error").asText().contains("1 lượt tìm kiếm"), busy.body());
      release.countDown();
      holder.join(30_000);
      HttpResponse<String> after = get(app);
      assertEquals(200, after.statusCode());
      assertEquals("answered", after.body());
    } finally {
      release.countDown();
      app.stop();
    }
  }

  private static HttpResponse<String> get(Javalin app) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
        + "/api/search?q=x")).build(), HttpResponse.BodyHandlers.ofString());
  }
}
