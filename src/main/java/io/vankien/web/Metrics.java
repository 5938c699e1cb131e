package io.vankien.web;

import io.javalin.http.Context;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import io.vankien.auth.Role;
import io.vankien.index.Archive;
import io.vankien.index.ReadScope;
import io.vankien.meta.AccessLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code GET /api/metrics}: Prometheus text format, from the Prometheus Java client. Requests by route template
 * and status, their latency, the index (documents, by access level, bytes), uploads, the last CLI ingest's
 * report, the store check ({@link StoreAgreement}, its last result: a scrape starts none), JVM memory.
 *
 * <p>Admin only (a session or an API token): behind a reverse proxy every caller comes from loopback, so the
 * peer address says nothing. The request counters are built at the first request, the rest at the first
 * scrape; nothing at start-up.
 */
final class Metrics {
  /** Latency buckets, in seconds: a search answers in milliseconds, an export or an OCR upload in seconds. */
  private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

  private final Archive archive;
  private final StoreAgreement store;
  /** Counts the documents: the archive's own index, or a cluster's ({@code serve --cluster}). */
  private final io.vankien.search.SearchBackend documents;
  private volatile Registry registry;
  private boolean gauges; // registered at the first scrape (guarded by this)

  private record Registry(PrometheusRegistry prometheus, Counter requests, Histogram latency, Counter uploads) {}

  Metrics(Archive archive, StoreAgreement store, io.vankien.search.SearchBackend documents) {
    this.archive = archive;
    this.store = store;
    this.documents = documents;
  }

  private Registry registry() {
    Registry r = registry;
    if (r == null) {
      synchronized (this) {
        r = registry;
        if (r == null) {
          r = build();
          registry = r;
        }
      }
    }
    return r;
  }

  private Registry build() {
    PrometheusRegistry p = new PrometheusRegistry();
    Counter requests = Counter.builder().name("vankien_http_requests_total")
        .help("HTTP requests by route template, method and status").labelNames("route", "method", "status")
        .withoutExemplars().register(p);
    Histogram latency = Histogram.builder().name("vankien_http_request_duration_seconds").unit(Unit.SECONDS)
        .help("HTTP request time, by route template and method").labelNames("route", "method")
        .classicOnly().classicUpperBounds(BUCKETS).withoutExemplars().register(p);
    Counter uploads = Counter.builder().name("vankien_uploads_total")
        .help("Staff uploads (new documents and new versions) by outcome: stored, refused (4xx), failed (5xx)")
        .labelNames("outcome").withoutExemplars().register(p);
    return new Registry(p, requests, latency, uploads);
  }

  /** What is read at a scrape only: registered then, not at the first request (the first answer waits less). */
  private synchronized PrometheusRegistry withGauges() {
    PrometheusRegistry p = registry().prometheus();
    if (gauges) {
      return p;
    }
    gauges = true;
    GaugeWithCallback.builder().name("vankien_index_documents").help("Documents in the index")
        .callback(cb -> cb.call(count(null))).register(p);
    GaugeWithCallback.builder().name("vankien_index_documents_by_access")
        .help("Documents in the index by access level").labelNames("level")
        .callback(cb -> {
          for (AccessLevel l : AccessLevel.values()) {
            cb.call(count(l), l.code());
          }
        }).register(p);
    GaugeWithCallback.builder().name("vankien_index_size_bytes").unit(Unit.BYTES)
        .help("Bytes of the Lucene index (lucene/)").callback(cb -> cb.call(folderBytes(archive.dataDir().resolve("lucene"))))
        .register(p);
    GaugeWithCallback.builder().name("vankien_store_missing_originals")
        .help("Versions named by the index whose original is not in store/ (last store check; none yet: absent)")
        .callback(cb -> Optional.ofNullable(store.lastOrNull()).ifPresent(s -> cb.call(s.missingOriginals())))
        .register(p);
    GaugeWithCallback.builder().name("vankien_store_files_without_document")
        .help("Files in store/ of no version in the index (last store check; none yet: absent)")
        .callback(cb -> Optional.ofNullable(store.lastOrNull()).ifPresent(s -> cb.call(s.filesWithoutDocument())))
        .register(p);
    GaugeWithCallback.builder().name("vankien_ingest_last_run_files")
        .help("Files of the last command-line ingest (its report in reports/), by outcome").labelNames("outcome")
        .callback(cb -> LastIngestReport.read(archive.dataDir()).ifPresent(r -> r.counts().forEach(
            (outcome, n) -> cb.call(n, outcome))))
        .register(p);
    GaugeWithCallback.builder().name("vankien_ingest_last_run_timestamp_seconds")
        .help("When the last command-line ingest wrote its report (Unix time)")
        .callback(cb -> LastIngestReport.read(archive.dataDir()).ifPresent(r -> cb.call(r.epochSeconds())))
        .register(p);
    JvmMemoryMetrics.builder().register(p);
    return p;
  }

  /** Counts one answered request (called for every request, after its answer). */
  void request(String route, String method, int status, double seconds) {
    Registry r = registry();
    r.requests().labelValues(route, method, String.valueOf(status)).inc();
    r.latency().labelValues(route, method).observe(seconds);
    if ("POST".equals(method) && (route.equals("/api/documents") || route.equals("/api/documents/{id}/versions"))) {
      r.uploads().labelValues(status < 300 ? "stored" : status < 500 ? "refused" : "failed").inc();
    }
  }

  /** The handler. */
  void scrape(Context ctx) throws IOException {
    CallerResolver.require(ctx, Role.ADMIN);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, withGauges().scrape());
    ctx.contentType(PrometheusTextFormatWriter.CONTENT_TYPE).result(out.toByteArray());
  }

  /** Every document (level null), or every document of one level, whatever the caller may read. */
  private long count(AccessLevel level) {
    try {
      return level == null ? documents.documents(ReadScope.EVERYTHING) : documents.documentsAt(level);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long folderBytes(Path dir) {
    long sum = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        if (Files.isRegularFile(f)) {
          sum += Files.size(f);
        }
      }
    } catch (IOException e) {
      // a file merged away while listed: the next scrape counts again
    }
    return sum;
  }
}
