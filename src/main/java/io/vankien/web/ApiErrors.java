package io.vankien.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.vankien.search.BadRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error as the API's JSON, {@code {"error": ...}}: 4xx say what to fix; a 5xx says only "internal
 * error" and a request id, and the server log has that id with the stack trace. Every response carries
 * its request id in {@code X-Request-Id}.
 */
final class ApiErrors {
  static final String REQUEST_ID = "X-Request-Id";
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  static String newRequestId() {
    return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
  }

  /** The request id of this request (assigned by {@link #assignRequestId} before anything else). */
  static String requestId(Context ctx) {
    String id = ctx.res().getHeader(REQUEST_ID);
    if (id == null) {
      id = newRequestId();
      ctx.header(REQUEST_ID, id);
    }
    return id;
  }

  static void assignRequestId(Context ctx) {
    ctx.header(REQUEST_ID, newRequestId());
  }

  static void install(JavalinConfig config) {
    config.routes.exception(BadRequestException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
        .json(Map.of("error", e.getMessage(), "parameter", e.parameter())));
    config.routes.exception(UnauthorizedException.class, (e, ctx) -> answer(ctx, HttpStatus.UNAUTHORIZED, e.getMessage()));
    config.routes.exception(ForbiddenException.class, (e, ctx) -> answer(ctx, HttpStatus.FORBIDDEN, e.getMessage()));
    config.routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 500) {
        internal(ctx, e);
        return;
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", e.getMessage());
      body.putAll(e.getDetails());
      ctx.status(e.getStatus()).json(body);
    });
    config.routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
    config.router.javaLangErrorHandler(ApiErrors::internal);
    config.routes.error(404, ctx -> {
      String body = ctx.result();
      if (body == null || body.isEmpty() || !body.startsWith("{")) {
        ctx.json(Map.of("error", "not found: " + ctx.path()));
      }
    });
  }

  private static void answer(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }

  /** A 500: logged with its request id and stack trace; the answer names neither the exception nor its message. */
  private static void internal(Context ctx, Throwable e) {
    String id = requestId(ctx);
    LOG.error("request {} failed: {} {}", id, ctx.method(), ctx.path(), e);
    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(body(id));
  }

  /** An Error (StackOverflowError, OutOfMemoryError) from a handler: as a 500, with what the response allows. */
  private static void internal(HttpServletResponse res, Error e) {
    String id = res.getHeader(REQUEST_ID);
    if (id == null) {
      id = newRequestId();
    }
    LOG.error("request {} failed", id, e);
    if (res.isCommitted()) {
      return;
    }
    try {
      res.reset();
      res.setHeader(REQUEST_ID, id);
      SecurityHeaders.all().forEach(res::setHeader);
      res.setStatus(500);
      res.setContentType("application/json");
      res.getOutputStream().write(io.vankien.search.Json.write(body(id)).getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException ignored) {
      // the client is gone; the log has it
    }
  }

  static Map<String, String> body(String requestId) {
    return Map.of("error", "internal error", "requestId", requestId);
  }
}
