package org.allot.cli.rmab;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The 95 % Student-t confidence interval of a mean: {@code t_{0.975, n-1} * s / sqrt(n)}.
 *
 * @param mean the sample mean
 * @param halfWidth the half-width, NaN for fewer than two values
 * @param n the number of values
 */
record Interval(double mean, double halfWidth, int n) {
  /** The interval of {@code values}. */
  static Interval of(double[] values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      s.addValue(v);
    }
    int n = values.length;
    if (n < 2) {
      return new Interval(s.getMean(), Double.NaN, n);
    }
    double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
    return new Interval(s.getMean(), t * s.getStandardDeviation() / Math.sqrt(n), n);
  }

  /**
   * {@code 12.34 ± 0.56 (95% CI, 50 episodes)}: the half-width to two significant digits and
   * the mean to the same decimals; {@code objective} is shown as the mean (the evaluator's).
   */
  String format(double objective) {
    String eps = n + (n == 1 ? " episode" : " episodes");
    if (!Double.isFinite(halfWidth)) {
      return String.format(Locale.ROOT, "%.6g (%s)", objective, eps);
    }
    int decimals = halfWidth > 0
        ? Math.min(8, Math.max(0, 1 - (int) Math.floor(Math.log10(halfWidth)))) : 4;
    String f = "%." + decimals + "f";
    return String.format(Locale.ROOT, f + " ± " + f + " (95%% CI, %s)", objective, halfWidth,
        eps);
  }
}
