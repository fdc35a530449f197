package org.allot.plot;

import java.util.Locale;

/** Round tick steps for an axis, and their labels. */
public final class Ticks {
  private Ticks() {}

  /**
   * A whole step of the form 1, 2 or 5 times a power of ten that cuts {@code [0, max]} into at
   * most about {@code count} intervals; at least 1, for axes of whole units (time steps, bytes).
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

  /**
   * A step of the form 1, 2 or 5 times a power of ten, below one where needed, that cuts
   * {@code span} into at most about {@code count} intervals: for axes of real values (gaps,
   * returns, losses).
   *
   * @param span the axis's length, positive and finite
   * @param count the wanted number of intervals, at least 1
   * @throws IllegalArgumentException when {@code span} is not positive and finite or
   *     {@code count} is below 1
   */
  public static double decimalStep(double span, int count) {
    if (!(span > 0 && span < Double.POSITIVE_INFINITY) || count < 1) {
      throw new IllegalArgumentException("a tick step needs a positive finite span and at least"
          + " one interval, got span " + span + " and " + count + " intervals");
    }
    double raw = span / count;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double f : new double[] {1, 2, 5, 10}) {
      if (f * power >= raw * (1 - 1e-9)) {
        return f * power;
      }
    }
    return 10 * power;
  }

  /**
   * The label of tick {@code value} on an axis with ticks every {@code step}: as many decimals
   * as the step needs ({@code 0.05} has two, {@code 20} none); never {@code -0}, also where
   * rounding left a tick a hair below zero.
   */
  public static String label(double value, double step) {
    int digits = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    return String.format(Locale.ROOT, "%." + digits + "f",
        Math.abs(value) < step * 1e-6 ? 0 : value);
  }
}
