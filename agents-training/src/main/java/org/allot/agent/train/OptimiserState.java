package org.allot.agent.train;

import ai.djl.ndarray.NDManager;
import java.util.Objects;
import java.util.SplittableRandom;
import org.allot.agent.Adam;

/**
 * What the policy-gradient phases of one run share and change: Adam's moments, the generator that
 * shuffles the minibatches, and the root manager under which each minibatch opens its scope.
 *
 * @param adam the optimiser, stepped once per minibatch
 * @param random the run's generator (see {@link Seeding})
 * @param manager the root manager; per-step arrays never live on it
 */
public record OptimiserState(Adam adam, SplittableRandom random, NDManager manager) {
  public OptimiserState {
    Objects.requireNonNull(adam, "adam");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(manager, "manager");
  }
}
