package org.allot.solver.coverage;

import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageState;
import org.allot.problem.coverage.CoverageWalk;
import org.allot.problem.coverage.Footprints;
import org.allot.problem.coverage.Move;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * Greedy marginal gain, the classical myopic rule for submodular maximisation: at every step take
 * the legal move whose target has the largest marginal gain {@code F(covered + footprint) -
 * F(covered)}. Ties (gains within 1e-12) go to the first move in action order: stay, north,
 * south, east, west; so when no move gains anything the walk stays where it is (it is stuck,
 * which is what the two-room instances show). {@code O(H * 5 * footprint)}; deterministic,
 * ignores seed and threads; returns {@code Feasible} without a bound. Thread-safe (stateless).
 */
public final class CoverageGreedy implements Solver<CoverageInstance, CoverageWalk> {
  /** The solver's id. */
  public static final String ID = "greedy";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Outcome<CoverageWalk> solve(CoverageInstance instance, Budget budget,
      IncumbentListener<? super CoverageWalk> listener) {
    Deadline deadline = budget.start();
    Incumbents<CoverageInstance, CoverageWalk> incumbents =
        CoverageWalks.incumbents(instance, deadline, listener);
    incumbents.offer(walk(instance, new Footprints(instance)));
    return incumbents.outcome(Double.NaN);
  }

  /** The greedy walk. */
  static CoverageWalk walk(CoverageInstance instance, Footprints footprints) {
    CoverageState state = CoverageState.atStart(instance, footprints);
    int[] cells = new int[instance.horizon() + 1];
    cells[0] = instance.start();
    for (int t = 1; t < cells.length; t++) {
      int best = cells[t - 1];
      double bestGain = -1;
      for (int a = 0; a < Move.count(); a++) {
        int to = CoverageWalks.target(instance, cells[t - 1], a);
        if (to < 0) {
          continue;
        }
        double g = state.gain(to);
        if (g > bestGain + 1e-12) {
          bestGain = g;
          best = to;
        }
      }
      state.add(best);
      cells[t] = best;
    }
    return new CoverageWalk(cells);
  }
}
