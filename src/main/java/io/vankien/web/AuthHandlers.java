package io.vankien.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.vankien.audit.AuditLog;
import io.vankien.auth.Account;
import io.vankien.auth.Accounts;
import io.vankien.auth.Caller;
import io.vankien.auth.LoginThrottle;
import io.vankien.auth.Role;
import io.vankien.auth.Sessions;
import io.vankien.search.BadRequestException;
import io.vankien.search.Json;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** /api/login, /api/logout, /api/me, and the audit log for admins (/api/audit). */
final class AuthHandlers {
  private final Accounts accounts;
  private final Sessions sessions;
  private final LoginThrottle throttle = new LoginThrottle();
  private final AuditLog audit;
  private final boolean secureCookies;

  /** Whether staff actions are possible on this server at all (see {@link CallerResolver#staffActions}). */
  private final java.util.function.BooleanSupplier staffActions;

  AuthHandlers(Accounts accounts, Sessions sessions, AuditLog audit, boolean secureCookies,
      java.util.function.BooleanSupplier staffActions) {
    this.staffActions = staffActions;
    this.accounts = accounts;
    this.sessions = sessions;
    this.audit = audit;
    this.secureCookies = secureCookies;
  }

  /** Body {"name": ..., "password": ...} as JSON: a session cookie and the CSRF token for writes. */
  void login(Context ctx) throws Exception {
    if (!String.valueOf(ctx.contentType()).startsWith("application/json")) {
      throw new BadRequestException("body", "hãy gửi “{\"name\": ..., \"password\": ...}” dạng “application/json”");
    }
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.body());
    } catch (Exception e) {
      throw new BadRequestException("body", "không phải JSON hợp lệ");
    }
    if (body == null || !body.path("name").isTextual() || !body.path("password").isTextual()) {
      throw new BadRequestException("body", "hãy gửi “{\"name\": ..., \"password\": ...}”");
    }
    String name = body.get("name").asText().strip();
    String shown = name.length() > 64 ? name.substring(0, 64) : name; // as the audit log records it
    String from = ctx.ip();
    Duration wait = throttle.wait(name, from);
    if (!wait.isZero()) {
      audit.record("login-throttled", shown, null, from, null, null);
      ctx.header("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
      ctx.status(HttpStatus.TOO_MANY_REQUESTS).json(Map.of("error",
          "đăng nhập sai quá nhiều lần với tên này; hãy thử lại sau " + Math.max(1, wait.toSeconds()) + " giây",
          "code", "too-many-sign-ins"));
      return;
    }
    Optional<Account> a = accounts.authenticate(name, body.get("password").asText().toCharArray());
    if (a.isEmpty()) {
      throttle.failed(name, from);
      audit.record("login-failed", shown, null, from, null, null);
      throw new UnauthorizedException("Sai tên đăng nhập hoặc mật khẩu.");
    }
    throttle.succeeded(name, from);
    CallerResolver.sessionOf(ctx).ifPresent(s -> sessions.close(s.id())); // a new id at every sign-in
    Sessions.Session s = sessions.open(a.get().name());
    Cookie cookie = new Cookie(CallerResolver.COOKIE, s.id(), "/", (int) Sessions.MAX_AGE.toSeconds(),
        secureCookies, true, null, SameSite.STRICT);
    ctx.cookie(cookie);
    audit.record("login", a.get().name(), a.get().role().code(), from, null, null);
    ctx.json(me(Caller.of(a.get(), "session"), s.csrf()));
  }

  void logout(Context ctx) throws Exception {
    Caller c = CallerResolver.of(ctx);
    CallerResolver.sessionOf(ctx).ifPresent(s -> sessions.close(s.id()));
    ctx.removeCookie(CallerResolver.COOKIE, "/");
    if (!c.isAnonymous()) {
      audit.record("logout", c.name(), c.role().code(), ctx.ip(), null, null);
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }

  /** Who the caller is, with the CSRF token of its session. */
  void me(Context ctx) throws java.io.IOException {
    Caller c = CallerResolver.of(ctx);
    Map<String, Object> m = me(c, CallerResolver.sessionOf(ctx).map(Sessions.Session::csrf).orElse(null));
    m.put("staffActions", staffActions.getAsBoolean());
    ctx.json(m);
  }

  private static Map<String, Object> me(Caller c, String csrf) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("role", c.role().code());
    m.put("provinces", c.provinces());
    m.put("via", c.via());
    m.put("csrfToken", csrf);
    return m;
  }

  /** The last events of the audit log (admins only), newest last. */
  void audit(Context ctx) throws Exception {
    CallerResolver.require(ctx, Role.ADMIN);
    int limit = RequestParams.integer(ctx, "limit", 200);
    if (limit < 1 || limit > 10_000) {
      throw new BadRequestException("limit", "phải từ 1 đến 10000, không phải " + limit);
    }
    JsonAnswer.write(ctx, Map.of("events", audit.tail(limit)));
  }
}
