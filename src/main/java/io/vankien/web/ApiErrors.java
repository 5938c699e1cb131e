package io.vankien.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.vankien.search.BadRequestException;
import io.vankien.search.SearchTurns;
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
 * Every error as the API's JSON, {@code {"error": ..., "code": ...}}: {@code error} is the message a user
 * reads, in Vietnamese (a 400's names the parameter, which {@code parameter} gives as the API spells it);
 * {@code code} is a stable English code for programs. 4xx say what to fix; a 5xx says only that the server
 * failed and a request id, and the server log has that id with the stack trace. Every response carries its
 * request id in {@code X-Request-Id}.
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
        .json(badRequest(e)));
    config.routes.exception(UnauthorizedException.class, (e, ctx) -> answer(ctx, HttpStatus.UNAUTHORIZED, e.getMessage()));
    config.routes.exception(ForbiddenException.class, (e, ctx) -> answer(ctx, HttpStatus.FORBIDDEN, e.getMessage()));
    config.routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 500) {
        internal(ctx, e);
        return;
      }
      Map<String, Object> body = new LinkedHashMap<>();
      // Javalin's own (an unknown endpoint, a method a path does not take) are English: said here instead
      body.put("error", switch (e.getStatus()) {
        case 404 -> notFound(ctx);
        case 405 -> "Địa chỉ " + ctx.path() + " không nhận phương thức " + ctx.method() + ".";
        default -> e.getMessage();
      });
      body.put("code", code(e.getStatus()));
      body.putAll(e.getDetails());
      ctx.status(e.getStatus()).json(body);
    });
    config.routes.exception(SearchTurns.Busy.class, (e, ctx) -> {
      ctx.header("Retry-After", "5");
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", e.getMessage(), "code", code(503)));
    });
    config.routes.exception(io.vankien.cluster.QueryNotOnCluster.class, (e, ctx) -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", e.getMessage());
      body.put("code", code(501));
      body.put("parameter", "q");
      ctx.status(501).json(body);
    });
    config.routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
    config.router.javaLangErrorHandler(ApiErrors::internal);
    config.routes.error(404, ctx -> {
      String body = ctx.result();
      if (body == null || body.isEmpty() || !body.startsWith("{")) {
        ctx.json(Map.of("error", notFound(ctx), "code", "not-found"));
      }
    });
  }

  private static String notFound(Context ctx) {
    return "Không có trang hay địa chỉ " + ctx.path() + " trên máy chủ này.";
  }

  private static void answer(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(Map.of("error", message, "code", code(status.getCode())));
  }

  /** A 400's body: the Vietnamese message, its code, the parameter, and for a malformed query the query fixed. */
  static Map<String, Object> badRequest(BadRequestException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", e.getMessage());
    body.put("code", e.code());
    body.put("parameter", e.parameter());
    if (e.retry() != null) {
      body.put("retry", e.retry());
    }
    return body;
  }

  /** The stable code of an error status (a 400 has its own, more precise). */
  static String code(int status) {
    return switch (status) {
      case 400 -> BadRequestException.INVALID;
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 409 -> "conflict";
      case 413 -> "too-large";
      case 414 -> "uri-too-long";
      case 422 -> "unprocessable";
      case 429 -> "too-many-requests";
      case 431 -> "headers-too-large";
      case 501 -> "not-on-cluster"; // serve --cluster: a query the cluster's DSL has no form for (QueryNotOnCluster)
      case 503 -> "busy";
      default -> status >= 500 ? "internal" : "error-" + status;
    };
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
    return Map.of("error", "Máy chủ gặp lỗi khi xử lý yêu cầu này (mã tra cứu " + requestId
        + "); hãy thử lại hoặc báo quản trị viên kèm mã này.", "code", "internal", "requestId", requestId);
  }
}
