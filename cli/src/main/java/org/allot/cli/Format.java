package org.allot.cli;

import java.util.Locale;

/** How numbers appear in {@code allot}'s human-readable lines. */
final class Format {
  private Format() {}

  /** An objective or bound: integers without decimals, others with up to six digits. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "none";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.6g", v);
  }

  /** Seconds with two decimals, for example {@code 0.52}. */
  static String seconds(double s) {
    return String.format(Locale.ROOT, "%.2f", s);
  }
}
