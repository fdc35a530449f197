package org.allot.problem.rmab;

import java.util.Arrays;
import java.util.Objects;
import org.allot.problem.Instance;

/**
 * A restless multi-armed bandit with a combinatorial action constraint (coRMAB): J arms, each a
 * Markov chain over {@code states} states with a passive and an active transition matrix and a
 * reward per state; an initial-state distribution per arm; a horizon and a discount; and the
 * constraint on the joint action. Arms move independently given the joint action.
 *
 * <p>Accessors of the array components return deep copies; the element accessors
 * ({@link #transition}, {@link #rewardOf}, {@link #initialOf}) read without copying.
 *
 * @param name the instance's name
 * @param states S, the number of states of every arm, at least 1
 * @param passive [arm][s][s'], the passive transition matrix of each arm, row-stochastic
 * @param active [arm][s][s'], the active transition matrix of each arm, row-stochastic
 * @param reward [arm][s], the reward of being in state s (finite)
 * @param initial [arm][s], the initial-state distribution of each arm (sums to 1)
 * @param horizon H, the number of steps of an episode, at least 1
 * @param discount gamma, in (0, 1]
 * @param constraint the action constraint, fitting the number of arms
 */
public record RmabInstance(String name, int states, double[][][] passive, double[][][] active,
    double[][] reward, double[][] initial, int horizon, double discount,
    ActionConstraint constraint) implements Instance {

  /** How far a probability row may sum from 1 once constructed. */
  public static final double STOCHASTIC_TOLERANCE = 1e-9;

  public RmabInstance {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(constraint, "constraint");
    int arms = passive.length;
    if (arms < 1 || states < 1) {
      throw new IllegalArgumentException("an instance needs at least one arm and one state, got "
          + arms + " arms and " + states + " states");
    }
    passive = cube(passive, arms, states, "passive");
    active = cube(active, arms, states, "active");
    reward = rows(reward, arms, states, "reward");
    initial = rows(initial, arms, states, "initial");
    for (int j = 0; j < arms; j++) {
      for (int s = 0; s < states; s++) {
        stochastic(passive[j][s], "passive transition row of arm " + j + ", state " + s);
        stochastic(active[j][s], "active transition row of arm " + j + ", state " + s);
        if (!Double.isFinite(reward[j][s])) {
          throw new IllegalArgumentException("reward of arm " + j + ", state " + s
              + " must be finite, got " + reward[j][s]);
        }
      }
      stochastic(initial[j], "initial distribution of arm " + j);
    }
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be >= 1, got " + horizon);
    }
    if (!(discount > 0 && discount <= 1)) {
      throw new IllegalArgumentException("discount must be in (0, 1], got " + discount);
    }
    constraint.requireFits(arms);
  }

  private static double[][][] cube(double[][][] m, int arms, int states, String what) {
    if (m.length != arms) {
      throw new IllegalArgumentException(what + " has " + m.length + " arms, expected " + arms);
    }
    double[][][] c = new double[arms][][];
    for (int j = 0; j < arms; j++) {
      if (m[j].length != states) {
        throw new IllegalArgumentException(what + " matrix of arm " + j + " has " + m[j].length
            + " rows, expected " + states + " (one per state)");
      }
      c[j] = rows(m[j], states, states, what + " matrix of arm " + j);
    }
    return c;
  }

  private static double[][] rows(double[][] m, int n, int states, String what) {
    if (m.length != n) {
      throw new IllegalArgumentException(what + " has " + m.length + " rows, expected " + n);
    }
    double[][] c = new double[n][];
    for (int i = 0; i < n; i++) {
      if (m[i].length != states) {
        throw new IllegalArgumentException(what + " row " + i + " has " + m[i].length
            + " entries, expected " + states + " (one per state)");
      }
      c[i] = m[i].clone();
    }
    return c;
  }

  private static void stochastic(double[] row, String what) {
    double sum = 0;
    for (int s = 0; s < row.length; s++) {
      if (!(row[s] >= 0 && row[s] <= 1)) {
        throw new IllegalArgumentException(what + ": probability " + row[s] + " of state " + s
            + " is not in [0, 1]");
      }
      sum += row[s];
    }
    if (Math.abs(sum - 1) > STOCHASTIC_TOLERANCE) {
      throw new IllegalArgumentException(what + " sums to " + Checks.round12(sum) + ", expected 1");
    }
  }

  /** J, the number of arms. */
  public int arms() {
    return passive.length;
  }

  /** P(next | s) of {@code arm} under the passive ({@code acted = false}) or active matrix. */
  public double transition(int arm, boolean acted, int s, int next) {
    return (acted ? active : passive)[arm][s][next];
  }

  /** The reward of {@code arm} in state {@code s}. */
  public double rewardOf(int arm, int s) {
    return reward[arm][s];
  }

  /** The probability that {@code arm} starts in state {@code s}. */
  public double initialOf(int arm, int s) {
    return initial[arm][s];
  }

  /** The same instance under another name. */
  public RmabInstance withName(String newName) {
    return new RmabInstance(newName, states, passive, active, reward, initial, horizon, discount,
        constraint);
  }

  @Override
  public double[][][] passive() {
    return cube(passive, passive.length, states, "passive");
  }

  @Override
  public double[][][] active() {
    return cube(active, active.length, states, "active");
  }

  @Override
  public double[][] reward() {
    return rows(reward, reward.length, states, "reward");
  }

  @Override
  public double[][] initial() {
    return rows(initial, initial.length, states, "initial");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RmabInstance other && name.equals(other.name) && states == other.states
        && horizon == other.horizon && Double.compare(discount, other.discount) == 0
        && Arrays.deepEquals(passive, other.passive) && Arrays.deepEquals(active, other.active)
        && Arrays.deepEquals(reward, other.reward) && Arrays.deepEquals(initial, other.initial)
        && constraint.equals(other.constraint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, states, horizon, Arrays.deepHashCode(reward), constraint);
  }

  @Override
  public String toString() {
    return "RmabInstance[" + name + ", " + arms() + " arms, " + states + " states, horizon "
        + horizon + ", discount " + discount + ", " + constraint + "]";
  }
}
