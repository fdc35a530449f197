package org.allot.agent.earli;

import java.nio.file.Path;
import org.allot.agent.Weights;
import org.allot.solver.SolverOptions;

/** The options the {@code attention} and {@code earli} solvers share: which policy, how it decodes. */
final class PolicyOptions {
  static final SolverOptions.Declared WEIGHTS = new SolverOptions.Declared("weights", "",
      "a weights file written by 'allot train earli' (default: the shipped policy)");
  static final SolverOptions.Declared TEMPERATURE = new SolverOptions.Declared("temperature",
      "1", "the sampling temperature of the sampled rollouts, 0.01..100 (lower: closer to"
      + " greedy)");
  static final SolverOptions.Declared CANDIDATES = new SolverOptions.Declared("candidates", "16",
      "the nearest feasible customers the policy may choose from at each step (0: all; the"
      + " shipped policy was trained with 16)");

  private PolicyOptions() {}

  static Weights weights(SolverOptions options) {
    String file = options.string(WEIGHTS.name(), "");
    return file.isEmpty() ? EarliModel.shipped() : EarliModel.file(Path.of(file));
  }

  static Construction construction(SolverOptions options, int count) {
    return new Construction(weights(options), count,
        options.number(TEMPERATURE.name(), 1, 0.01, 100),
        options.integer(CANDIDATES.name(), 16, 0, 1_000_000));
  }
}
