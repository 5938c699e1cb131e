package io.vankien.web;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Accounts;
import io.vankien.auth.Sessions;
import io.vankien.index.Archive;
import io.vankien.meta.AccessLevel;
import io.vankien.index.IngestOptions;
import io.vankien.index.Ingester;
import io.vankien.search.BadRequestException;
import io.vankien.search.DocumentService;
import io.vankien.search.Json;
import io.vankien.search.SearchService;
import io.vankien.search.Suggester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The HTTP API and the web UI's static files, over one archive. Handlers are thin. */
public final class WebServer {
  private final Javalin app;

  /** A server with accounts only (no configured staff token), uploads internal unless stated. */
  public WebServer(Archive archive, Path webDir) {
    this(archive, webDir, null);
  }

  /**
   * @param staffToken a token that works as a national staff account's API token ({@code Authorization:
   *     Bearer ...}); null for none
   */
  public WebServer(Archive archive, Path webDir, String staffToken) {
    this(archive, webDir, staffToken, IngestOptions.DEFAULT_ACCESS, false);
  }

  /**
   * @param defaultAccess the level of an uploaded document that states none
   * @param secureCookies whether the session cookie is marked Secure (the service is reached over HTTPS)
   */
  public WebServer(Archive archive, Path webDir, String staffToken, AccessLevel defaultAccess,
      boolean secureCookies) {
    SearchService search = new SearchService(archive.searcher());
    DocumentService documents = new DocumentService(archive.searcher());
    AuditLog audit = new AuditLog(archive.dataDir());
    Accounts accounts = new Accounts(archive.dataDir());
    Sessions sessions = new Sessions();
    CallerResolver callers = new CallerResolver(accounts, sessions, staffToken);
    AuthHandlers auth = new AuthHandlers(accounts, sessions, audit, secureCookies);
    SearchHandlers searchHandlers = new SearchHandlers(search, new Suggester(archive.searcher()), audit);
    DocumentHandlers documentHandlers = new DocumentHandlers(documents, archive, audit);
    StaffHandlers staff = new StaffHandlers(
        Ingester.standard(archive, IngestOptions.defaults().withDefaultAccess(defaultAccess)), audit);
    this.app = Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.startup.showJavalinBanner = false;
      if (webDir != null && Files.isDirectory(webDir)) {
        config.staticFiles.add(webDir.toAbsolutePath().toString(), Location.EXTERNAL);
      }
      config.routes.before(callers::resolve);
      config.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok",
          "documents", search.as(CallerResolver.of(ctx).scope()).count(null))));
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
      config.routes.post("/api/documents", staff::upload);
      config.routes.patch("/api/documents/{id}/meta", staff::editMetadata);
      config.routes.delete("/api/documents/{id}", staff::delete);
      config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json")
          .result(WebServer.class.getResourceAsStream("openapi.json")));
      config.routes.exception(BadRequestException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
          .json(Map.of("error", e.getMessage(), "parameter", e.parameter())));
      config.routes.exception(UnauthorizedException.class, (e, ctx) -> ctx.status(HttpStatus.UNAUTHORIZED)
          .json(Map.of("error", e.getMessage())));
      config.routes.exception(ForbiddenException.class, (e, ctx) -> ctx.status(HttpStatus.FORBIDDEN)
          .json(Map.of("error", e.getMessage())));
      config.routes.exception(NotFoundException.class, (e, ctx) -> ctx.status(HttpStatus.NOT_FOUND)
          .json(Map.of("error", e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
          .json(Map.of("error", "internal error: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
      config.routes.error(404, ctx -> {
        String body = ctx.result();
        if (body == null || body.isEmpty() || !body.startsWith("{")) {
          ctx.json(Map.of("error", "not found: " + ctx.path()));
        }
      });
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
