package org.allot.solver;

import java.time.Duration;
import java.util.Objects;

/**
 * What a solver may spend: wall-clock time (model building included), the seed of every random
 * choice, and the number of threads.
 *
 * @param timeLimit the wall-clock limit, positive
 * @param seed the seed; the same seed with one thread gives the same result
 * @param threads the number of worker threads, at least 1
 */
public record Budget(Duration timeLimit, long seed, int threads) {
  /** The default time limit of {@code allot solve}. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

  public Budget {
    Objects.requireNonNull(timeLimit, "timeLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("time limit must be positive, got " + timeLimit);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** A budget of {@code timeLimit}, seed 0, one thread. */
  public static Budget of(Duration timeLimit) {
    return new Budget(timeLimit, 0, 1);
  }

  public Budget withSeed(long newSeed) {
    return new Budget(timeLimit, newSeed, threads);
  }

  public Budget withThreads(int newThreads) {
    return new Budget(timeLimit, seed, newThreads);
  }

  public Budget withTimeLimit(Duration newLimit) {
    return new Budget(newLimit, seed, threads);
  }

  /** Starts the clock: a deadline {@link #timeLimit} from now. */
  public Deadline start() {
    return Deadline.after(timeLimit);
  }
}
