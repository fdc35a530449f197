package org.allot.solver.coverage;

import java.util.SplittableRandom;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageWalk;
import org.allot.problem.coverage.Move;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * The random baseline: one walk whose every step is drawn uniformly among the legal moves (stay
 * included) with {@code SplittableRandom(seed)}. Returns {@code Feasible} without a bound; the
 * same seed gives the same walk. Thread-safe (stateless).
 */
public final class CoverageRandomWalk implements Solver<CoverageInstance, CoverageWalk> {
  /** The solver's id. */
  public static final String ID = "random";

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
    incumbents.offer(walk(instance, new SplittableRandom(budget.seed())));
    return incumbents.outcome(Double.NaN);
  }

  /** A uniformly random legal walk. */
  static CoverageWalk walk(CoverageInstance instance, SplittableRandom random) {
    int[] cells = new int[instance.horizon() + 1];
    int[] legal = new int[Move.count()];
    cells[0] = instance.start();
    for (int t = 1; t < cells.length; t++) {
      int n = 0;
      for (int a = 0; a < Move.count(); a++) {
        int to = CoverageWalks.target(instance, cells[t - 1], a);
        if (to >= 0) {
          legal[n++] = to;
        }
      }
      cells[t] = legal[random.nextInt(n)];
    }
    return new CoverageWalk(cells);
  }
}
