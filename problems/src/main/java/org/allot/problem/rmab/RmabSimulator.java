package org.allot.problem.rmab;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates one episode of a restless bandit. {@link #reset} draws each arm's initial state from
 * a {@link SplittableRandom} seeded with the episode seed; {@link #step} checks the joint action,
 * computes the expected next-step reward and then draws exactly one uniform per arm, in arm
 * order, to sample the next states. So the same seed gives the same random numbers whatever the
 * actions (common random numbers across methods).
 *
 * <p>Arm j moves with {@code (1 - q_j) * passive_j + q_j * active_j}, where q_j is 1 for an
 * acted arm and 0 otherwise, or the effect level of {@link ActionConstraint.Interventions}.
 * Not thread-safe; use {@link #copy()} per thread or rollout.
 */
public final class RmabSimulator {
  private final RmabInstance instance;
  private final int arms;
  private final int states;
  private final double[][][] passive;
  private final double[][][] active;
  private final double[][] reward;
  private final int[] state;
  private final double[] q;
  private SplittableRandom random;
  private long seed;
  private long draws;
  private int time;

  /** A simulator of {@code instance}; call {@link #reset} before the first step. */
  public RmabSimulator(RmabInstance instance) {
    this.instance = instance;
    this.arms = instance.arms();
    this.states = instance.states();
    this.passive = instance.passive();
    this.active = instance.active();
    this.reward = instance.reward();
    this.state = new int[arms];
    this.q = new double[arms];
    this.random = new SplittableRandom(0);
  }

  private RmabSimulator(RmabSimulator o) {
    this.instance = o.instance;
    this.arms = o.arms;
    this.states = o.states;
    this.passive = o.passive;
    this.active = o.active;
    this.reward = o.reward;
    this.state = o.state.clone();
    this.q = new double[arms];
    this.seed = o.seed;
    this.draws = o.draws;
    this.random = new SplittableRandom(seed);
    for (long k = 0; k < draws; k++) {
      random.nextDouble();
    }
    this.time = o.time;
  }

  /**
   * An independent simulator in the same state with the same future random numbers (it replays
   * the draws taken so far, O(arms x time)).
   */
  public RmabSimulator copy() {
    return new RmabSimulator(this);
  }

  /** The instance simulated. */
  public RmabInstance instance() {
    return instance;
  }

  /** Starts an episode: time 0, initial states drawn with one uniform per arm from {@code seed}. */
  public void reset(long seed) {
    this.seed = seed;
    random = new SplittableRandom(seed);
    draws = arms;
    time = 0;
    for (int j = 0; j < arms; j++) {
      state[j] = sample(instance, j, random.nextDouble());
    }
  }

  private int sample(RmabInstance in, int arm, double u) {
    double cum = 0;
    int last = 0;
    for (int s = 0; s < states; s++) {
      double p = in.initialOf(arm, s);
      if (p > 0) {
        cum += p;
        last = s;
        if (u < cum) {
          return s;
        }
      }
    }
    return last;
  }

  /**
   * Sets the current states and time, and restarts the random numbers from {@code seed} (for
   * planners that simulate from a given state).
   */
  public void restore(int[] current, int t, long seed) {
    if (current.length != arms) {
      throw new IllegalArgumentException("expected " + arms + " states, got " + current.length);
    }
    for (int j = 0; j < arms; j++) {
      if (current[j] < 0 || current[j] >= states) {
        throw new IllegalArgumentException("state " + current[j] + " of arm " + j
            + " is outside 0.." + (states - 1));
      }
    }
    System.arraycopy(current, 0, state, 0, arms);
    if (t < 0 || t > instance.horizon()) {
      throw new IllegalArgumentException("time " + t + " is outside 0.." + instance.horizon());
    }
    time = t;
    this.seed = seed;
    draws = 0;
    random = new SplittableRandom(seed);
  }

  /** A copy of the current state of every arm. */
  public int[] state() {
    return state.clone();
  }

  /** The current state of {@code arm}. */
  public int stateOf(int arm) {
    return state[arm];
  }

  /** The number of steps taken in this episode. */
  public int time() {
    return time;
  }

  /** True once {@code horizon} steps have been taken. */
  public boolean done() {
    return time >= instance.horizon();
  }

  /**
   * Takes one step with {@code action}.
   *
   * @throws InfeasibleActionException naming every broken constraint when the action is
   *     infeasible (the state is then unchanged)
   * @throws IllegalStateException when the episode is done
   */
  public StepResult step(JointAction action) {
    List<String> violations = instance.constraint().violations(action, arms);
    if (!violations.isEmpty()) {
      throw new InfeasibleActionException(violations);
    }
    return stepUnchecked(action);
  }

  /** Takes a step without checking feasibility (the evaluator replays infeasible actions too). */
  StepResult stepUnchecked(JointAction action) {
    if (done()) {
      throw new IllegalStateException("the episode is done after " + time + " steps; reset it");
    }
    effect(instance, action, q);
    double expected = 0;
    for (int j = 0; j < arms; j++) {
      expected += armExpectation(j, state[j], q[j]);
    }
    double realised = 0;
    for (int j = 0; j < arms; j++) {
      state[j] = next(j, state[j], q[j], random.nextDouble());
      realised += reward[j][state[j]];
    }
    draws += arms;
    time++;
    return new StepResult(realised, expected, state.clone());
  }

  private int next(int arm, int s, double qj, double u) {
    double cum = 0;
    int last = s;
    for (int t = 0; t < states; t++) {
      double p = (1 - qj) * passive[arm][s][t] + qj * active[arm][s][t];
      if (p > 0) {
        cum += p;
        last = t;
        if (u < cum) {
          return t;
        }
      }
    }
    return last;
  }

  private double armExpectation(int arm, int s, double qj) {
    double e = 0;
    for (int t = 0; t < states; t++) {
      e += ((1 - qj) * passive[arm][s][t] + qj * active[arm][s][t]) * reward[arm][t];
    }
    return e;
  }

  /** The expected reward of the next step if {@code action} is taken now (no feasibility check). */
  public double expectedReward(JointAction action) {
    return expectedReward(instance, state, action);
  }

  /**
   * The distribution of {@code arm}'s next state from its current state, acted or passive (for
   * {@code Interventions}: q = 1 or q = 0).
   */
  public double[] nextStateDistribution(int arm, boolean acted) {
    return nextStateDistribution(instance, arm, state[arm], acted ? 1 : 0);
  }

  /** The distribution of {@code arm}'s next state from {@code s} under effect level {@code q}. */
  public static double[] nextStateDistribution(RmabInstance instance, int arm, int s, double q) {
    double[] row = new double[instance.states()];
    for (int t = 0; t < row.length; t++) {
      row[t] = (1 - q) * instance.transition(arm, false, s, t)
          + q * instance.transition(arm, true, s, t);
    }
    return row;
  }

  /**
   * The expected next-step reward {@code sum_j sum_s' P_j(s' | s_j, a) r_j(s')} of taking
   * {@code action} in {@code state}: the myopic objective, exact also for interventions.
   */
  public static double expectedReward(RmabInstance instance, int[] state, JointAction action) {
    double[] q = new double[instance.arms()];
    effect(instance, action, q);
    double e = 0;
    for (int j = 0; j < q.length; j++) {
      e += armReward(instance, j, state[j], q[j]);
    }
    return e;
  }

  /** The expected next-step reward of {@code arm} from state {@code s} under effect level q. */
  public static double armReward(RmabInstance instance, int arm, int s, double q) {
    double e = 0;
    for (int t = 0; t < instance.states(); t++) {
      e += ((1 - q) * instance.transition(arm, false, s, t)
          + q * instance.transition(arm, true, s, t)) * instance.rewardOf(arm, t);
    }
    return e;
  }

  /**
   * Per arm, the expected next-step reward if acted minus if passive, from {@code state}: the
   * linear myopic objective over p for every constraint except interventions (for those it is
   * the gain of q = 1 over q = 0).
   */
  public static double[] armGain(RmabInstance instance, int[] state) {
    double[] g = new double[instance.arms()];
    for (int j = 0; j < g.length; j++) {
      g[j] = armReward(instance, j, state[j], 1) - armReward(instance, j, state[j], 0);
    }
    return g;
  }

  /** Fills {@code into} with each arm's effect level q_j under {@code action}. */
  static void effect(RmabInstance instance, JointAction action, double[] into) {
    if (instance.constraint() instanceof ActionConstraint.Interventions iv) {
      double[] e = iv.effect(action);
      System.arraycopy(e, 0, into, 0, into.length);
      return;
    }
    java.util.Arrays.fill(into, 0);
    for (int k = 0; k < action.size(); k++) {
      int c = action.chosenAt(k);
      if (c >= 0 && c < into.length) {
        into[c] = 1;
      }
    }
  }

  /**
   * What one step gave.
   *
   * @param reward the realised reward {@code sum_j r_j(s'_j)} of the sampled next states
   * @param expectedReward the expected next-step reward given the state and action (the
   *     variance-reduced signal that returns are made of)
   * @param nextState the sampled next state of every arm
   */
  public record StepResult(double reward, double expectedReward, int[] nextState) {
    public StepResult {
      nextState = nextState.clone();
    }

    @Override
    public int[] nextState() {
      return nextState.clone();
    }

    /** The next state of {@code arm}. */
    public int nextStateOf(int arm) {
      return nextState[arm];
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StepResult other && Double.compare(reward, other.reward) == 0
          && Double.compare(expectedReward, other.expectedReward) == 0
          && java.util.Arrays.equals(nextState, other.nextState);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(nextState) * 31 + Double.hashCode(reward);
    }

    @Override
    public String toString() {
      return "StepResult[reward=" + reward + ", expectedReward=" + expectedReward
          + ", nextState=" + java.util.Arrays.toString(nextState) + "]";
    }
  }
}
