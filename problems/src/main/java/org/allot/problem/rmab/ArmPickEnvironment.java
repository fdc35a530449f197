package org.allot.problem.rmab;

import java.util.Arrays;
import org.allot.problem.Environment;
import org.allot.problem.Step;

/**
 * The MDP of one restless-bandit episode in which each step's joint action is built as a
 * sequence of masked single picks, ended by a "done" action that applies it (the sequential
 * form of SEQUOIA's combinatorial action, for agents that score one pick at a time).
 *
 * <p><b>Actions</b> {@code 0..P}: action {@code P} ({@link #doneAction()}) is "done", which
 * applies the picks made so far as this step's joint action; actions {@code 0..P-1} are picks,
 * depending on the instance's {@link ActionConstraint}: for {@code budget}, {@code path} and
 * {@code matching} pick {@code j} acts on arm j (P = J); for {@code interventions} pick {@code i}
 * chooses intervention i (P = N); for {@code capacity} pick {@code arm * W + w} acts on the arm
 * and assigns it to worker w (P = J W: a single-arm pick cannot carry the assignment exactly,
 * since deciding whether a set of arms fits the workers is bin packing).
 *
 * <p><b>Mask</b>: a pick is allowed when it is not yet taken in this step and the constraint
 * still allows it: fewer than B picks so far ({@code budget}, {@code interventions},
 * {@code path}, {@code matching}); {@code path}: the walk from the source through the picked
 * nodes, in pick order along shortest paths, can still return to the source within L steps;
 * {@code matching}: the picked arms and this one can all get their two visits (a bipartite
 * matching, decided exactly); {@code capacity}: the arm is unassigned and its cost fits the
 * worker's remaining capacity. "Done" is allowed when the picks form a feasible joint action:
 * always, except for {@code interventions}, which need exactly B. So every running state has a
 * legal action, every joint action applied is feasible, and every feasible joint action can be
 * built. The masks are exact (a pick is allowed exactly when the picks with it extend to a
 * feasible joint action) for every family but {@code path}: there the picks are the visiting
 * order, and one order of picks can rule out a node that another order of the same nodes would
 * allow (deciding a set exactly is a travelling-salesman problem); the sets reachable are still
 * exactly the feasible ones.
 *
 * <p><b>Reward</b>: a pick earns 0; "done" at bandit step t earns the expected next-step reward
 * {@code E[sum_j r_j(s_j') | s_t, a_t]} of the joint action, then the arms move with the
 * simulator's seeded random numbers ({@link RmabSimulator#step}). Rewards are not discounted:
 * {@code sum_t discount^t * reward of the t-th "done"} over an episode is exactly the objective
 * that {@link Rmab#evaluate} gives {@link #solution()} (one episode).
 *
 * <p><b>Episodes and seeds</b>: {@link #reset}{@code (seed)} resets the simulator with that seed
 * (initial states, then one uniform per arm per step, whatever the actions); the episode ends
 * (terminated) with the horizon's H-th "done", after at most {@code H (P + 1)} actions; never
 * truncated. {@link #solution()} is the episode as an {@link RmabSolution} with the one seed.
 *
 * <p><b>Observation</b>, {@link #observationSize()} floats: per arm j, {@code S + 3} floats
 * ({@link #armFeatures()}): a one-hot of its state (S floats); its effect level q_j under the
 * picks so far (1 acted, 0 passive; for {@code interventions} the sigmoid level of the chosen
 * interventions); its expected next-step reward if passive, then if acted, from its state. Then
 * the constraint's block: {@code interventions} N floats, 1 for each chosen intervention;
 * {@code path} J floats, a one-hot of the node the walk has reached, and 1 float, the walk's
 * steps left / L; {@code capacity} W floats, each worker's remaining capacity, and J floats, each
 * arm's cost, both / the largest capacity; {@code budget} and {@code matching} none. Last,
 * {@link #GLOBAL_FEATURES} floats: the bandit steps left / H, and the budget left in this step
 * (picks left / B; {@code capacity}: remaining / total capacity). Not thread-safe; {@link #copy}
 * for rollouts (it replays the simulator's draws, O(J t)).
 */
public final class ArmPickEnvironment implements Environment<RmabSolution> {
  /** Floats after the per-arm and per-constraint blocks. */
  public static final int GLOBAL_FEATURES = 2;

  private final RmabInstance instance;
  private final int arms;
  private final int states;
  private final RmabSimulator simulator;
  private final PickState picks;
  private final JointAction[] actions;
  private final double[] q;
  private final float[] passiveReward;
  private final float[] activeReward;
  private long seed;
  private boolean done;

