package org.allot.solver.cvrp;

import org.allot.problem.Evaluation;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;

/**
 * The best routes found so far by {@link CvrpOrTools}. Each offered solution is checked by the
 * evaluator, and only a strictly cheaper one is kept and reported, so incumbents never get worse
 * and the objective returned is the evaluator's cost of the solution returned. Thread-safe.
 */
final class CvrpOrToolsIncumbents {
  private final CvrpInstance instance;
  private final Deadline deadline;
  private final IncumbentListener<? super CvrpSolution> listener;
  private final Cvrp evaluator = new Cvrp();
  private CvrpSolution best;
  private long cost = Long.MAX_VALUE;

  CvrpOrToolsIncumbents(CvrpInstance instance, Deadline deadline,
      IncumbentListener<? super CvrpSolution> listener) {
    this.instance = instance;
    this.deadline = deadline;
    this.listener = listener;
  }

  /**
   * Keeps and reports {@code routes} when they cost less than the best so far.
   *
   * @throws IllegalStateException when the evaluator rejects them (a modelling bug)
   */
  synchronized void offer(int[][] routes) {
    CvrpSolution solution = new CvrpSolution(routes);
    Evaluation e = evaluator.evaluate(instance, solution);
    if (!e.feasible()) {
      throw new IllegalStateException("infeasible routes for " + instance.name() + ": "
          + e.violations().getFirst());
    }
    if (e.objective() < cost) {
      best = solution;
      cost = (long) e.objective();
      listener.improved(solution, cost, deadline.elapsed());
    }
  }

  /** The cost of the best solution, {@link Long#MAX_VALUE} while there is none. */
  synchronized long cost() {
    return cost;
  }

  /** The best solution without a bound, or unknown when there is none. */
  synchronized Outcome<CvrpSolution> outcome() {
    return best == null ? new Outcome.Unknown<>(deadline.elapsed())
        : new Outcome.Feasible<>(best, cost, deadline.elapsed());
  }
}
