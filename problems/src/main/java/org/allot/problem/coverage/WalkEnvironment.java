package org.allot.problem.coverage;

import java.util.Arrays;
import org.allot.problem.Environment;
import org.allot.problem.Step;

/**
 * The MDP view of a coverage instance (SubPO's grid world): an episode starts at the start cell
 * and takes exactly {@code horizon} steps. The dynamics are deterministic; the seed of
 * {@link #reset} is unused.
 *
 * <p><b>Actions</b> (5, {@link Move} order): 0 stay, 1 north, 2 south, 3 east, 4 west. The mask
 * allows stay always and a move when its target is inside the grid and not an obstacle.
 *
 * <p><b>Reward</b>: the marginal gain {@code F(covered + footprint(s_{t+1})) - F(covered)} of
 * the cell reached; the first step also earns {@code F(footprint(s_0))}, the start's own
 * coverage, so an episode's rewards sum to exactly the evaluator's F of the walk (SubPO's
 * decomposition {@code F(tau) = F({s_0}) + sum of marginal gains}); with horizon 0 the episode
 * is over at reset and earns nothing.
 *
 * <p><b>Observation</b> ({@code 3 + width * height} floats): 0: x / (width - 1); 1: y /
 * (height - 1) (0 for a one-column or one-row grid); 2: t / horizon, the steps taken (0 when the
 * horizon is 0); then one float per cell, row-major, 1 when the cell is covered so far, else 0
 * (the history a non-Markovian policy needs). Not thread-safe; {@link #copy} for rollouts.
 */
public final class WalkEnvironment implements Environment<CoverageWalk> {
  /** Floats before the per-cell coverage block. */
  public static final int FEATURES = 3;

  private final CoverageInstance instance;
  private final Footprints footprints;
  private CoverageState state;
  private final int[] cells;
  private int t;
  private double startValue;

  public WalkEnvironment(CoverageInstance instance) {
    this.instance = instance;
    this.footprints = new Footprints(instance);
    this.cells = new int[instance.horizon() + 1];
    reset(0);
  }

  private WalkEnvironment(WalkEnvironment o) {
    instance = o.instance;
    footprints = o.footprints;
    state = o.state.copy();
    cells = o.cells.clone();
    t = o.t;
    startValue = o.startValue;
  }

  public CoverageInstance instance() {
    return instance;
  }

  @Override
  public int actionCount() {
    return Move.count();
  }

  @Override
  public int observationSize() {
    return FEATURES + instance.cells();
  }

  @Override
  public void reset(long seed) {
    state = CoverageState.empty(instance, footprints);
    startValue = state.add(instance.start());
    Arrays.fill(cells, 0);
    cells[0] = instance.start();
    t = 0;
  }

  @Override
  public Step step(int action) {
    if (action < 0 || action >= Move.count()) {
      throw new IllegalArgumentException("action " + action + " is out of range 0.."
          + (Move.count() - 1));
    }
    if (done()) {
      throw new IllegalStateException("the episode is over (" + instance.horizon() + " steps)");
    }
    int to = target(action);
    if (to < 0) {
      throw new IllegalArgumentException("action " + action + " (" + Move.of(action)
          + ") from " + instance.describe(position()) + " leaves the grid or hits an obstacle");
    }
    double reward = state.add(to) + (t == 0 ? startValue : 0);
    cells[++t] = to;
    return new Step(reward, t == instance.horizon(), false);
  }

  private int target(int action) {
    return action == 0 ? position() : instance.target(position(), Move.of(action));
  }

  @Override
  public void actionMask(boolean[] into) {
    for (int a = 0; a < Move.count(); a++) {
      into[a] = !done() && target(a) >= 0;
    }
  }

  @Override
  public void observe(float[] into) {
    int p = position();
    into[0] = instance.width() == 1 ? 0 : (float) instance.xOf(p) / (instance.width() - 1);
    into[1] = instance.height() == 1 ? 0 : (float) instance.yOf(p) / (instance.height() - 1);
    into[2] = instance.horizon() == 0 ? 0 : (float) t / instance.horizon();
    for (int c = 0; c < instance.cells(); c++) {
      into[FEATURES + c] = state.isCovered(c) ? 1 : 0;
    }
  }

  @Override
  public boolean done() {
    return t == instance.horizon();
  }

  /** The current cell. */
  public int position() {
    return cells[t];
  }

  /** The steps taken. */
  public int time() {
    return t;
  }

  /** F of the cells covered so far (the start's footprint included). */
  public double value() {
    return state.value();
  }

  @Override
  public CoverageWalk solution() {
    if (!done()) {
      throw new IllegalStateException("the episode is not over: " + t + " of "
          + instance.horizon() + " steps taken");
    }
    return new CoverageWalk(cells);
  }

  @Override
  public WalkEnvironment copy() {
    return new WalkEnvironment(this);
  }
}
