package org.allot.agent;

import java.util.random.RandomGenerator;

/**
 * A decision rule over an environment's observations: the learned part of an agent. A policy
 * may be stochastic; its randomness comes only from the generator it is given.
 */
@FunctionalInterface
public interface Policy {
  /**
   * Chooses a legal action.
   *
   * @param observation the environment's observation (read only)
   * @param mask the legal actions (read only); at least one is true
   * @param random the source of any randomness
   * @return an action whose mask entry is true
   */
  int act(float[] observation, boolean[] mask, RandomGenerator random);

  /** The lowest-numbered legal action: a deterministic baseline and test policy. */
  static Policy firstLegal() {
    return (observation, mask, random) -> {
      for (int a = 0; a < mask.length; a++) {
        if (mask[a]) {
          return a;
        }
      }
      throw new IllegalStateException("no legal action");
    };
  }
}
