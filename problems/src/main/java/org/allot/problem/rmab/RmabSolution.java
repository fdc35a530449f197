package org.allot.problem.rmab;

import java.util.Arrays;
import java.util.Objects;
import org.allot.problem.Solution;

/**
 * The recorded seeded episodes of a policy: per episode its seed (for
 * {@link RmabSimulator#reset}) and the joint action taken at every step. The evaluator replays
 * them with the same seeds, so the actions must be those the policy took on these states.
 *
 * @param seeds per episode, the simulator seed; at least one episode
 * @param actions [episode][step], the joint actions (the horizon's length each when complete)
 */
public record RmabSolution(long[] seeds, JointAction[][] actions) implements Solution {
  public RmabSolution {
    seeds = Objects.requireNonNull(seeds, "seeds").clone();
    if (seeds.length == 0) {
      throw new IllegalArgumentException("a solution needs at least one episode");
    }
    if (actions.length != seeds.length) {
      throw new IllegalArgumentException("actions has " + actions.length + " episodes, seeds "
          + seeds.length);
    }
    JointAction[][] c = new JointAction[actions.length][];
    for (int e = 0; e < actions.length; e++) {
      c[e] = actions[e].clone();
      for (int t = 0; t < c[e].length; t++) {
        Objects.requireNonNull(c[e][t], () -> "action missing");
      }
    }
    actions = c;
  }

  /** The number of episodes. */
  public int episodes() {
    return seeds.length;
  }

  /** The seed of episode {@code e}. */
  public long seedOf(int e) {
    return seeds[e];
  }

  /** The number of actions recorded in episode {@code e}. */
  public int stepsOf(int e) {
    return actions[e].length;
  }

  /** The action of episode {@code e} at step {@code t}. */
  public JointAction actionAt(int e, int t) {
    return actions[e][t];
  }

  @Override
  public long[] seeds() {
    return seeds.clone();
  }

  @Override
  public JointAction[][] actions() {
    JointAction[][] c = new JointAction[actions.length][];
    for (int e = 0; e < c.length; e++) {
      c[e] = actions[e].clone();
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RmabSolution other && Arrays.equals(seeds, other.seeds)
        && Arrays.deepEquals(actions, other.actions);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(seeds) + Arrays.deepHashCode(actions);
  }

  @Override
  public String toString() {
    return "RmabSolution[" + seeds.length + " episodes]";
  }
}
