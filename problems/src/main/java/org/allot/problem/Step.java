package org.allot.problem;

/**
 * The result of one environment step (Gymnasium semantics).
 *
 * @param reward the reward of the step
 * @param terminated true when the episode reached a terminal state (the solution is complete)
 * @param truncated true when the episode was cut short (for example by a step limit)
 */
public record Step(double reward, boolean terminated, boolean truncated) {
  /** True when the episode is over either way. */
  public boolean done() {
    return terminated || truncated;
  }
}
