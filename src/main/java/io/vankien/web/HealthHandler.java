package io.vankien.web;

import io.javalin.http.Context;
import io.vankien.search.SearchBackend;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/health}: up, the documents the caller may read, and whether the index and the store agree
 * ({@link StoreAgreement}: the last background check; {@code "checked": false} until the first one ends, a few
 * tenths of a second after the first health request). Status "degraded" (still 200: search answers) when an original is missing.
 * Counts only: no id, so it says nothing of documents the caller may not read.
 */
final class HealthHandler {
  private final SearchBackend search;
  private final StoreAgreement store;
  private final Clock clock;

  HealthHandler(SearchBackend search, StoreAgreement store, Clock clock) {
    this.search = search;
    this.store = store;
    this.clock = clock;
  }

  void health(Context ctx) throws Exception {
    Optional<StoreAgreement.Result> checked = store.current();
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("checked", checked.isPresent());
    checked.ifPresent(r -> {
      s.put("agree", r.agree());
      s.put("versions", r.versions());
      s.put("missingOriginals", r.missingOriginals());
      s.put("filesWithoutDocument", r.filesWithoutDocument());
      s.put("checkedAt", r.checkedAt().toString());
      s.put("ageSeconds", Duration.between(r.checkedAt(), clock.instant()).toSeconds());
    });
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", checked.map(r -> r.agree() ? "ok" : "degraded").orElse("ok"));
    body.put("documents", search.documents(CallerResolver.of(ctx).scope()));
    body.put("store", s);
    ctx.json(body);
  }
}
