package io.vankien.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.plugin.bundled.CorsPlugin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Accounts;
import io.vankien.auth.Caller;
import io.vankien.auth.Sessions;
import io.vankien.index.Archive;
import io.vankien.index.IngestOptions;
import io.vankien.index.Ingester;
import io.vankien.search.DocumentService;
import io.vankien.search.Json;
import io.vankien.search.SearchBackend;
import io.vankien.search.SearchRequest;
import io.vankien.search.SearchService;
import io.vankien.search.SearchTurns;
import io.vankien.search.Suggester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** The HTTP API and the web UI's static files, over one archive. Handlers are thin. */
public final class WebServer {
  private final Javalin app;

  /** A server with accounts only (no configured staff token), uploads internal unless stated. */
  public WebServer(Archive archive, Path webDir) throws IOException {
    this(archive, webDir, null);
  }

  /**
   * @param staffToken a token that works as a national staff account's API token ({@code Authorization:
   *     Bearer ...}); null for none
   */
  public WebServer(Archive archive, Path webDir, String staffToken) throws IOException {
    this(archive, webDir, staffToken, WebOptions.defaults());
  }

  /**
   * @param options upload limits, CORS origins, the default access level of uploads, cookie flags
   * @throws IOException when the upload folder {@code <data>/tmp} cannot be made or swept
   */
  public WebServer(Archive archive, Path webDir, String staffToken, WebOptions options) throws IOException {
    this(archive, webDir, staffToken, options, null);
  }

