package io.vankien.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.plugin.bundled.CorsPlugin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
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
import java.util.Map;
import org.slf4j.LoggerFactory;

/** The HTTP API and the web UI's static files, over one archive. Handlers are thin. */
public final class WebServer {
  private final Javalin app;

  /** A server with the staff write endpoints disabled. */
  public WebServer(Archive archive, Path webDir) throws IOException {
    this(archive, webDir, null);
  }

  /**
   * @param staffToken the token staff send as {@code Authorization: Bearer ...} to upload, edit and
   *     delete; null disables those endpoints
   */
  public WebServer(Archive archive, Path webDir, String staffToken) throws IOException {
    this(archive, webDir, staffToken, WebOptions.defaults());
  }

  /**
   * @param options upload limits and CORS origins
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
    SearchHandlers searchHandlers = new SearchHandlers(search, new Suggester(archive.searcher()));
    DocumentHandlers documentHandlers = new DocumentHandlers(documents, archive);
    Ingester ingester = Ingester.standard(archive, IngestOptions.defaults());
    StaffHandlers staff = new StaffHandlers(ingester, new Uploads(ingester, spool, options), staffToken);
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
      if (webDir != null && Files.isDirectory(webDir)) {
        config.staticFiles.add(webDir.toAbsolutePath().toString(), Location.EXTERNAL);
      }
      config.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok",
          "documents", search.count(null))));
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
