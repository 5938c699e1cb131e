package io.vankien.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in browsers: a random session id (the cookie) to the account name and a CSRF token the page sends
 * back on every write. Held in memory: a restart signs everyone out. A session ends after {@link #IDLE}
 * without a request or {@link #MAX_AGE} after sign-in.
 */
public final class Sessions {
  public static final Duration IDLE = Duration.ofHours(2);
  public static final Duration MAX_AGE = Duration.ofHours(12);
  /** More live sessions than this and the oldest are dropped (a flood of logins cannot fill the heap). */
  static final int MAX_SESSIONS = 10_000;

  public record Session(String id, String account, String csrf, Instant created, Instant lastSeen) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  public Sessions() {
    this(Clock.systemUTC());
  }

  Sessions(Clock clock) {
    this.clock = clock;
  }

  public Session open(String account) {
    Instant now = clock.instant();
    if (sessions.size() >= MAX_SESSIONS) {
      sessions.values().removeIf(s -> expired(s, now));
      if (sessions.size() >= MAX_SESSIONS) {
        sessions.values().stream().min(java.util.Comparator.comparing(Session::lastSeen))
            .ifPresent(s -> sessions.remove(s.id()));
      }
    }
    Session s = new Session(secret(), account, secret(), now, now);
    sessions.put(s.id(), s);
    return s;
  }

  /** The live session with this id, its idle time restarted; empty when unknown or expired. */
  public Optional<Session> touch(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    Instant now = clock.instant();
    if (s == null) {
      return Optional.empty();
    }
    if (expired(s, now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    Session fresh = new Session(s.id(), s.account(), s.csrf(), s.created(), now);
    sessions.put(id, fresh);
    return Optional.of(fresh);
  }

  public void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  /** Ends every session of an account (password changed, account removed). */
  public void closeAll(String account) {
    sessions.values().removeIf(s -> s.account().equals(account));
  }

  private static boolean expired(Session s, Instant now) {
    return s.lastSeen().plus(IDLE).isBefore(now) || s.created().plus(MAX_AGE).isBefore(now);
  }

  private String secret() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
