package org.allot.bench.suite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.allot.cli.TimeLimitConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The anytime checkpoints of a suite: the times from the start of each run at which the report
 * reads the best incumbent found so far (suite key {@code "checkpoints"}, or {@code allot bench
 * report --checkpoints}). Immutable.
 *
 * @param times positive and strictly increasing; empty: no anytime tables
 */
public record Checkpoints(List<Duration> times) {
  /** No checkpoints. */
  public static final Checkpoints NONE = new Checkpoints(List.of());

  /**
   * Checks the times.
   *
   * @throws IllegalArgumentException when a time is not positive or not after the one before,
   *     naming it and its place
   */
  public Checkpoints {
    times = List.copyOf(times);
    for (int k = 0; k < times.size(); k++) {
      Duration t = times.get(k);
      if (!t.isPositive()) {
        throw new IllegalArgumentException(label(t) + " (item " + (k + 1) + ") is not"
            + " positive; give times after the start such as 1s,2s,5s,10s");
      }
      if (k > 0 && t.compareTo(times.get(k - 1)) <= 0) {
        throw new IllegalArgumentException(label(t) + " (item " + (k + 1) + ") does not come"
            + " after " + label(times.get(k - 1)) + "; list the times in increasing order, such"
            + " as 1s,2s,5s,10s");
      }
    }
  }

  /**
   * The checkpoints of a comma-separated list such as {@code 1s,2s,5s,10s} (each a time limit
   * as {@link TimeLimitConverter} reads it: a unit, or a bare number of seconds).
   *
   * @throws IllegalArgumentException when an item is not a positive time or the list is not
   *     increasing, naming the item
   */
  public static Checkpoints parse(String list) {
    List<Duration> times = new ArrayList<>();
    String[] items = list.split(",", -1);
    for (int k = 0; k < items.length; k++) {
      try {
        times.add(TimeLimitConverter.parse(items[k]));
      } catch (TypeConversionException e) {
        throw new IllegalArgumentException("item " + (k + 1) + ": " + e.getMessage(), e);
      }
    }
    return new Checkpoints(times);
  }

  /**
   * These checkpoints, checked against the largest time limit of the runs.
   *
   * @throws IllegalArgumentException when a checkpoint comes after {@code largest}, naming both
   */
  public Checkpoints within(Duration largest) {
    for (Duration t : times) {
      if (t.compareTo(largest) > 0) {
        throw new IllegalArgumentException(label(t) + " is after the largest time limit, "
            + label(largest) + ": no run goes on that long; drop it or raise the time limit");
      }
    }
    return this;
  }

  /** Whether there are no checkpoints. */
  public boolean isEmpty() {
    return times.isEmpty();
  }

  /** The checkpoints as the list {@link #parse} reads: {@code 1s,2s,5s,10s}. */
  @Override
  public String toString() {
    return String.join(",", times.stream().map(Checkpoints::label).toList());
  }

  /** A time in short form: {@code 500ms}, {@code 2.5s}, {@code 10s}, {@code 2m}. */
  public static String label(Duration t) {
    return t.isPositive() ? TimeLimitConverter.format(t) : t.toMillis() + "ms";
  }
}
