package io.vankien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.vankien.search.Json;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Answers written straight into the response stream: whole, UTF-8, compressed when asked, with a length. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonAnswerTest {
  /** Larger than Jackson's and Jetty's buffers, so it goes out in many writes. */
  private static final Map<String, Object> LARGE = Map.of("text",
      "Nghị quyết về xây dựng nông thôn mới, đổi mới và phát triển. ".repeat(8_000), "n", 1);
  private static final Map<String, Object> SMALL = Map.of("status", "ổn định");
  private Javalin app;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() {
    app = Javalin.create(config -> {
      config.routes.get("/large", ctx -> JsonAnswer.write(ctx, LARGE));
      config.routes.get("/small", ctx -> JsonAnswer.write(ctx, SMALL));
    }).start("127.0.0.1", 0);
  }

  @AfterAll
  void stop() {
    app.stop();
  }

  private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (gzip) {
      b.header("Accept-Encoding", "gzip");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aLargeAnswerArrivesWholeWithAndWithoutCompression() throws Exception {
    String expected = Json.write(LARGE);
    HttpResponse<byte[]> plain = get("/large", false);
    assertEquals(200, plain.statusCode());
    assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(expected, new String(plain.body(), StandardCharsets.UTF_8));
    HttpResponse<byte[]> gz = get("/large", true);
    assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(null));
    assertTrue(gz.body().length < plain.body().length / 10, "compressed: " + gz.body().length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
      assertEquals(expected, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aSmallAnswerIsSentWithItsLength() throws Exception {
    HttpResponse<byte[]> r = get("/small", false);
    assertEquals(Json.write(SMALL), new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(String.valueOf(r.body().length), r.headers().firstValue("Content-Length").orElse(null),
        "not flushed early into a chunked answer: " + r.headers().map());
  }
}
