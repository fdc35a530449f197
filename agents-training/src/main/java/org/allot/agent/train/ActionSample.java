package org.allot.agent.train;

/**
 * One decision to learn from with a policy-gradient loss: the action taken in a state, its
 * log-probability under the policy that acted (the PPO ratio's denominator), and its advantage.
 * Implementations add what the policy needs to recompute the log-probabilities (the observation
 * and the action mask, say): see {@link DifferentiablePolicy}.
 */
public interface ActionSample {
  /** The action taken, an index into the policy's actions. */
  int action();

  /** The action's log-probability when it was taken. */
  double oldLogProb();

  /** The advantage: how much better than expected the action turned out (or a label weight). */
  double advantage();
}
