package org.allot.solver.cvrp;

import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;
import org.allot.solver.Outcome;

/** The best routes found so far by {@link CvrpOrTools}, offered as raw routes. Thread-safe. */
final class CvrpOrToolsIncumbents extends Incumbents<CvrpInstance, CvrpSolution> {
  CvrpOrToolsIncumbents(CvrpInstance instance, Deadline deadline,
      IncumbentListener<? super CvrpSolution> listener) {
    super(new Cvrp(), instance, deadline, listener);
  }

  /** Keeps and reports {@code routes} when they cost less than the best so far. */
  void offer(int[][] routes) {
    offer(new CvrpSolution(routes));
  }

  /** The cost of the best solution, {@link Long#MAX_VALUE} while there is none. */
  synchronized long cost() {
    return found() ? (long) objective() : Long.MAX_VALUE;
  }

  /** The best solution without a bound, or unknown when there is none. */
  Outcome<CvrpSolution> outcome() {
    return outcome(Double.NaN);
  }
}
