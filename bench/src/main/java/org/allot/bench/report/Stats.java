package org.allot.bench.report;

import java.util.Arrays;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * The statistics of a report: mean, median, and the Wilcoxon signed-rank test on paired values.
 * Empty or undefined results are {@code NaN}, which the tables print as "—". Thread-safe.
 */
final class Stats {
  /** The largest number of pairs for which the p-value is exact; above it, normal approximation. */
  static final int EXACT_LIMIT = 30;

  private Stats() {}

  /** The arithmetic mean, or NaN for no values. */
  static double mean(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** The geometric mean of positive values, or NaN for no values. */
  static double geometricMean(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : values) {
      sum += Math.log(v);
    }
    return Math.exp(sum / values.length);
  }

  /** The median (the mean of the two middle values for an even count), or NaN for no values. */
  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] s = values.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  /**
   * The two-sided p-value of the Wilcoxon signed-rank test that the paired differences
   * {@code x[i] - y[i]} are symmetric about 0. Zero differences are dropped first (Wilcoxon's
   * original treatment, as R's {@code wilcox.test}); tied absolute differences get their average
   * rank (Commons Math's {@link WilcoxonSignedRankTest}, which computes the statistic). For at
   * most {@link #EXACT_LIMIT} non-zero differences the p-value is exact: {@code 2 P(W >= max(W+,
   * W-))} under the null distribution of ranks 1..n, capped at 1 (the definition of Commons
   * Math's exact p, counted here by dynamic programming in O(n^3) instead of its O(n 2^n)
   * enumeration, which takes tens of seconds at n = 30). Above, Commons Math's normal
   * approximation with continuity correction.
   *
   * @return the p-value, or NaN when fewer than 2 differences are non-zero (all ties)
   * @throws IllegalArgumentException when the arrays differ in length
   */
  static double wilcoxon(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("paired samples differ in length: " + x.length
          + " and " + y.length);
    }
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      n += x[i] != y[i] ? 1 : 0;
    }
    if (n < 2) {
      return Double.NaN;
    }
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0, k = 0; i < x.length; i++) {
      if (x[i] != y[i]) {
        a[k] = x[i];
        b[k++] = y[i];
      }
    }
    WilcoxonSignedRankTest test = new WilcoxonSignedRankTest();
    if (n > EXACT_LIMIT) {
      return Math.min(1, test.wilcoxonSignedRankTest(a, b, false));
    }
    return exactP(test.wilcoxonSignedRank(a, b), n);
  }

  /**
   * {@code min(1, 2 #{subsets of {1..n} with rank sum >= w} / 2^n)}: Commons Math's exact
   * p-value for the statistic {@code w = max(W+, W-)}.
   */
  static double exactP(double w, int n) {
    int total = n * (n + 1) / 2;
    double[] ways = new double[total + 1];
    ways[0] = 1;
    for (int r = 1; r <= n; r++) {
      for (int s = total; s >= r; s--) {
        ways[s] += ways[s - r];
      }
    }
    double count = 0;
    for (int s = 0; s <= total; s++) {
      if (s >= w) {
        count += ways[s];
      }
    }
    return Math.min(1, 2 * count / Math.pow(2, n));
  }
}
