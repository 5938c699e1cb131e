package io.vankien.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.plugin.bundled.CorsPlugin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Accounts;
import io.vankien.auth.Sessions;
import io.vankien.index.Archive;
import io.vankien.index.IngestOptions;
import io.vankien.index.Ingester;
import io.vankien.search.DocumentService;
import io.vankien.search.Json;
import io.vankien.search.SearchService;
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
    UploadSpool spool = new UploadSpool(archive.dataDir().resolve("tmp"));
    int stale = spool.sweep(); // what a killed server left behind
    if (stale > 0) {
      LoggerFactory.getLogger(WebServer.class).info("removed {} stale upload file(s) from {}", stale, spool.dir());
    }
    SearchService search = new SearchService(archive.searcher());
    DocumentService documents = new DocumentService(archive.searcher());
    AuditLog audit = new AuditLog(archive.dataDir());
    Accounts accounts = new Accounts(archive.dataDir());
    Sessions sessions = new Sessions();
    CallerResolver callers = new CallerResolver(accounts, sessions, staffToken);
    AuthHandlers auth = new AuthHandlers(accounts, sessions, audit, options.secureCookies());
    SearchHandlers searchHandlers = new SearchHandlers(search, new Suggester(archive.searcher()), audit);
    DocumentHandlers documentHandlers = new DocumentHandlers(documents, archive, audit);
    Ingester ingester = Ingester.standard(archive, IngestOptions.defaults().withDefaultAccess(options.defaultAccess()));
    StaffHandlers staff = new StaffHandlers(ingester, new Uploads(ingester, spool, options, audit), audit, archive);
    StoreAgreement storeCheck = new StoreAgreement(archive, java.time.Clock.systemUTC());
    HealthHandler health = new HealthHandler(search, storeCheck, java.time.Clock.systemUTC());
    Metrics metrics = new Metrics(archive, storeCheck);
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
      config.routes.get("/api/documents/{id}", documentHandlers::show);
      config.routes.get("/api/documents/{id}/original", documentHandlers::original);
      config.routes.get("/api/documents/{id}/versions", documentHandlers::versions);
      config.routes.get("/api/documents/{id}/versions/{n}/original", documentHandlers::versionOriginal);
      config.routes.post("/api/documents", staff::upload);
      config.routes.post("/api/documents/{id}/versions", staff::newVersion);
      config.routes.patch("/api/documents/{id}/meta", staff::editMetadata);
      config.routes.delete("/api/documents/{id}", staff::delete);
      config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json")
          .result(WebServer.class.getResourceAsStream("openapi.json")));
      ApiErrors.install(config);
    });
  }

  public WebServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }
}