  /**
   * @param backend where reads are answered from: null for the archive itself (the default); a cluster's
   *     ({@code serve --cluster}) answers every reading route (originals from the archive's content store). The
   *     writes and the review queue work on the archive, which {@code serve --cluster} mirrors into the cluster
   *     ({@code ClusterMirror})
   */
  public WebServer(Archive archive, Path webDir, String staffToken, WebOptions options, SearchBackend backend)
      throws IOException {
    JettyStartup.prepare();
    UploadSpool spool = new UploadSpool(archive.dataDir().resolve("tmp"));
    int stale = spool.sweep(); // what a killed server left behind
    if (stale > 0) {
      LoggerFactory.getLogger(WebServer.class).info("removed {} stale upload file(s) from {}", stale, spool.dir());
    }
    SearchService search = new SearchService(archive.searcher(), SearchTurns.perCore());
    DocumentService documents = new DocumentService(archive.searcher());
    SearchBackend answers = backend == null ? SearchBackend.embedded(search, documents,
        new Suggester(archive.searcher()), new io.vankien.search.SymbolService(archive.searcher())) : backend;
    if (answers.embedded()) {
      warmUp(search);
    }
    AuditLog audit = new AuditLog(archive.dataDir());
    Accounts accounts = new Accounts(archive.dataDir());
    Sessions sessions = new Sessions();
    CallerResolver callers = new CallerResolver(accounts, sessions, staffToken);
    AuthHandlers auth = new AuthHandlers(accounts, sessions, audit, options.secureCookies(), () -> {
      try {
        return callers.staffActions();
      } catch (IOException e) {
        return true; // the accounts file unreadable: offer the actions, the server answers each request
      }
    });
    SearchHandlers searchHandlers = new SearchHandlers(answers, audit);
    DocumentHandlers documentHandlers = new DocumentHandlers(answers, archive, audit);
    SymbolHandlers symbolHandlers = new SymbolHandlers(answers, audit);
    Ingester ingester = Ingester.standard(archive, IngestOptions.defaults().withDefaultAccess(options.defaultAccess()));
    StaffHandlers staff = new StaffHandlers(ingester, new Uploads(ingester, spool, options, audit), audit, archive);
    ReviewHandlers review = new ReviewHandlers(new io.vankien.review.ReviewQueue(search), ingester,
        audit, archive);
    SavedHandlers saved = new SavedHandlers(new io.vankien.saved.SavedStore(archive.dataDir(), java.time.Clock.systemUTC()),
        answers);
    StoreAgreement storeCheck = new StoreAgreement(archive, java.time.Clock.systemUTC());
    HealthHandler health = new HealthHandler(answers, storeCheck, java.time.Clock.systemUTC());
    Metrics metrics = new Metrics(archive, storeCheck, answers);
    this.app = Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.startup.showJavalinBanner = false;
      config.jetty.multipartConfig.cacheDirectory(spool.dir().toString());
      config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadRequestBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB); // larger parts spill to <data>/tmp
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      if (!options.corsOrigins().isEmpty()) {
        config.registerPlugin(new CorsPlugin(cors -> cors.addRule(rule -> {
          options.corsOrigins().forEach(o -> rule.allowHost(o));
          rule.exposeHeader(ApiErrors.REQUEST_ID);
        })));
      }
      config.routes.before(RequestGuard::check);
      config.requestLogger.http(new RequestObserver(io.vankien.observe.JsonLog.stderr(), metrics));
      if (webDir != null && Files.isDirectory(webDir)) {
        config.staticFiles.add(webDir.toAbsolutePath().toString(), Location.EXTERNAL);
      }
      config.routes.before(callers::resolve);
      config.routes.get("/api/health", health::health);
      config.routes.get("/api/metrics", metrics::scrape);
      config.routes.post("/api/login", auth::login);
      config.routes.post("/api/logout", auth::logout);
      config.routes.get("/api/me", auth::me);
      config.routes.get("/api/audit", auth::audit);
      config.routes.get("/api/search", searchHandlers::search);
      config.routes.get("/api/export", searchHandlers::export);
      config.routes.get("/api/suggest", searchHandlers::suggest);
      config.routes.get("/api/stats", searchHandlers::stats);
      config.routes.get("/api/facets", searchHandlers::facets);
      config.routes.get("/api/stats/province-time", new ProvinceTimeHandler(answers)::table);
      config.routes.get("/api/documents/{id}", documentHandlers::show);
      config.routes.get("/api/documents/{id}/original", documentHandlers::original);
      config.routes.get("/api/documents/{id}/versions", documentHandlers::versions);
      config.routes.get("/api/documents/{id}/versions/{n}/original", documentHandlers::versionOriginal);
      config.routes.get("/api/documents/{id}/citations", symbolHandlers::citations);
      config.routes.get("/api/symbols", symbolHandlers::symbol);
      config.routes.get("/api/symbols/<symbol>", symbolHandlers::symbol);
      config.routes.get("/api/chains", symbolHandlers::chain);
      config.routes.get("/api/chains/<symbol>", symbolHandlers::chain);
      config.routes.post("/api/documents", staff::upload);
      config.routes.post("/api/documents/{id}/versions", staff::newVersion);
      config.routes.patch("/api/documents/{id}/meta", staff::editMetadata);
      config.routes.delete("/api/documents/{id}", staff::delete);
      config.routes.get("/api/review", review::list);
      config.routes.post("/api/review/edit", review::bulkEdit);
      config.routes.get("/api/saved", saved::list);
      config.routes.post("/api/saved/searches", saved::addSearch);
      config.routes.delete("/api/saved/searches/{id}", saved::deleteSearch);
      config.routes.post("/api/saved/bookmarks", saved::addBookmark);
      config.routes.delete("/api/saved/bookmarks/{id}", saved::deleteBookmark);
      config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json")
          .result(WebServer.class.getResourceAsStream("openapi.json")));
      ApiErrors.install(config);
    });
  }

  /**
   * Runs one search an anonymous caller could send, on a thread of its own, while Jetty starts on this one:
   * what the first request needs and every later one shares (the facet ordinals over every segment, the
   * public documents' facet counts, the search path's classes) is then read on the second core, not by the
   * first user. Its answer is dropped; a failure is left for that request to report.
   */
  private static void warmUp(SearchService search) {
    Thread.ofPlatform().daemon().name("vankien-warm-up").start(() -> {
      try {
        search.as(Caller.ANONYMOUS.scope()).search(SearchRequest.of(WARM_UP_QUERY));
      } catch (IOException | RuntimeException e) {
        LoggerFactory.getLogger(WebServer.class).debug("warm-up search failed", e);
      }
    });
  }

  /** Two common words: the word, phrase and facet paths all run. */
  private static final String WARM_UP_QUERY = "nghị quyết";

  public WebServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  /** Every route registered, as "GET /api/search", for the test that checks openapi.json against them. */
  java.util.List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(e -> e.endpoint.method.isHttpMethod())
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .toList();
  }

  public void stop() {
    app.stop();
  }
}
