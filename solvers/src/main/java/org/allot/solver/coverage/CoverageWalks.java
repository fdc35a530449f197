package org.allot.solver.coverage;

import org.allot.problem.coverage.Coverage;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageWalk;
import org.allot.problem.coverage.Move;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;

/** Helpers shared by the coverage solvers. */
final class CoverageWalks {
  private CoverageWalks() {}

  /** Incumbents checked by the coverage evaluator. */
  static Incumbents<CoverageInstance, CoverageWalk> incumbents(CoverageInstance instance,
      Deadline deadline, IncumbentListener<? super CoverageWalk> listener) {
    return new Incumbents<>(new Coverage(), instance, deadline, listener);
  }

  /** The cell {@code action} leads to from {@code cell} (itself for stay), or -1 when illegal. */
  static int target(CoverageInstance instance, int cell, int action) {
    return action == 0 ? cell : instance.target(cell, Move.of(action));
  }

  /** A walk that stays at the start for {@code horizon} steps (always legal). */
  static CoverageWalk staying(CoverageInstance instance) {
    int[] cells = new int[instance.horizon() + 1];
    java.util.Arrays.fill(cells, instance.start());
    return new CoverageWalk(cells);
  }
}
