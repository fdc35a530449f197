package org.allot.problem;

import java.util.Objects;

/**
 * One broken constraint of a solution.
 *
 * @param constraint the constraint's name, for example {@code precedence} or {@code machine-overlap}
 * @param where where it broke, in the problem's own words (for example {@code job 3, op 2})
 * @param amount how much it is broken by, in the problem's units (0 when not measurable)
 */
public record Violation(String constraint, String where, double amount) {
  public Violation {
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(where, "where");
  }

  @Override
  public String toString() {
    return constraint + " at " + where + (amount != 0 ? " (by " + fmt(amount) + ")" : "");
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
