package io.vankien.index;

import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Lets index writes run outside the ingester's lock while keeping them in the order they were planned:
 * a write reserves its document ids (a lock per stripe of ids, taken while the plan is made under the
 * ingester's lock) and keeps them until it has reached the index writer, so two writes of one id reach
 * the writer in plan order; a commit first waits for every reserved write to finish.
 *
 * <p>Deadlock-free because reservations are made only under the ingester's lock, in stripe order, and a
 * thread holding a reservation never waits for the ingester's lock before releasing it.
 */
final class WriteOrder {
  /**
   * Stripes of ids. Two writes of different ids in one stripe wait for each other, the second while its
   * thread holds the ingester's lock: with 64 stripes a bulk ingest's threads waited so for a writer's flush
   * about once a thousand files (8 s of a 2-thread, 116 s ingest); 4,096 make that 64 times rarer.
   */
  private static final int STRIPES = 4096;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
  private final ReentrantReadWriteLock inFlight = new ReentrantReadWriteLock();

  WriteOrder() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /**
   * Reserves the ids (call under the ingester's lock); waits for earlier writes of the same stripes.
   * Close the reservation once the write reached the index writer (or failed).
   */
  Reservation reserve(Collection<String> ids) {
    inFlight.readLock().lock();
    int[] held = new int[ids.size()];
    int n = 0;
    for (String id : ids) {
      held[n++] = Math.floorMod(id.hashCode(), STRIPES);
    }
    java.util.Arrays.sort(held);
    held = java.util.Arrays.stream(held).distinct().toArray();
    for (int s : held) {
      stripes[s].lock();
    }
    return new Reservation(held);
  }

  /** Waits until no reserved write is in flight (call under the ingester's lock, holding no reservation). */
  void awaitIdle() {
    inFlight.writeLock().lock();
    inFlight.writeLock().unlock();
  }

  /** Ids reserved for one write, by the thread that reserved them. */
  final class Reservation implements AutoCloseable {
    private final int[] held;
    private boolean closed;

    private Reservation(int[] held) {
      this.held = held;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      for (int i = held.length - 1; i >= 0; i--) {
        stripes[held[i]].unlock();
      }
      inFlight.readLock().unlock();
    }
  }
}
