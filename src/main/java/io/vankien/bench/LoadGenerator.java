package io.vankien.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * A closed-loop load: one thread per client, each sending the next query of the mix as soon as its
 * previous one is answered, for a warm-up and then a timed window. Every request started inside the
 * window is recorded (its latency, and whether it failed); a failure is any exception the target throws.
 */
public final class LoadGenerator {
  /** What a request is: returns when it succeeded, throws (with a message saying why) when it failed. */
  @FunctionalInterface
  public interface Target {
    void call(QueryMix.Query q) throws Exception;
  }

  /**
   * The outcome of the timed window.
   *
   * @param latenciesNanos every recorded request's latency, failures included
   * @param errors requests that failed
   * @param seconds from the window's start to the end of its last request
   * @param errorSamples the first few distinct failure messages
   * @param unfinishedClients client threads still running after the bounded wait (0 normally)
   */
  public record Result(long[] latenciesNanos, long errors, double seconds, List<String> errorSamples,
      int unfinishedClients) {
    public long requests() {
      return latenciesNanos.length;
    }

    public double requestsPerSecond() {
      return seconds <= 0 ? 0 : requests() / seconds;
    }

    public Latencies latencies() {
      return Latencies.ofNanos(latenciesNanos);
    }
  }

  private static final int MAX_SAMPLES = 5;

  private LoadGenerator() {}

  /**
   * Runs the load. Client {@code i} starts at query {@code i * size / clients} of the mix and walks it in
   * order, wrapping around. Waits at most warm-up + window + {@code grace} for the clients to finish.
   */
  public static Result run(Target target, List<QueryMix.Query> mix, int clients, Duration warmup,
      Duration window, Duration grace) throws InterruptedException {
    if (mix.isEmpty() || clients < 1) {
      throw new IllegalArgumentException("needs at least one query and one client");
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Client> all = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Client c = new Client(target, mix, i * mix.size() / clients, go);
      all.add(c);
      threads.add(Thread.ofPlatform().name("load-client-" + i).daemon(true).start(c));
    }
    long start = System.nanoTime();
    long windowStart = start + warmup.toNanos();
    long end = windowStart + window.toNanos();
    for (Client c : all) {
      c.windowStart = windowStart;
      c.end = end;
    }
    go.countDown();
    long deadline = end + grace.toNanos();
    int unfinished = 0;
    for (Thread t : threads) {
      long left = deadline - System.nanoTime();
      if (left > 0) {
        t.join(Duration.ofNanos(left));
      }
      if (t.isAlive()) {
        t.interrupt();
        unfinished++;
      }
    }
    long lastEnd = windowStart;
    long errors = 0;
    int total = 0;
    Set<String> samples = new LinkedHashSet<>();
    for (Client c : all) {
      synchronized (c) {
        lastEnd = Math.max(lastEnd, c.lastEnd);
        errors += c.errors;
        total += c.count;
        samples.addAll(c.samples);
      }
    }
    long[] lat = new long[total];
    int at = 0;
    for (Client c : all) {
      synchronized (c) {
        System.arraycopy(c.latencies, 0, lat, at, c.count);
        at += c.count;
      }
    }
    List<String> firstSamples = new ArrayList<>(samples).subList(0, Math.min(MAX_SAMPLES, samples.size()));
    return new Result(lat, errors, (lastEnd - windowStart) / 1e9, Collections.unmodifiableList(
        new ArrayList<>(firstSamples)), unfinished);
  }

  /** One client's closed loop and what it recorded. */
  private static final class Client implements Runnable {
    private final Target target;
    private final List<QueryMix.Query> mix;
    private final CountDownLatch go;
    private int next;
    volatile long windowStart;
    volatile long end;
    long[] latencies = new long[1024];
    int count;
    long errors;
    long lastEnd;
    final Set<String> samples = new LinkedHashSet<>();

    Client(Target target, List<QueryMix.Query> mix, int first, CountDownLatch go) {
      this.target = target;
      this.mix = mix;
      this.next = first;
      this.go = go;
    }

    @Override
    public void run() {
      try {
        go.await();
      } catch (InterruptedException e) {
        return;
      }
      while (!Thread.currentThread().isInterrupted()) {
        long t0 = System.nanoTime();
        if (t0 >= end) {
          return;
        }
        QueryMix.Query q = mix.get(next);
        next = (next + 1) % mix.size();
        String failure = null;
        try {
          target.call(q);
        } catch (Exception e) {
          failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        long t1 = System.nanoTime();
        if (t0 >= windowStart) {
          record(t1 - t0, t1, failure);
        }
      }
    }

    private synchronized void record(long nanos, long at, String failure) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
      lastEnd = at;
      if (failure != null) {
        errors++;
        if (samples.size() < MAX_SAMPLES) {
          samples.add(failure.length() > 300 ? failure.substring(0, 300) + "..." : failure);
        }
      }
    }
  }
}
