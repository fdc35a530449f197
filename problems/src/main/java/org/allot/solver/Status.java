package org.allot.solver;

/** How a solve ended; the {@code status} field of the result JSON. */
public enum Status {
  /** A solution proven optimal. */
  OPTIMAL,
  /** A solution, not proven optimal. */
  FEASIBLE,
  /** Proven that no solution exists. */
  INFEASIBLE,
  /** No solution found within the budget, and no proof that none exists. */
  UNKNOWN
}
