package org.allot.solver;

import org.allot.problem.Instance;
import org.allot.problem.Solution;

/**
 * An algorithm for one problem family: classic solver, heuristic or learned agent alike.
 * Solvers honour the budget's time limit (model building included), use only the budget's seed
 * for randomness, and report every improving solution to the listener.
 *
 * @param <I> the instance type
 * @param <S> the solution type
 */
public interface Solver<I extends Instance, S extends Solution> {
  /** The solver's id, as given to {@code allot solve --solver}. */
  String id();

  /**
   * Solves {@code instance} within {@code budget}.
   *
   * @return the outcome; never {@code null}
   */
  Outcome<S> solve(I instance, Budget budget, IncumbentListener<? super S> listener);

  /** Solves without listening to incumbents. */
  default Outcome<S> solve(I instance, Budget budget) {
    return solve(instance, budget, IncumbentListener.none());
  }
}
