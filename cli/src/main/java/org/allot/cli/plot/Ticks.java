package org.allot.cli.plot;

/** Round tick steps for an axis. */
public final class Ticks {
  private Ticks() {}

  /**
   * A step of the form 1, 2 or 5 times a power of ten that cuts {@code [0, max]} into at most
   * about {@code count} intervals.
   */
  public static long step(double max, int count) {
    double raw = Math.max(max, 1) / Math.max(count, 1);
    long power = 1;
    while (power * 10 <= raw) {
      power *= 10;
    }
    for (long factor : new long[] {1, 2, 5, 10}) {
      if (power * factor >= raw) {
        return power * factor;
      }
    }
    return power * 10;
  }
}
