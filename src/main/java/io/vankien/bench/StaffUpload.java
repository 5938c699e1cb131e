package io.vankien.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** One {@code POST /api/documents} upload (multipart, field {@code file}) to a server on 127.0.0.1, timed. */
public final class StaffUpload {
  /** The answer and the wall time of the whole request. */
  public record Result(int status, String body, double ms) {}

  private StaffUpload() {}

  public static Result upload(int port, String token, String fileName, byte[] content, Duration timeout)
      throws IOException, InterruptedException {
    String boundary = "vankien-bench-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + fileName + "\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents"))
        .timeout(timeout)
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    HttpClient client = HttpSearchTarget.loopbackClient();
    long t = System.nanoTime();
    HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Result(r.statusCode(), r.body(), (System.nanoTime() - t) / 1e6);
  }
}
