package org.allot.solver.rmab;

import org.allot.problem.rmab.ActionConstraint;
import org.allot.problem.rmab.RmabInstance;
import org.allot.problem.rmab.RmabSimulator;

/**
 * The "myopic" baseline: per step, the {@link ConstraintMip} maximising the expected next-step
 * reward. That is {@code const + Σ_j gain_j p_j} (gain = expected next reward acted minus
 * passive), linear and exact, for every family but interventions; there it is
 * {@code const + Σ_j gain_j φ_j(load_j)} through {@link ConstraintMip#maximiseEffect} (exact on
 * the breakpoints, see {@link SigmoidPwl}).
 */
final class RmabMyopic extends MipPolicy {
  private final boolean interventions;

  RmabMyopic(RmabInstance instance, Settings settings) {
    super(instance, settings);
    this.interventions = instance.constraint() instanceof ActionConstraint.Interventions;
  }

  @Override
  double[] objective(int[] state) {
    double[] gain = RmabSimulator.armGain(instance, state);
    if (interventions) {
      mip.maximiseEffect(gain);
    } else {
      mip.maximise(gain);
    }
    return gain;
  }
}
