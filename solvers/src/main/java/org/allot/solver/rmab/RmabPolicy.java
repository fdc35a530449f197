package org.allot.solver.rmab;

import java.util.Optional;
import java.util.SplittableRandom;
import org.allot.problem.rmab.JointAction;
import org.allot.solver.Deadline;

/**
 * A policy of one restless-bandit instance, opened for one solve: the joint action for the
 * current joint state. Implementations are not thread-safe.
 */
interface RmabPolicy extends AutoCloseable {
  /**
   * The action to take at step {@code time} in {@code state}.
   *
   * @param random the policy's own random numbers for this episode (never the simulator's)
   * @param deadline the solve's deadline; a MIP gets what is left of it
   * @return the action, feasible; empty when the deadline stopped the policy first
   */
  Optional<JointAction> act(int[] state, int time, SplittableRandom random, Deadline deadline);

  /** Frees native resources (the MIP); nothing by default. */
  @Override
  default void close() {}
}
