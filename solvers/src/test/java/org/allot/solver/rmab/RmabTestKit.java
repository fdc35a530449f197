package org.allot.solver.rmab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.allot.problem.Evaluation;
import org.allot.problem.rmab.ActionConstraint;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.Rmab;
import org.allot.problem.rmab.RmabGenerator;
import org.allot.problem.rmab.RmabInstance;
import org.allot.problem.rmab.RmabSolution;

/** Shared instances and independent checks of the rmab solver tests. */
final class RmabTestKit {
  static final String[] KINDS = {"budget", "interventions", "path", "matching", "capacity"};

  private RmabTestKit() {}

  /** One small generated instance of every constraint kind. */
  static List<RmabInstance> smallInstances(long seed) {
    return Arrays.stream(KINDS).map(k -> RmabGenerator.generate(k, 8, 2, seed)).toList();
  }

  static RmabInstance withConstraint(RmabInstance in, ActionConstraint c) {
    return new RmabInstance(in.name() + "-" + c.kind(), in.states(), in.passive(), in.active(),
        in.reward(), in.initial(), in.horizon(), in.discount(), c);
  }

  static void assertFeasible(RmabInstance in, JointAction a) {
    List<String> v = in.constraint().violations(a, in.arms());
    assertTrue(v.isEmpty(), () -> in.name() + ": " + a + " infeasible: " + v);
  }

  /** Re-checks a solution with the family's evaluator; returns its objective. */
  static double assertValid(RmabInstance in, RmabSolution s) {
    Evaluation e = new Rmab().evaluate(in, s);
    assertTrue(e.feasible(), () -> in.name() + ": " + e.violations());
    return e.objective();
  }

  /**
   * Independently of the family's checker: the witness is a closed walk from the source of at most
   * L steps along edges or stays, and every acted node lies on it.
   */
  static void assertLegalWalk(ActionConstraint.Path path, int arms, JointAction a) {
    int[] walk = a.witness();
    int[][] nbr = path.neighbours(arms);
    assertTrue(walk.length >= 1 && walk.length - 1 <= path.maxSteps(),
        () -> "walk of " + (walk.length - 1) + " steps, L = " + path.maxSteps());
    assertEquals(path.source(), walk[0], "walk start");
    assertEquals(path.source(), walk[walk.length - 1], "walk end");
    for (int k = 1; k < walk.length; k++) {
      int u = walk[k - 1];
      int v = walk[k];
      assertTrue(u == v || Arrays.binarySearch(nbr[u], v) >= 0, () -> u + "-" + v + " no edge");
    }
    for (int j : a.chosen()) {
      assertTrue(Arrays.stream(walk).anyMatch(v -> v == j), () -> "acted node " + j
          + " is not on the walk " + Arrays.toString(walk));
    }
    assertTrue(a.size() <= path.budget(), "budget");
  }
}
