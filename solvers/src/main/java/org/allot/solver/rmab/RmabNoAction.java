package org.allot.solver.rmab;

import java.util.Optional;
import java.util.SplittableRandom;
import org.allot.problem.rmab.ActionConstraint;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.RmabInstance;
import org.allot.solver.Deadline;

/**
 * The "no action" baseline: the null action at every step (for paths, the walk that stays at the
 * source). The interventions family has no null action, because exactly B interventions must be
 * chosen; there this policy takes the feasible action closest to doing nothing: B interventions
 * chosen greedily, each time the one that raises the total effect level {@code Σ_j q_j} least
 * (ties to the lower index), fixed for the whole run and blind to state and rewards. (On the
 * generated instances it spreads single interventions over the good arms, where one alone
 * barely acts.) Refusing the family instead would leave a hole in the results table.
 */
final class RmabNoAction implements RmabPolicy {
  private final JointAction action;

  RmabNoAction(RmabInstance instance) {
    this.action = switch (instance.constraint()) {
      case ActionConstraint.Interventions iv -> leastEffect(iv, instance.arms());
      case ActionConstraint.Path path -> path.noAction();
      default -> JointAction.none();
    };
  }

  /** B interventions added one at a time, each raising {@code Σ_j q_j} least. */
  static JointAction leastEffect(ActionConstraint.Interventions iv, int arms) {
    int n = iv.interventions();
    boolean[] taken = new boolean[n];
    double[] load = new double[arms];
    for (int k = 0; k < iv.budget(); k++) {
      int best = -1;
      double bestEffect = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (!taken[i]) {
          double effect = 0;
          for (int j = 0; j < arms; j++) {
            effect += iv.effectOf(j, load[j] + iv.weightOf(i, j)) - iv.effectOf(j, load[j]);
          }
          if (effect < bestEffect) {
            best = i;
            bestEffect = effect;
          }
        }
      }
      taken[best] = true;
      for (int j = 0; j < arms; j++) {
        load[j] += iv.weightOf(best, j);
      }
    }
    int[] chosen = new int[iv.budget()];
    int c = 0;
    for (int i = 0; i < n; i++) {
      if (taken[i]) {
        chosen[c++] = i;
      }
    }
    return JointAction.of(chosen);
  }

  /** The action taken at every step. */
  JointAction action() {
    return action;
  }

  @Override
  public Optional<JointAction> act(int[] state, int time, SplittableRandom random,
      Deadline deadline) {
    return Optional.of(action);
  }
}