  /** The environment of {@code instance}, reset with seed 0. */
  public ArmPickEnvironment(RmabInstance instance) {
    this.instance = instance;
    this.arms = instance.arms();
    this.states = instance.states();
    this.simulator = new RmabSimulator(instance);
    this.picks = PickState.of(instance);
    this.actions = new JointAction[instance.horizon()];
    this.q = new double[arms];
    this.passiveReward = new float[arms];
    this.activeReward = new float[arms];
    reset(0);
  }

  private ArmPickEnvironment(ArmPickEnvironment o) {
    this.instance = o.instance;
    this.arms = o.arms;
    this.states = o.states;
    this.simulator = o.simulator.copy();
    this.picks = o.picks.copy();
    this.actions = o.actions.clone();
    this.q = o.q.clone();
    this.passiveReward = o.passiveReward.clone();
    this.activeReward = o.activeReward.clone();
    this.seed = o.seed;
    this.done = o.done;
  }

  /** The instance. */
  public RmabInstance instance() {
    return instance;
  }

  /** The "done" action: the last one, after the picks. */
  public int doneAction() {
    return picks.picks();
  }

  /** The floats per arm at the start of the observation. */
  public int armFeatures() {
    return states + 3;
  }

  /** The bandit steps taken in this episode (the "done" actions). */
  public int time() {
    return simulator.time();
  }

  /** The joint action of the picks made so far in this step, with its witness. */
  public JointAction pending() {
    return picks.action();
  }

  @Override
  public int actionCount() {
    return picks.picks() + 1;
  }

  @Override
  public int observationSize() {
    return arms * armFeatures() + picks.featureCount() + GLOBAL_FEATURES;
  }

  @Override
  public void reset(long seed) {
    this.seed = seed;
    simulator.reset(seed);
    Arrays.fill(actions, null);
    done = false;
    startStep();
  }

  /** Clears the picks and refreshes the per-arm features for the simulator's current states. */
  private void startStep() {
    picks.clear();
    RmabSimulator.effect(instance, picks.action(), q);
    for (int j = 0; j < arms; j++) {
      int s = simulator.stateOf(j);
      passiveReward[j] = (float) RmabSimulator.armReward(instance, j, s, 0);
      activeReward[j] = (float) RmabSimulator.armReward(instance, j, s, 1);
    }
  }

  @Override
  public Step step(int action) {
    if (action < 0 || action > doneAction()) {
      throw new IllegalArgumentException("action " + action + " is out of range 0.."
          + doneAction() + " (" + doneAction() + " is done)");
    }
    if (done) {
      throw new IllegalStateException("the episode is over after " + instance.horizon()
          + " steps; call reset");
    }
    if (action < doneAction()) {
      if (!picks.allowed(action)) {
        throw new IllegalArgumentException("action " + action + " is masked: "
            + picks.whyNot(action));
      }
      picks.pick(action);
      RmabSimulator.effect(instance, picks.action(), q);
      return new Step(0, false, false);
    }
    if (!picks.complete()) {
      throw new IllegalArgumentException("the done action is masked: exactly "
          + instance.constraint().budget() + " must be picked, " + picks.count() + " are");
    }
    JointAction joint = picks.action();
    actions[simulator.time()] = joint;
    double reward = simulator.step(joint).expectedReward();
    done = simulator.done();
    startStep();
    return new Step(reward, done, false);
  }

  @Override
  public void actionMask(boolean[] into) {
    for (int a = 0; a < doneAction(); a++) {
      into[a] = !done && picks.allowed(a);
    }
    into[doneAction()] = !done && picks.complete();
  }

  @Override
  public void observe(float[] into) {
    int width = armFeatures();
    for (int j = 0; j < arms; j++) {
      int b = j * width;
      Arrays.fill(into, b, b + states, 0);
      into[b + simulator.stateOf(j)] = 1;
      into[b + states] = (float) q[j];
      into[b + states + 1] = passiveReward[j];
      into[b + states + 2] = activeReward[j];
    }
    int g = arms * width;
    picks.features(into, g);
    g += picks.featureCount();
    into[g] = (float) (instance.horizon() - simulator.time()) / instance.horizon();
    into[g + 1] = picks.budgetLeft();
  }

  @Override
  public boolean done() {
    return done;
  }

  @Override
  public RmabSolution solution() {
    if (!done) {
      throw new IllegalStateException("the episode is not over: " + simulator.time() + " of "
          + instance.horizon() + " steps taken");
    }
    return new RmabSolution(new long[] {seed}, new JointAction[][] {actions.clone()});
  }

  @Override
  public ArmPickEnvironment copy() {
    return new ArmPickEnvironment(this);
  }
}
