package io.vankien.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vankien.auth.Account;
import io.vankien.auth.Accounts;
import io.vankien.auth.Caller;
import io.vankien.auth.Role;
import io.vankien.auth.Sessions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who sent a request, before any handler runs: {@code Authorization: Bearer <token>} (an account's API token,
 * or the configured staff token), else the session cookie, else nobody. A bearer token that is not valid is
 * a 401 (never silently anonymous); a session cookie that expired is anonymous. Writes by session must carry
 * the session's CSRF token in {@value #CSRF_HEADER} (the cookie alone is not enough).
 */
final class CallerResolver {
  static final String COOKIE = "vankien_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String ATTRIBUTE = "vankien.caller";
  private static final String SESSION = "vankien.session";

  private final Accounts accounts;
  private final Sessions sessions;
  private final String staffToken;

  CallerResolver(Accounts accounts, Sessions sessions, String staffToken) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.staffToken = staffToken == null || staffToken.isBlank() ? null : staffToken.strip();
  }

  /**
   * Whether anyone could write here: a staff token is configured or an account may upload and edit. When
   * not, the UI hides its staff actions (the upload page says how to turn them on).
   */
  boolean staffActions() throws java.io.IOException {
    return staffToken != null || accounts.list().stream().anyMatch(a -> a.role().atLeast(Role.STAFF));
  }

  /** The before-handler: resolves the caller and keeps it on the context. */
  void resolve(Context ctx) throws Exception {
    ctx.attribute(ATTRIBUTE, caller(ctx));
  }

  /** The caller the before-handler resolved (anonymous when it did not run). */
  static Caller of(Context ctx) {
    Caller c = ctx.attribute(ATTRIBUTE);
    return c == null ? Caller.ANONYMOUS : c;
  }

  /** The caller's session, when signed in by cookie. */
  static Optional<Sessions.Session> sessionOf(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION));
  }

  /** The caller, when at least {@code role}: else 401 (anonymous) or 403 (signed in, too low a role). */
  static Caller require(Context ctx, Role role) {
    Caller c = of(ctx);
    if (c.isAnonymous()) {
      throw new UnauthorizedException("Việc này cần đăng nhập với quyền " + Roles.vietnamese(role)
          + ", hoặc gửi mã truy cập (“Authorization: Bearer <mã>”).");
    }
    if (!c.role().atLeast(role)) {
      throw new ForbiddenException("Việc này cần quyền " + Roles.vietnamese(role) + "; tài khoản " + c.name()
          + " chỉ có quyền " + Roles.vietnamese(c.role()) + ".");
    }
    return c;
  }

  private Caller caller(Context ctx) throws Exception {
    String h = ctx.header("Authorization");
    if (h != null) {
      if (!h.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw new UnauthorizedException("Tiêu đề Authorization phải có dạng “Bearer <mã truy cập>”.");
      }
      String token = h.substring(7).strip();
      if (staffToken != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
          staffToken.getBytes(StandardCharsets.UTF_8))) {
        return Caller.staffToken();
      }
      Optional<Account> a = token.isEmpty() ? Optional.empty() : accounts.byToken(token);
      return a.map(x -> Caller.of(x, "token"))
          .orElseThrow(() -> new UnauthorizedException("Mã truy cập không đúng (không có hoặc đã bị thu hồi)."));
    }
    String id = ctx.cookie(COOKIE);
    if (id == null) {
      return Caller.ANONYMOUS;
    }
    Optional<Sessions.Session> s = sessions.touch(id);
    Optional<Account> a = s.isEmpty() ? Optional.empty() : accounts.find(s.get().account());
    if (a.isEmpty()) {
      sessions.close(id);
      ctx.removeCookie(COOKIE, "/");
      return Caller.ANONYMOUS;
    }
    if (isWrite(ctx.method()) && !ctx.path().equals("/api/login")) {
      String csrf = ctx.header(CSRF_HEADER);
      if (csrf == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
          s.get().csrf().getBytes(StandardCharsets.UTF_8))) {
        throw new ForbiddenException("Trình duyệt đã đăng nhập phải gửi kèm mã chống giả mạo của phiên (tiêu đề “"
            + CSRF_HEADER + "”); hãy tải lại trang.");
      }
    }
    ctx.attribute(SESSION, s.get());
    return Caller.of(a.get(), "session");
  }

  private static boolean isWrite(HandlerType method) {
    return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
  }
}
