package org.allot.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void meanAndMedianOfHandPickedValues() {
    assertEquals(2.5, Stats.mean(new double[] {1, 2, 3, 4}), 0);
    assertEquals(3, Stats.median(new double[] {5, 1, 3}), 0);
    assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}), 0);
    assertEquals(7, Stats.median(new double[] {7}), 0);
    assertEquals(4, Stats.geometricMean(new double[] {2, 8}), 1e-12);
    assertEquals(1, Stats.geometricMean(new double[] {0.5, 2}), 1e-12);
    assertTrue(Double.isNaN(Stats.mean(new double[0])));
    assertTrue(Double.isNaN(Stats.median(new double[0])));
  }

  /** Eight pairs, all differences positive: W+ = 36 is the largest of 2^8 sums, p = 2/256. */
  @Test
  void allDifferencesOfOneSignGiveTheSmallestExactP() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
    assertEquals(2.0 / 256, Stats.wilcoxon(x, new double[8]), 1e-15);
  }

  /**
   * The classic example (Wikipedia, "Wilcoxon signed-rank test"): 10 pairs, one zero difference
   * (dropped, n = 9) and two tied absolute differences of 5 (ranks 1.5 and 1.5). W+ = 7 + 1.5 +
   * 9 + 8 + 1.5 = 27, W- = 18; 167 of the 512 subsets of {1..9} have a rank sum >= 27, so p =
   * 2 * 167 / 512 = 0.65234375, which is also Commons Math's exact p on the 9 non-zero pairs.
   */
  @Test
  void exactPWithAZeroDifferenceAndTiedRanks() {
    double[] x = {125, 115, 130, 140, 140, 115, 140, 125, 140, 135};
    double[] y = {110, 122, 125, 120, 140, 124, 123, 137, 135, 145};
    assertEquals(0.65234375, Stats.wilcoxon(x, y), 1e-15);
    double[] u = {125, 115, 130, 140, 115, 140, 125, 140, 135};
    double[] v = {110, 122, 125, 120, 124, 123, 137, 135, 145};
    assertEquals(new WilcoxonSignedRankTest().wilcoxonSignedRankTest(u, v, true),
        Stats.wilcoxon(x, y), 1e-15);
  }

  @Test
  void allTiesOrFewerThanTwoDifferencesHaveNoPValue() {
    assertTrue(Double.isNaN(Stats.wilcoxon(new double[] {3, 4, 5}, new double[] {3, 4, 5})));
    assertTrue(Double.isNaN(Stats.wilcoxon(new double[] {3, 4, 6}, new double[] {3, 4, 5})));
    assertTrue(Double.isNaN(Stats.wilcoxon(new double[0], new double[0])));
    assertThrows(IllegalArgumentException.class,
        () -> Stats.wilcoxon(new double[1], new double[2]));
  }

  /** Balanced samples: Commons Math's raw exact p exceeds 1 (1.25 for n = 3); ours is capped. */
  @Test
  void pValueIsCappedAtOne() {
    assertEquals(1.0, Stats.wilcoxon(new double[] {1, 2, 3}, new double[] {2, 0, 3.5}), 0);
  }

  /** The dynamic programme gives Commons Math's exact p (which enumerates 2^n subsets). */
  @Test
  void exactPMatchesCommonsMathOnRandomSamples() {
    SplittableRandom random = new SplittableRandom(7);
    WilcoxonSignedRankTest reference = new WilcoxonSignedRankTest();
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + random.nextInt(15);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = random.nextInt(20) + 1;
        y[i] = x[i] + random.nextInt(11) - 4.5;
      }
      assertEquals(Math.min(1, reference.wilcoxonSignedRankTest(x, y, true)),
          Stats.wilcoxon(x, y), 1e-12, "trial " + trial);
    }
  }

  /** Above 30 non-zero differences, Commons Math's normal approximation. */
  @Test
  void largeSamplesUseTheNormalApproximation() {
    SplittableRandom random = new SplittableRandom(3);
    double[] x = new double[40];
    double[] y = new double[40];
    for (int i = 0; i < 40; i++) {
      x[i] = random.nextDouble();
      y[i] = x[i] + random.nextDouble() - 0.3;
    }
    assertEquals(new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, false),
        Stats.wilcoxon(x, y), 1e-15);
  }

  /** n = 30 is still exact and fast; its p equals the normal approximation's to 2 digits. */
  @Test
  void thirtyPairsAreExact() {
    double[] x = new double[30];
    double[] y = new double[30];
    for (int i = 0; i < 30; i++) {
      x[i] = i + 1;
      y[i] = i % 3 == 0 ? 0 : 2 * (i + 1);
    }
    double exact = Stats.wilcoxon(x, y);
    double normal = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, false);
    assertEquals(normal, exact, 0.02);
  }
}
