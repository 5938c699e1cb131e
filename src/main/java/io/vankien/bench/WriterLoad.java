package io.vankien.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The one writer of the access load test, on its own thread until a deadline: every {@code period} it
 * uploads a new document ({@code POST /api/documents}) and, half a period later, edits the metadata of a
 * random archive document ({@code PATCH /api/documents/{id}/meta}), both with a staff token on 127.0.0.1.
 */
public final class WriterLoad {
  /** One kind of write: requests, failures (non-2xx or exceptions), latencies and the first failures. */
  public static final class Writes {
    private final List<Long> nanos = new ArrayList<>();
    private final List<String> errorSamples = new ArrayList<>();
    private long errors;

    synchronized void record(long ns, String failure) {
      nanos.add(ns);
      if (failure != null) {
        errors++;
        if (errorSamples.size() < 5) {
          errorSamples.add(failure.length() > 300 ? failure.substring(0, 300) + "..." : failure);
        }
      }
    }

    public synchronized int requests() {
      return nanos.size();
    }

    public synchronized long errors() {
      return errors;
    }

    public synchronized List<String> errorSamples() {
      return List.copyOf(errorSamples);
    }

    public synchronized Latencies latencies() {
      return Latencies.ofNanos(nanos.stream().mapToLong(Long::longValue).toArray());
    }
  }

  private final int port;
  private final String token;
  private final List<String> ids;
  private final IntFunction<Path> newDocument;
  private final Duration period;
  private final Random random;
  private final HttpClient client = HttpSearchTarget.loopbackClient();
  private final Writes uploads = new Writes();
  private final Writes edits = new Writes();

  /**
   * @param ids archive document ids the edits pick from
   * @param newDocument the n-th new document to upload (a file whose bytes are new to the archive)
   */
  public WriterLoad(int port, String token, List<String> ids, IntFunction<Path> newDocument, Duration period,
      long seed) {
    this.port = port;
    this.token = token;
    this.ids = List.copyOf(ids);
    this.newDocument = newDocument;
    this.period = period;
    this.random = new Random(seed);
  }

  /** Writes until {@code deadlineNanos} (System.nanoTime), on a new thread; join it to wait. */
  public Thread start(long deadlineNanos) {
    return Thread.ofPlatform().name("writer").daemon(true).start(() -> loop(deadlineNanos));
  }

  public Writes uploads() {
    return uploads;
  }

  public Writes edits() {
    return edits;
  }

  private void loop(long deadline) {
    long half = period.toNanos() / 2;
    long next = System.nanoTime();
    for (int n = 1; ; n++) {
      if (!sleepUntil(next, deadline)) {
        return;
      }
      upload(n);
      if (!sleepUntil(next + half, deadline)) {
        return;
      }
      edit(n);
      next += period.toNanos();
    }
  }

  private void upload(int n) {
    long t = System.nanoTime();
    String failure = null;
    try {
      Path doc = newDocument.apply(n);
      StaffUpload.Result r = StaffUpload.upload(port, token, doc.getFileName().toString(), Files.readAllBytes(doc),
          Duration.ofMinutes(2));
      if (r.status() / 100 != 2) {
        failure = "upload HTTP " + r.status() + ": " + r.body();
      }
    } catch (Exception e) {
      failure = "upload " + e;
    }
    uploads.record(System.nanoTime() - t, failure);
  }

  private void edit(int n) {
    String id = ids.get(random.nextInt(ids.size()));
    String body = "{\"signerRole\": \"Phó Bí thư (sửa thử " + n + ")\"}";
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents/" + id
            + "/meta"))
        .timeout(Duration.ofMinutes(2))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    long t = System.nanoTime();
    String failure = null;
    try {
      HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() / 100 != 2) {
        failure = "PATCH " + id + " HTTP " + r.statusCode() + ": " + r.body();
      }
    } catch (IOException e) {
      failure = "PATCH " + id + " " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    edits.record(System.nanoTime() - t, failure);
  }

  /** Sleeps until {@code at}; false when that is past the deadline or the thread is interrupted. */
  private static boolean sleepUntil(long at, long deadline) {
    if (at >= deadline) {
      return false;
    }
    long wait = at - System.nanoTime();
    try {
      if (wait > 0) {
        Thread.sleep(Duration.ofNanos(wait));
      }
      return !Thread.currentThread().isInterrupted();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
