package org.allot.solver;

import java.time.Duration;

/**
 * A point in monotonic time by which a solver must return. Thread-safe (immutable).
 */
public final class Deadline {
  private final long startNanos;
  private final long endNanos;

  private Deadline(long startNanos, long endNanos) {
    this.startNanos = startNanos;
    this.endNanos = endNanos;
  }

  /** A deadline {@code limit} from now. */
  public static Deadline after(Duration limit) {
    long now = System.nanoTime();
    long nanos = limit.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE / 4 : limit.toNanos();
    return new Deadline(now, now + nanos);
  }

  /** True once the deadline has passed. */
  public boolean expired() {
    return System.nanoTime() - endNanos >= 0;
  }

  /** Time left, never negative. */
  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
  }

  /** Time left in seconds, never negative. */
  public double remainingSeconds() {
    return Math.max(0, endNanos - System.nanoTime()) / 1e9;
  }

  /** Time since the clock started. */
  public Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
