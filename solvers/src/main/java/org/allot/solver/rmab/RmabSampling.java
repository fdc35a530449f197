package org.allot.solver.rmab;

import java.util.Optional;
import java.util.SplittableRandom;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.RmabInstance;
import org.allot.problem.rmab.RmabSimulator;
import org.allot.solver.Deadline;

/**
 * The "sampling" baseline: K random feasible actions ({@link RandomActions}) per step, the one
 * with the highest expected next-step reward taken (the first of equals).
 */
final class RmabSampling implements RmabPolicy {
  private final RmabInstance instance;
  private final int samples;

  RmabSampling(RmabInstance instance, int samples) {
    this.instance = instance;
    this.samples = samples;
  }

  @Override
  public Optional<JointAction> act(int[] state, int time, SplittableRandom random,
      Deadline deadline) {
    JointAction best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < samples; k++) {
      JointAction a = RandomActions.draw(instance, random);
      double v = RmabSimulator.expectedReward(instance, state, a);
      if (v > bestValue) {
        best = a;
        bestValue = v;
      }
    }
    return Optional.of(best);
  }
}
