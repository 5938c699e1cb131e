package io.vankien.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: requests are due at a fixed rate whatever the answers take, and sent by at most
 * {@code connections} threads (wrk2's model). Request {@code k} of the schedule is due at {@code start + k /
 * rate}; a free thread takes the next one, waits until it is due, sends it, and records its latency from the time
 * it was due, not from the time it was sent: a request that waited for a free connection because the server fell
 * behind counts that wait (no coordinated omission, which a closed loop such as {@link LoadGenerator} has by
 * construction: there, a slow server is asked less often). Latency at a given offered rate is what a latency target
 * means for a service whose users do not wait for each other.
 *
 * <p>Requests due in the warm-up are sent but not recorded; those due in the timed window are all recorded, so
 * the count is the rate times the window unless the run was cut short: requests still unsent {@code grace} after
 * the window's end are not sent and are counted as {@link Result#unsent}.
 */
public final class FixedRateLoad {
  /** The clock and the wait, replaceable so that a test can run the schedule on simulated time. */
  interface Clock {
    long nanoTime();

    void sleepUntil(long nanos);

    Clock SYSTEM = new Clock() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleepUntil(long nanos) {
        for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
          LockSupport.parkNanos(left);
          if (Thread.currentThread().isInterrupted()) {
            return;
          }
        }
      }
    };
  }

  /**
   * The outcome of the timed window.
   *
   * @param offeredPerSecond the rate asked for
   * @param load latencies from each request's due time, errors, and the window's seconds (recorded requests over
   *     them: the rate achieved)
   * @param unsent requests due in the window that were still unsent {@code grace} after its end (0 unless the
   *     server fell that far behind)
   */
  public record Result(double offeredPerSecond, LoadGenerator.Result load, long unsent) {}

  private final LoadGenerator.Target target;
  private final List<QueryMix.Query> mix;
  private final int connections;
  private final Clock clock;

  FixedRateLoad(LoadGenerator.Target target, List<QueryMix.Query> mix, int connections, Clock clock) {
    if (mix.isEmpty() || connections < 1) {
      throw new IllegalArgumentException("needs at least one query and one connection");
    }
    this.target = target;
    this.mix = mix;
    this.connections = connections;
    this.clock = clock;
  }

  /** Runs {@code perSecond} requests a second over at most {@code connections} at once, on the system clock. */
  public static Result run(LoadGenerator.Target target, List<QueryMix.Query> mix, int connections, double perSecond,
      Duration warmup, Duration window, Duration grace) throws InterruptedException {
    return new FixedRateLoad(target, mix, connections, Clock.SYSTEM).run(perSecond, warmup, window, grace);
  }

  Result run(double perSecond, Duration warmup, Duration window, Duration grace) throws InterruptedException {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive: " + perSecond);
    }
    double interval = 1e9 / perSecond;
    long start = clock.nanoTime();
    long windowStart = start + warmup.toNanos();
    long end = windowStart + window.toNanos();
    long firstTimed = (long) Math.ceil(warmup.toNanos() / interval);
    long afterLast = (long) Math.ceil((warmup.toNanos() + window.toNanos()) / interval);
    Schedule schedule = new Schedule(start, interval, firstTimed, afterLast, end + grace.toNanos());
    List<Sender> senders = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      Sender s = new Sender(schedule);
      senders.add(s);
      threads.add(Thread.ofPlatform().name("rate-sender-" + i).daemon(true).start(s));
    }
    // the threads' bounded wait, in real time: the schedule's length and twice the grace
    long deadline = System.nanoTime() + (end - start) + 2 * grace.toNanos();
    for (Thread t : threads) {
      long left = deadline - System.nanoTime();
      if (left > 0) {
        t.join(Duration.ofNanos(left));
      }
      if (t.isAlive()) {
        t.interrupt();
      }
    }
    long lastEnd = windowStart;
    long errors = 0;
    int total = 0;
    Set<String> samples = new LinkedHashSet<>();
    int unfinished = 0;
    for (int i = 0; i < senders.size(); i++) {
      Sender s = senders.get(i);
      synchronized (s) {
        lastEnd = Math.max(lastEnd, s.lastEnd);
        errors += s.errors;
        total += s.count;
        samples.addAll(s.samples);
      }
      unfinished += threads.get(i).isAlive() ? 1 : 0;
    }
    long[] lat = new long[total];
    int at = 0;
    for (Sender s : senders) {
      synchronized (s) {
        System.arraycopy(s.latencies, 0, lat, at, s.count);
        at += s.count;
      }
    }
    List<String> first = new ArrayList<>(samples).subList(0, Math.min(5, samples.size()));
    double seconds = Math.max(window.toNanos(), lastEnd - windowStart) / 1e9;
    LoadGenerator.Result load = new LoadGenerator.Result(lat, errors, seconds,
        Collections.unmodifiableList(new ArrayList<>(first)), unfinished);
    return new Result(perSecond, load, Math.max(0, (afterLast - firstTimed) - total));
  }

  /** The due times of the requests, handed out in order, and the time after which none is sent. */
  private record Schedule(long start, double interval, long firstTimed, long afterLast, long giveUp,
      AtomicLong next) {
    Schedule(long start, double interval, long firstTimed, long afterLast, long giveUp) {
      this(start, interval, firstTimed, afterLast, giveUp, new AtomicLong());
    }

    long due(long k) {
      return start + Math.round(k * interval);
    }
  }

  /** One connection: takes the next due request, waits for its time, sends it, records it when timed. */
  private final class Sender implements Runnable {
    private final Schedule schedule;
    long[] latencies = new long[1024];
    int count;
    long errors;
    long lastEnd;
    final Set<String> samples = new LinkedHashSet<>();

    Sender(Schedule schedule) {
      this.schedule = schedule;
    }

    @Override
    public void run() {
      while (!Thread.currentThread().isInterrupted()) {
        long k = schedule.next().getAndIncrement();
        if (k >= schedule.afterLast() || clock.nanoTime() > schedule.giveUp()) {
          return;
        }
        long due = schedule.due(k);
        clock.sleepUntil(due);
        String failure = null;
        try {
          target.call(mix.get((int) (k % mix.size())));
        } catch (Exception e) {
          failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        long done = clock.nanoTime();
        if (k >= schedule.firstTimed()) {
          record(done - due, done, failure);
        }
      }
    }

    private synchronized void record(long nanos, long at, String failure) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
      lastEnd = Math.max(lastEnd, at);
      if (failure != null) {
        errors++;
        if (samples.size() < 5) {
          samples.add(failure.length() > 300 ? failure.substring(0, 300) + "..." : failure);
        }
      }
    }
  }
}
