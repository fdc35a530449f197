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
 * Greedy with k-step lookahead (receding horizon): at every step, enumerate every sequence of
 * {@code min(k, steps left)} moves, and take the first move of a sequence with the largest total
 * marginal gain. Ties (within 1e-12) go to the first move in action order (stay, north, south,
 * east, west). Depth 1 is {@link CoverageGreedy}. A sequence that stays and then moves covers
 * what moving first and staying last covers, so stays are only expanded at the end of a
 * sequence; {@code O(H * 5 * 4^(k-1) * footprint)} gain evaluations. States are reused per depth,
 * so the search loop does not allocate. Stops early, staying for the remaining steps, when the
 * time limit expires (it then returns {@code Feasible} all the same). Deterministic; ignores
 * seed and threads. Thread-safe (each solve has its own buffers).
 *
 * @param depth the lookahead k, at least 1
 */
public record CoverageLookahead(int depth) implements Solver<CoverageInstance, CoverageWalk> {
  /** The solver's id. */
  public static final String ID = "lookahead";
  /** The default depth. */
  public static final int DEFAULT_DEPTH = 3;
  /** The largest depth allowed (5^10 sequences per step is already slow). */
  public static final int MAX_DEPTH = 10;

  public CoverageLookahead {
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new IllegalArgumentException("lookahead depth must be in 1.." + MAX_DEPTH + ", got "
          + depth);
    }
  }

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
    incumbents.offer(new Search(instance, depth).walk(deadline));
    return incumbents.outcome(Double.NaN);
  }

  /** One solve's buffers. */
  private static final class Search {
    private final CoverageInstance instance;
    private final CoverageState[] level;

    Search(CoverageInstance instance, int depth) {
      this.instance = instance;
      Footprints footprints = new Footprints(instance);
      level = new CoverageState[depth + 1];
      level[0] = CoverageState.atStart(instance, footprints);
      for (int d = 1; d <= depth; d++) {
        level[d] = level[0].copy();
      }
    }

    CoverageWalk walk(Deadline deadline) {
      int[] cells = new int[instance.horizon() + 1];
      cells[0] = instance.start();
      for (int t = 1; t < cells.length; t++) {
        int here = cells[t - 1];
        int next = here;
        if (!deadline.expired()) {
          int k = Math.min(level.length - 1, cells.length - t);
          double best = -1;
          for (int a = 0; a < Move.count(); a++) {
            int to = CoverageWalks.target(instance, here, a);
            if (to < 0) {
              continue;
            }
            double v = a == 0 ? 0 : value(to, 1, k);
            if (v > best + 1e-12) {
              best = v;
              next = to;
            }
          }
        }
        level[0].add(next);
        cells[t] = next;
      }
      return new CoverageWalk(cells);
    }

    /** The best total gain of moving to {@code cell} at depth {@code d} and on to depth {@code k}. */
    private double value(int cell, int d, int k) {
      CoverageState s = level[d];
      s.copyFrom(level[d - 1]);
      double g = s.add(cell);
      if (d == k) {
        return g;
      }
      double best = 0;
      for (int a = 1; a < Move.count(); a++) {
        int to = CoverageWalks.target(instance, cell, a);
        if (to >= 0) {
          best = Math.max(best, value(to, d + 1, k));
        }
      }
      return g + best;
    }
  }
}
