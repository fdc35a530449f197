package org.allot.problem.rmab;

import java.util.List;

/**
 * Small hand-made instances of every constraint family, for the pick-by-pick environment:
 * two-state arms that reach reward 1 exactly when acted (see
 * {@link RmabFixtures#deterministic}), horizon 2, no discount.
 */
final class PickCases {
  private PickCases() {}

  /** At most 2 of 4 arms. */
  static RmabInstance budget() {
    return RmabFixtures.deterministic(4, 2, 1.0, new ActionConstraint.ArmBudget(2));
  }

  /** Exactly 2 of 4 interventions on 4 arms, overlapping. */
  static RmabInstance interventions() {
    double[][] weight = {{1, 1, 0, 0}, {0, 1, 1, 0}, {0, 0, 2, 0}, {1, 0, 0, 3}};
    double[] alpha = {1, 0.5, 1, 0.8};
    double[] beta = {1, 2, 1, 1};
    double[] x0 = {0, 1, 0.5, 0};
    return RmabFixtures.deterministic(4, 2, 1.0,
        new ActionConstraint.Interventions(2, weight, alpha, beta, x0));
  }

  /** A square 0-1-2-3-0 and a triangle 1-2-4; source 0, 2 nodes, walks of 4 steps. */
  static RmabInstance path() {
    int[][] edges = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {1, 4}, {2, 4}};
    return RmabFixtures.deterministic(5, 2, 1.0, new ActionConstraint.Path(2, 4, 0, edges));
  }

  /**
   * 2 workers, 3 slots, at most 2 arms: arm 3 can never get two visits; arms 0 and 1 exclude
   * each other; {0, 2} and {1, 2} fit.
   */
  static RmabInstance matching() {
    boolean[][] armSlots = {{true, true, false}, {true, false, false}, {false, true, true},
        {false, false, true}};
    boolean[][] workerSlots = {{true, true, false}, {true, false, true}};
    return RmabFixtures.deterministic(4, 2, 1.0,
        new ActionConstraint.Matching(2, armSlots, workerSlots));
  }

  /** Costs 2, 3, 1, 2 on workers of capacity 3 and 4. */
  static RmabInstance capacity() {
    return RmabFixtures.deterministic(4, 2, 1.0,
        new ActionConstraint.Capacity(new int[] {2, 3, 1, 2}, new int[] {3, 4}));
  }

  static List<RmabInstance> all() {
    return List.of(budget(), interventions(), path(), matching(), capacity());
  }
}
