package org.allot.solver.rmab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.allot.problem.contract.SeededProperty;
import org.allot.problem.rmab.RmabGenerator;
import org.allot.problem.rmab.RmabInstance;
import org.junit.jupiter.api.Test;

/** Whittle indices against a brute-force subsidy scan and the structure of birth-death arms. */
class WhittleIndexTest {
  private static final double BETA = 0.9;

  @Test
  void twoStateIndexMatchesABruteForceSubsidyScan() {
    SeededProperty.check("2-state Whittle = lambda scan", 8, r -> {
      double[][] passive = row2(r);
      double[][] active = row2(r);
      double[] reward = {0, 1};
      WhittleIndex w = WhittleIndex.of(passive, active, reward, BETA);
      for (int s = 0; s < 2; s++) {
        double first = Double.NaN;
        boolean wasPassive = false;
        boolean monotone = true;
        for (double lambda = -12; lambda <= 12; lambda += 4e-3) {
          boolean passiveNow = passiveByValueIteration(passive, active, reward, lambda, s);
          if (passiveNow && !wasPassive && Double.isNaN(first)) {
            first = lambda;
          }
          monotone &= !wasPassive || passiveNow;
          wasPassive = passiveNow;
        }
        if (monotone && w.indexable()) {
          assertEquals(first, w.of(s), 4.1e-3, "state " + s + " of " + Arrays.deepToString(
              passive) + " / " + Arrays.deepToString(active));
        }
      }
    });
  }

  @Test
  void generatedBirthDeathArmsAreIndexableAndMonotoneBelowTheTop() {
    for (String kind : RmabTestKit.KINDS) {
      for (long seed = 1; seed <= 5; seed++) {
        RmabInstance in = RmabGenerator.generate(kind, 20, 5, seed);
        for (int j = 0; j < in.arms(); j++) {
          WhittleIndex w = WhittleIndex.of(in.passive()[j], in.active()[j], in.reward()[j],
              in.discount());
          String where = in.name() + " arm " + j + ": " + Arrays.toString(w.indices());
          assertTrue(w.indexable(), () -> "not indexable: " + where);
          // Acting moves the arm up, so below the top state a higher state is closer to the
          // payoff of state 3 and its index is at least as high; the top state itself can be
          // lower (acting there only keeps the arm up).
          assertTrue(w.of(0) <= w.of(1) + 1e-9 && w.of(1) <= w.of(2) + 1e-9,
              () -> "index not monotone in the state below the top: " + where);
        }
      }
    }
  }

  @Test
  void anArmWhereActingChangesNothingHasIndexZero() {
    double[][] m = RmabGenerator.birthDeath(0.4);
    WhittleIndex w = WhittleIndex.of(m, m, new double[] {0, 1, 2, 5}, 0.95);
    for (int s = 0; s < 4; s++) {
      assertEquals(0, w.of(s), 1e-7);
    }
    assertTrue(w.indexable());
  }

  @Test
  void theIndexIsTheIndifferenceSubsidy() {
    double[][] passive = RmabGenerator.birthDeath(0.1);
    double[][] active = RmabGenerator.birthDeath(0.8);
    double[] reward = {0.2, 0.15, 0.1, 5};
    WhittleIndex w = WhittleIndex.of(passive, active, reward, 0.99);
    for (int s = 0; s < 4; s++) {
      assertTrue(WhittleIndex.passiveAt(passive, active, reward, 0.99, w.of(s) + 1e-6, s));
      assertTrue(!WhittleIndex.passiveAt(passive, active, reward, 0.99, w.of(s) - 1e-6, s));
    }
  }

  @Test
  void badArgumentsAreRefused() {
    double[][] m = RmabGenerator.birthDeath(0.4);
    assertThrows(IllegalArgumentException.class,
        () -> WhittleIndex.of(m, m, new double[4], 1.0));
    assertThrows(IllegalArgumentException.class,
        () -> WhittleIndex.of(m, m, new double[3], 0.9));
  }

  private static double[][] row2(SplittableRandom r) {
    double a = r.nextDouble();
    double b = r.nextDouble();
    return new double[][] {{1 - a, a}, {1 - b, b}};
  }

  /** Independent of {@link WhittleIndex}: value iteration to a fixed point, then compare Qs. */
  private static boolean passiveByValueIteration(double[][] passive, double[][] active,
      double[] reward, double lambda, int s) {
    int n = reward.length;
    double[] v = new double[n];
    for (int it = 0; it < 400; it++) {
      double[] next = new double[n];
      for (int x = 0; x < n; x++) {
        next[x] = Math.max(q(passive, reward, v, x) + lambda, q(active, reward, v, x));
      }
      v = next;
    }
    return q(passive, reward, v, s) + lambda >= q(active, reward, v, s);
  }

  private static double q(double[][] p, double[] reward, double[] v, int s) {
    double e = 0;
    for (int t = 0; t < reward.length; t++) {
      e += p[s][t] * (reward[t] + BETA * v[t]);
    }
    return e;
  }
}
