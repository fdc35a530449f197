package org.allot.solver.rmab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.allot.problem.contract.SeededProperty;
import org.allot.problem.rmab.ActionConstraint;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.RmabGenerator;
import org.allot.problem.rmab.RmabInstance;
import org.junit.jupiter.api.Test;

/** The constraint MIP against brute force: feasibility of every action and optimality. */
class ConstraintMipTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final String[] ARM_KINDS = {"budget", "path", "matching", "capacity"};

  @Test
  void optimumEqualsBruteForceOverAllArmSets() {
    SeededProperty.check("MIP optimum = brute force (J <= 8)", 40, r -> {
      String kind = ARM_KINDS[r.nextInt(ARM_KINDS.length)];
      int arms = 3 + r.nextInt(6);
      RmabInstance in = RmabGenerator.generate(kind, arms, 1 + r.nextInt(Math.min(3, arms)),
          r.nextLong());
      double[] w = weights(arms, r);
      try (ConstraintMip mip = ConstraintMip.build(in)) {
        mip.maximise(w);
        if (r.nextBoolean()) {
          mip.hint(RandomActions.draw(in, r));  // a start must not change the optimum
        }
        MipAction a = mip.solve(LIMIT).orElseThrow();
        assertTrue(a.optimal(), "not proven optimal");
        RmabTestKit.assertFeasible(in, a.action());
        double best = Double.NEGATIVE_INFINITY;
        for (int mask = 0; mask < 1 << arms; mask++) {
          if (FeasibleSets.feasible(in.constraint(), arms, mask)) {
            best = Math.max(best, value(w, mask));
          }
        }
        double got = value(w, mask(in.constraint().acted(a.action(), arms)));
        assertEquals(best, got, 1e-6, kind + " " + in.name() + ": MIP action is not optimal");
        assertEquals(best, a.objective(), 1e-6, "reported objective");
      }
    });
  }

  @Test
  void interventionsOptimaEqualBruteForceOverAllChoices() {
    SeededProperty.check("interventions MIP = brute force", 25, r -> {
      int budget = 1 + r.nextInt(3);
      int arms = 6 + r.nextInt(7);
      RmabInstance in = RmabGenerator.generate("interventions", arms, budget, r.nextLong());
      var iv = (ActionConstraint.Interventions) in.constraint();
      double[] gain = weights(arms, r);
      double bestEffect = Double.NEGATIVE_INFINITY;
      double bestCover = Double.NEGATIVE_INFINITY;
      for (int mask = 0; mask < 1 << iv.interventions(); mask++) {
        if (Integer.bitCount(mask) == budget) {
          JointAction a = JointAction.of(bits(mask));
          bestEffect = Math.max(bestEffect, effectValue(iv, gain, a));
          bestCover = Math.max(bestCover, value(gain, mask(iv.acted(a, arms))));
        }
      }
      try (ConstraintMip mip = ConstraintMip.build(in)) {
        mip.maximiseEffect(gain);
        MipAction a = mip.solve(LIMIT).orElseThrow();
        RmabTestKit.assertFeasible(in, a.action());
        assertEquals(bestEffect, effectValue(iv, gain, a.action()), 1e-9, "effect objective");
        mip.maximise(gain);
        MipAction c = mip.solve(LIMIT).orElseThrow();
        RmabTestKit.assertFeasible(in, c.action());
        assertEquals(bestCover, value(gain, mask(iv.acted(c.action(), arms))), 1e-6, "cover");
      }
    });
  }

  @Test
  void manyDistinctLoadsFallBackToUniformBreakpointsThatApproximateTheSigmoid() {
    int arms = 6;
    int n = 7;
    double[][] weight = new double[n][arms];
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < arms; j++) {
        weight[i][j] = 0.3 + 2.7 * r.nextDouble();
      }
    }
    double[] alpha = new double[arms];
    double[] beta = new double[arms];
    double[] x0 = new double[arms];
    java.util.Arrays.fill(alpha, 0.9);
    java.util.Arrays.fill(beta, 1.5);
    java.util.Arrays.fill(x0, 6);
    var iv = new ActionConstraint.Interventions(3, weight, alpha, beta, x0);
    RmabInstance in = RmabTestKit.withConstraint(RmabGenerator.generate("budget", arms, 2, 5), iv);
    assertEquals(SigmoidPwl.UNIFORM_POINTS, SigmoidPwl.breakpoints(iv, 0).length);
    double[] gain = {1, -0.5, 0.8, 0.3, -0.2, 1.2};
    try (ConstraintMip mip = ConstraintMip.build(in)) {
      mip.maximiseEffect(gain);
      MipAction a = mip.solve(Duration.ofSeconds(2)).orElseThrow();
      RmabTestKit.assertFeasible(in, a.action());
      // The approximation's value of the chosen loads is close to the exact one.
      assertEquals(effectValue(iv, gain, a.action()), a.objective(), 0.05, "PWL vs exact");
    }
  }

  @Test
  void selfLoopsCannotMarkAFarNodeVisited() {
    // A line 0-1-...-9 from source 0 with L = 4: only nodes 0..2 are reachable and back.
    int[][] edges = new int[9][];
    for (int k = 0; k < 9; k++) {
      edges[k] = new int[] {k, k + 1};
    }
    RmabInstance line = RmabTestKit.withConstraint(
        RmabGenerator.generate("budget", 10, 2, 3), new ActionConstraint.Path(2, 4, 0, edges));
    double[] w = new double[10];
    java.util.Arrays.fill(w, -0.5);
    w[9] = 10;
    w[8] = 5;
    w[2] = 1;
    try (ConstraintMip mip = ConstraintMip.build(line)) {
      mip.maximise(w);
      MipAction a = mip.solve(LIMIT).orElseThrow();
      assertArrayEquals(new int[] {2}, a.action().chosen());
      assertArrayEquals(new int[] {0, 1, 2, 1, 0}, a.action().witness());
      assertEquals(1, a.objective(), 1e-9);
    }
  }

  @Test
  void pathActionsAreLegalClosedWalksCoveringTheActedNodes() {
    SeededProperty.check("path MIP walk", 15, r -> {
      int arms = 5 + r.nextInt(30);
      RmabInstance in = RmabGenerator.generate("path", arms, 1 + r.nextInt(4), r.nextLong());
      try (ConstraintMip mip = ConstraintMip.build(in)) {
        for (int k = 0; k < 3; k++) {
          mip.maximise(weights(arms, r));
          JointAction a = mip.solve(LIMIT).orElseThrow().action();
          RmabTestKit.assertLegalWalk((ActionConstraint.Path) in.constraint(), arms, a);
          RmabTestKit.assertFeasible(in, a);
        }
      }
    });
  }

  @Test
  void interventionVariablesExistOnlyForInterventions() {
    RmabInstance in = RmabGenerator.generate("capacity", 6, 2, 1);
    try (ConstraintMip mip = ConstraintMip.build(in)) {
      assertThrows(IllegalStateException.class, () -> mip.intervention(0));
      assertThrows(IllegalStateException.class, () -> mip.maximiseEffect(new double[6]));
      assertThrows(IllegalArgumentException.class, () -> mip.maximise(new double[5]));
    }
  }

  static double[] weights(int arms, SplittableRandom r) {
    double[] w = new double[arms];
    for (int j = 0; j < arms; j++) {
      w[j] = r.nextDouble() * 3 - 1;
    }
    return w;
  }

  private static double effectValue(ActionConstraint.Interventions iv, double[] gain,
      JointAction a) {
    double[] q = iv.effect(a);
    double v = 0;
    for (int j = 0; j < gain.length; j++) {
      v += gain[j] * q[j];
    }
    return v;
  }

  private static double value(double[] w, int mask) {
    double v = 0;
    for (int j = 0; j < w.length; j++) {
      if ((mask & (1 << j)) != 0) {
        v += w[j];
      }
    }
    return v;
  }

  private static int mask(boolean[] p) {
    int m = 0;
    for (int j = 0; j < p.length; j++) {
      m |= p[j] ? 1 << j : 0;
    }
    return m;
  }

  private static int[] bits(int mask) {
    int[] out = new int[Integer.bitCount(mask)];
    int k = 0;
    for (int i = 0; i < 31; i++) {
      if ((mask & (1 << i)) != 0) {
        out[k++] = i;
      }
    }
    return out;
  }
}
