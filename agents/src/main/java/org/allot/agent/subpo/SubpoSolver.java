package org.allot.agent.subpo;

import java.util.List;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.agent.nn.Mlp;
import org.allot.problem.coverage.Coverage;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageWalk;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.coverage.CoverageUpperBound;

/**
 * SubPO as a solver: the policy's greedy walk first (zero-shot, from the shipped weights for the
 * instance's variant), then, when training, REINFORCE updates on this instance alone ({@link
 * Reinforce}, the credit rule of the settings) until the time limit or {@code updates}, every
 * sampled walk a candidate and the policy's greedy walk re-checked every {@value #GREEDY_EVERY}
 * updates; without training, the best of the greedy walk and {@code batch} sampled walks per
 * round until the limit or {@code updates} rounds. Anytime: incumbents are reported as they come
 * and the best walk is returned as {@code Feasible} with the proven upper bound of {@link
 * CoverageUpperBound} (reach and rate relaxations), or as {@code Optimal}, ending at once, when a
 * walk meets that bound (every item collected, say). Single-threaded; the same seed
 * and {@code updates} give the same walk. Thread-safe (each solve has its own learner).
 *
 * @param id the solver id
 * @param weights the initial weights for an instance and seed
 * @param settings the learning settings
 * @param train whether to train on the instance
 * @param updates the most updates (or sampling rounds); 0 for as many as the time allows, -1
 *     for none (the greedy walk alone)
 */
public record SubpoSolver(String id, InitialWeights weights,
    Reinforce.Settings settings, boolean train, int updates)
    implements Solver<CoverageInstance, CoverageWalk> {
  /** The solver's id. */
  public static final String ID = "subpo";
  /** Where a solve's initial weights come from. */
  @FunctionalInterface
  public interface InitialWeights {
    /** The weights to start from on {@code instance} with the solve's {@code seed}. */
    Weights of(CoverageInstance instance, long seed);
  }

  /** Updates between two greedy walks of the policy being trained. */
  static final int GREEDY_EVERY = 10;

  @Override
  public Outcome<CoverageWalk> solve(CoverageInstance instance, Budget budget,
      IncumbentListener<? super CoverageWalk> listener) {
    Deadline deadline = budget.start();
    Incumbents<CoverageInstance, CoverageWalk> incumbents =
        new Incumbents<>(new Coverage(), instance, deadline, listener);
    Weights initial = weights.of(instance, budget.seed());
    Walker walker = new Walker(instance, new SubpoNetwork(initial).observation());
    double bound = CoverageUpperBound.of(instance, walker.footprints());
    incumbents.offer(greedy(walker, initial));
    Reinforce learner = new Reinforce(initial, settings, budget.seed());
    SplittableRandom random = new SplittableRandom(budget.seed());
    List<Walker> maps = List.of(walker);
    // updates == -1 runs no round at all: the zero-shot greedy walk alone.
    for (int u = 1; (updates == 0 || u <= updates) && !deadline.expired()
        && !atBound(incumbents, bound); u++) {
      if (train) {
        incumbents.offer(learner.update(maps, deadline::expired).best().getFirst().walk());
        if (u % GREEDY_EVERY == 0) {
          incumbents.offer(greedy(walker, learner.weights()));
        }
      } else {
        sample(walker, initial, random, incumbents, deadline);
      }
    }
    return atBound(incumbents, bound) ? incumbents.optimal() : incumbents.outcome(bound);
  }

  /** True when the best walk meets the proven upper bound: it is optimal, nothing can beat it. */
  private static boolean atBound(Incumbents<CoverageInstance, CoverageWalk> incumbents,
      double bound) {
    return incumbents.found() && incumbents.objective() >= bound - 1e-9;
  }

  private static CoverageWalk greedy(Walker walker, Weights weights) {
    return walker.greedy(weights).walk();
  }

  private void sample(Walker walker, Weights weights, SplittableRandom random,
      Incumbents<CoverageInstance, CoverageWalk> incumbents, Deadline deadline) {
    Mlp mlp = new SubpoNetwork(weights).mlp();
    Mlp.Scratch scratch = new Mlp.Scratch(mlp);
    for (int b = 0; b < settings.batch() && !deadline.expired(); b++) {
      incumbents.offer(walker.play(mlp, scratch, random).walk());
    }
  }
}
