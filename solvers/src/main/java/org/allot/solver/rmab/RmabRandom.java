package org.allot.solver.rmab;

import java.util.Optional;
import java.util.SplittableRandom;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.RmabInstance;
import org.allot.solver.Deadline;

/**
 * The "random" baseline (the normaliser, = 1): a random feasible action per step, drawn as
 * {@link RandomActions} describes.
 */
final class RmabRandom implements RmabPolicy {
  private final RmabInstance instance;

  RmabRandom(RmabInstance instance) {
    this.instance = instance;
  }

  @Override
  public Optional<JointAction> act(int[] state, int time, SplittableRandom random,
      Deadline deadline) {
    return Optional.of(RandomActions.draw(instance, random));
  }
}
