package io.vankien.web;

import io.vankien.index.Archive;
import io.vankien.meta.AccessLevel;
import io.vankien.search.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** A server over a fresh archive for HTTP tests, with a client and raw-socket helpers. */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-123";
  static final String BOUNDARY = "vankienBoundary42";
  final Archive archive;
  final WebServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Uploads are public unless they state a level: these tests read them back without an account. */
  TestServer(Path dataDir, Path webDir, WebOptions options) throws IOException {
    archive = Archive.openForWriting(dataDir);
    server = new WebServer(archive, webDir, TOKEN, options.withDefaultAccess(AccessLevel.PUBLIC)).start("127.0.0.1", 0);
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30));
  }

  HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(request(pathAndQuery));
  }

  HttpResponse<String> staff(String method, String path, String body) throws IOException, InterruptedException {
    return send(request(path).header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A multipart body with one file (when fileName is not null) and an optional meta field. */
  static byte[] multipart(String fileName, byte[] content, String metaJson) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (fileName != null) {
      out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    if (metaJson != null) {
      out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n" + metaJson + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  HttpResponse<String> upload(byte[] body) throws IOException, InterruptedException {
    return send(request("/api/documents").header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  HttpResponse<String> upload(String fileName, byte[] content, String metaJson) throws IOException, InterruptedException {
    return upload(multipart(fileName, content, metaJson));
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return Json.MAPPER.readTree(r.body());
  }

  /** Sends raw bytes on a new connection and returns what the server answers (until it closes or goes quiet). */
  String raw(byte[] request, int readTimeoutMillis) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(readTimeoutMillis);
      OutputStream out = s.getOutputStream();
      out.write(request);
      out.flush();
      return readAnswer(s.getInputStream());
    }
  }

  /** The response head and body read so far: stops at the end of stream, a read timeout, or a full JSON body. */
  static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) > 0; ) {
        got.write(buf, 0, n);
        String s = got.toString(StandardCharsets.UTF_8);
        int head = s.indexOf("\r\n\r\n");
        if (head > 0 && s.endsWith("}") ) {
          break;
        }
      }
    } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
      // answer as read so far
    }
    return got.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.stop();
    archive.close();
  }
}
