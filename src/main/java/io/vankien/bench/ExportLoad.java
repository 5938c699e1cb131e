package io.vankien.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Researchers exporting while others search: {@code exports} clients each asking {@code GET /api/export} (JSON
 * lines) of one query's matches, reading the whole answer and asking again, until {@link #close}. What the
 * server's searches keep of their latency beside them is the figure ({@link ScaleBenchmark}).
 */
public final class ExportLoad implements AutoCloseable {
  /** A word most documents hold: an export of tens of thousands of rows. */
  public static final String QUERY = "ngân sách";

  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong finished = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final List<Thread> threads = new ArrayList<>();
  private final long start = System.nanoTime();

  private ExportLoad(int port, int exports) {
    URI uri = URI.create("http://127.0.0.1:" + port + "/api/export?format=jsonl&q="
        + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
    for (int i = 0; i < exports; i++) {
      threads.add(Thread.ofPlatform().name("export-client-" + i).daemon(true).start(() -> exportAgain(uri)));
    }
  }

  /** {@code exports} clients exporting from the server on 127.0.0.1:{@code port}, from now on. */
  public static ExportLoad start(int port, int exports) {
    return new ExportLoad(port, exports);
  }

  private void exportAgain(URI uri) {
    HttpClient client = HttpSearchTarget.loopbackClient();
    byte[] buf = new byte[1 << 16];
    while (!stop.get()) {
      try {
        HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(uri).GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
          for (int n = in.read(buf); n > 0 && !stop.get(); n = in.read(buf)) {
            bytes.addAndGet(n);
          }
        }
        if (r.statusCode() == 200) {
          finished.incrementAndGet();
        } else {
          failed.incrementAndGet();
          Thread.sleep(1000);
        }
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        if (!stop.get()) {
          failed.incrementAndGet();
        }
      }
    }
  }

  /** Megabytes of export answers read a second since the start. */
  public double megabytesPerSecond() {
    return bytes.get() / 1e6 / ((System.nanoTime() - start) / 1e9);
  }

  /** Exports read to their end with status 200. */
  public long finished() {
    return finished.get();
  }

  /** Exports answered with another status, or broken off, before {@link #close}. */
  public long failed() {
    return failed.get();
  }

  /** Stops the clients (an export being read is broken off). */
  @Override
  public void close() {
    stop.set(true);
    threads.forEach(Thread::interrupt);
  }
}
