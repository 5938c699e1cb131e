package io.vankien.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #FREE_FAILURES} failed sign-ins for one account name from one
 * address, each further try waits twice as long as the one before (from 2 s, at most {@link #MAX_WAIT}); a
 * success clears the count. Keys expire after {@link #MAX_WAIT} without a failure.
 */
public final class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 100_000;

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the caller must still wait before trying this name again (zero: go ahead). */
  public Duration wait(String name, String address) {
    Failures f = failures.get(key(name, address));
    if (f == null || f.count() < FREE_FAILURES) {
      return Duration.ZERO;
    }
    Duration wait = Duration.ofSeconds(2).multipliedBy(1L << Math.min(20, f.count() - FREE_FAILURES));
    wait = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    Duration left = Duration.between(clock.instant(), f.last().plus(wait));
    return left.isNegative() ? Duration.ZERO : left;
  }

  public void failed(String name, String address) {
    Instant now = clock.instant();
    if (failures.size() >= MAX_KEYS) {
      failures.values().removeIf(f -> f.last().plus(MAX_WAIT).isBefore(now));
    }
    failures.merge(key(name, address), new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
  }

  public void succeeded(String name, String address) {
    failures.remove(key(name, address));
  }

  private static String key(String name, String address) {
    return String.valueOf(name).toLowerCase(java.util.Locale.ROOT) + "\u0000" + address;
  }
}
