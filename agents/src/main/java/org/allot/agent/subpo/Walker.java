package org.allot.agent.subpo;

import java.util.random.RandomGenerator;
import org.allot.agent.Weights;
import org.allot.agent.nn.MaskedSoftmax;
import org.allot.agent.nn.Mlp;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageState;
import org.allot.problem.coverage.CoverageWalk;
import org.allot.problem.coverage.Footprints;
import org.allot.problem.coverage.Move;

/**
 * Plays SubPO walks on one coverage instance: the MDP of {@link
 * org.allot.problem.coverage.WalkEnvironment} (start cell, {@code horizon} moves among stay,
 * north, south, east, west, a move legal when it stays inside the grid and off obstacles), with
 * the policy reading an {@link Observation} and the walk's marginal and modular gains recorded
 * for the credit rules. {@link #replay} walks a recorded episode again to hand each step's
 * observation, mask and action to a visitor (the gradient pass), so episodes keep only their
 * actions. Not thread-safe (one walker per thread).
 */
final class Walker {
  /** One finished walk. */
  record Episode(int[] cells, int[] actions, double[] gains, double[] modular, double value) {
    CoverageWalk walk() {
      return new CoverageWalk(cells);
    }
  }

  /** Receives each step of a replayed episode. */
  interface StepVisitor {
    void step(int t, float[] observation, boolean[] mask, int action);
  }

  private final CoverageInstance instance;
  private final Footprints footprints;
  private final Observation.Encoder encoder;
  private final double[] modularOf;
  private final float[] observation;
  private final boolean[] mask = new boolean[Move.count()];
  private final double[] probabilities = new double[Move.count()];

  Walker(CoverageInstance instance, Observation observation) {
    this.instance = instance;
    this.footprints = new Footprints(instance);
    this.encoder = observation.encoder(instance);
    this.observation = new float[observation.size()];
    CoverageState empty = CoverageState.empty(instance, footprints);
    this.modularOf = new double[instance.cells()];
    for (int c = 0; c < modularOf.length; c++) {
      modularOf[c] = instance.isObstacle(c) ? 0 : empty.gain(c);
    }
  }

  Footprints footprints() {
    return footprints;
  }

  CoverageInstance instance() {
    return instance;
  }

  int horizon() {
    return instance.horizon();
  }

  /**
   * One walk of the policy: sampled from its softmax when {@code random} is not null, else the
   * most likely legal move at each step (ties to the lowest action).
   */
  Episode play(Mlp policy, Mlp.Scratch scratch, RandomGenerator random) {
    int horizon = instance.horizon();
    int[] cells = new int[horizon + 1];
    int[] actions = new int[horizon];
    double[] gains = new double[horizon];
    double[] modular = new double[horizon];
    CoverageState state = CoverageState.atStart(instance, footprints);
    cells[0] = instance.start();
    for (int t = 0; t < horizon; t++) {
      encoder.encode(state, cells[t], t, observation);
      legalMoves(cells[t], mask);
      float[] logits = policy.forward(observation, scratch);
      int a;
      if (random == null) {
        a = MaskedSoftmax.argmax(logits, mask);
      } else {
        MaskedSoftmax.probabilities(logits, mask, 1, probabilities);
        a = MaskedSoftmax.sample(probabilities, random);
      }
      int to = target(cells[t], a);
      actions[t] = a;
      cells[t + 1] = to;
      modular[t] = modularOf[to];
      gains[t] = state.add(to);
    }
    return new Episode(cells, actions, gains, modular, state.value());
  }

  /** The greedy walk of the policy with {@code weights} (most likely legal move each step). */
  Episode greedy(Weights weights) {
    Mlp mlp = new SubpoNetwork(weights).mlp();
    return play(mlp, new Mlp.Scratch(mlp), null);
  }

  /** Walks {@code episode} again, handing each step to {@code visitor}. */
  void replay(Episode episode, StepVisitor visitor) {
    CoverageState state = CoverageState.atStart(instance, footprints);
    for (int t = 0; t < episode.actions().length; t++) {
      int cell = episode.cells()[t];
      encoder.encode(state, cell, t, observation);
      legalMoves(cell, mask);
      visitor.step(t, observation, mask, episode.actions()[t]);
      state.add(episode.cells()[t + 1]);
    }
  }

  private void legalMoves(int cell, boolean[] into) {
    for (int a = 0; a < into.length; a++) {
      into[a] = target(cell, a) >= 0;
    }
  }

  private int target(int cell, int action) {
    return action == 0 ? cell : instance.target(cell, Move.of(action));
  }
}
