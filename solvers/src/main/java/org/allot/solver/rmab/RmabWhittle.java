package org.allot.solver.rmab;

import org.allot.problem.rmab.RmabInstance;

/**
 * The "whittle" baseline: each arm's Whittle index in each state, computed once per solve with
 * the coupling ignored (the arm's own passive and active matrices), then per step the
 * {@link ConstraintMip} maximising {@code Σ_j W_j(s_j) p_j}. Arms with a negative index are
 * left passive. For interventions p_j is "covered by a chosen intervention", so the objective is
 * the sum of the indices of the covered arms: a heuristic, since an intervention's effect there
 * is partial and compounds (the published work notes that Whittle decoupling breaks down under
 * such coupling).
 *
 * <p>Discount: the instance's γ when below 1; for γ = 1 the indices use {@code 1 − 1/H}, whose
 * effective horizon matches the episode's (the undiscounted infinite-horizon index does not
 * exist as a discounted one).
 */
final class RmabWhittle extends MipPolicy {
  private final double[][] index;

  RmabWhittle(RmabInstance instance, Settings settings) {
    super(instance, settings);
    this.index = indices(instance);
  }

  /** {@code W[arm][state]} of every arm. */
  static double[][] indices(RmabInstance instance) {
    double beta = instance.discount() < 1 ? instance.discount() : 1 - 1.0 / instance.horizon();
    if (!(beta > 0)) {
      beta = 0.5;
    }
    double[][][] passive = instance.passive();
    double[][][] active = instance.active();
    double[][] reward = instance.reward();
    double[][] w = new double[instance.arms()][];
    for (int j = 0; j < w.length; j++) {
      w[j] = WhittleIndex.of(passive[j], active[j], reward[j], beta).indices();
    }
    return w;
  }

  @Override
  double[] objective(int[] state) {
    double[] weight = new double[state.length];
    for (int j = 0; j < weight.length; j++) {
      weight[j] = index[j][state[j]];
    }
    mip.maximise(weight);
    return weight;
  }
}
