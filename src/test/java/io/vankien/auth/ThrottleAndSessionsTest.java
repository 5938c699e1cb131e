package io.vankien.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottleAndSessionsTest {
  /** A clock the test moves. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void guessesSlowDownAfterFiveFailures() {
    Hands clock = new Hands();
    LoginThrottle t = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertEquals(Duration.ZERO, t.wait("can-bo", "10.0.0.1"));
      t.failed("can-bo", "10.0.0.1");
    }
    assertEquals(Duration.ofSeconds(2), t.wait("can-bo", "10.0.0.1"));
    assertEquals(Duration.ZERO, t.wait("can-bo", "10.0.0.2"), "another address is not slowed");
    t.failed("can-bo", "10.0.0.1");
    assertEquals(Duration.ofSeconds(4), t.wait("CAN-BO", "10.0.0.1"));
    clock.now = clock.now.plusSeconds(4);
    assertEquals(Duration.ZERO, t.wait("can-bo", "10.0.0.1"));
    for (int i = 0; i < 30; i++) {
      t.failed("can-bo", "10.0.0.1");
    }
    assertEquals(LoginThrottle.MAX_WAIT, t.wait("can-bo", "10.0.0.1"));
    t.succeeded("can-bo", "10.0.0.1");
    assertEquals(Duration.ZERO, t.wait("can-bo", "10.0.0.1"));
  }

  @Test
  void sessionsEndWhenIdleOrOld() {
    Hands clock = new Hands();
    Sessions s = new Sessions(clock);
    Sessions.Session a = s.open("can-bo");
    assertTrue(a.id().length() >= 40 && !a.id().equals(a.csrf()));
    clock.now = clock.now.plus(Sessions.IDLE.minusMinutes(1));
    assertTrue(s.touch(a.id()).isPresent());
    clock.now = clock.now.plus(Sessions.IDLE.minusMinutes(1));
    assertTrue(s.touch(a.id()).isPresent(), "each request restarts the idle time");
    clock.now = clock.now.plus(Sessions.IDLE.plusMinutes(1));
    assertTrue(s.touch(a.id()).isEmpty(), "idle too long");
    Sessions.Session b = s.open("can-bo");
    for (int i = 0; i < 13; i++) {
      clock.now = clock.now.plus(Duration.ofHours(1));
      s.touch(b.id());
    }
    assertTrue(s.touch(b.id()).isEmpty(), "older than " + Sessions.MAX_AGE);
    Sessions.Session c = s.open("can-bo");
    s.closeAll("can-bo");
    assertTrue(s.touch(c.id()).isEmpty());
  }
}
