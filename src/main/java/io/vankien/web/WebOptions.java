package io.vankien.web;

import io.vankien.index.IngestOptions;
import io.vankien.meta.AccessLevel;
import java.time.Duration;
import java.util.List;

/**
 * Limits and openings of the HTTP service.
 *
 * @param maxUploadBytes the largest file an upload may carry (the ingest's file limit); one request
 *     carries at most this plus {@link #FORM_FIELDS_BYTES} for its other fields
 * @param concurrentUploads uploads received and extracted at once; more wait up to {@code uploadWait},
 *     then get 503 with Retry-After
 * @param uploadWait how long an upload waits for its turn
 * @param corsOrigins origins (scheme://host[:port]) whose pages may call the API from a browser; empty:
 *     none (no CORS headers at all)
 * @param defaultAccess the level of an uploaded document that states none
 * @param secureCookies whether the session cookie is marked Secure (users reach the service over HTTPS)
 */
public record WebOptions(long maxUploadBytes, int concurrentUploads, Duration uploadWait, List<String> corsOrigins,
    AccessLevel defaultAccess, boolean secureCookies) {
  /** Room in an upload request for its non-file fields (the metadata JSON) and multipart framing. */
  public static final long FORM_FIELDS_BYTES = 1L << 20;
  /** The largest metadata JSON accepted (upload field "meta", PATCH body). */
  public static final int MAX_META_BYTES = 64 << 10;

  public WebOptions {
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("maxUploadBytes must be positive, got " + maxUploadBytes);
    }
    if (concurrentUploads < 1) {
      throw new IllegalArgumentException("concurrentUploads must be at least 1, got " + concurrentUploads);
    }
    uploadWait = uploadWait == null ? Duration.ZERO : uploadWait;
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    defaultAccess = defaultAccess == null ? IngestOptions.DEFAULT_ACCESS : defaultAccess;
  }

  /** Options with the default access level of new ingests and cookies not marked Secure. */
  public WebOptions(long maxUploadBytes, int concurrentUploads, Duration uploadWait, List<String> corsOrigins) {
    this(maxUploadBytes, concurrentUploads, uploadWait, corsOrigins, IngestOptions.DEFAULT_ACCESS, false);
  }

  public static WebOptions defaults() {
    return new WebOptions(IngestOptions.defaults().maxFileBytes(),
        Math.max(1, Runtime.getRuntime().availableProcessors() / 2), Duration.ofSeconds(5), List.of(),
        IngestOptions.DEFAULT_ACCESS, false);
  }

  public WebOptions withCorsOrigins(List<String> origins) {
    return new WebOptions(maxUploadBytes, concurrentUploads, uploadWait, origins, defaultAccess, secureCookies);
  }

  public WebOptions withDefaultAccess(AccessLevel level) {
    return new WebOptions(maxUploadBytes, concurrentUploads, uploadWait, corsOrigins, level, secureCookies);
  }

  public WebOptions withSecureCookies(boolean secure) {
    return new WebOptions(maxUploadBytes, concurrentUploads, uploadWait, corsOrigins, defaultAccess, secure);
  }

  /** The largest upload request: the file plus the form's other fields. */
  public long maxUploadRequestBytes() {
    return maxUploadBytes + FORM_FIELDS_BYTES;
  }
}
