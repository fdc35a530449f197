package org.allot.solver.cvrp.hgs;

import org.allot.problem.Evaluation;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;

/**
 * The best routes found so far by {@link CvrpHgs}. Each offered individual is re-checked by the
 * family's evaluator, which must agree with the search on feasibility and cost; only a strictly
 * cheaper one is kept and reported, so incumbents never get worse and the objective returned is
 * the evaluator's cost. Used on the search's thread only.
 */
final class HgsIncumbents {
  private final CvrpInstance instance;
  private final Deadline deadline;
  private final IncumbentListener<? super CvrpSolution> listener;
  private final Cvrp evaluator = new Cvrp();
  private CvrpSolution best;
  private long cost = Long.MAX_VALUE;

  HgsIncumbents(CvrpInstance instance, Deadline deadline,
      IncumbentListener<? super CvrpSolution> listener) {
    this.instance = instance;
    this.deadline = deadline;
    this.listener = listener;
  }

  /**
   * Keeps and reports the routes of {@code individual} when they cost less than the best so far.
   *
   * @throws IllegalStateException when the evaluator disagrees with the search (a bug)
   */
  void offer(HgsIndividual individual) {
    if (individual.distance >= cost) {
      return;
    }
    CvrpSolution solution = individual.toSolution();
    Evaluation e = evaluator.evaluate(instance, solution);
    if (!e.feasible() || (long) e.objective() != individual.distance) {
      throw new IllegalStateException("HGS and the evaluator disagree on " + instance.name()
          + ": HGS has cost " + individual.distance + " and excess " + individual.excess
          + ", the evaluator " + e);
    }
    best = solution;
    cost = individual.distance;
    listener.improved(solution, cost, deadline.elapsed());
  }

  /** The cost of the best solution, {@link Long#MAX_VALUE} while there is none. */
  long cost() {
    return cost;
  }

  CvrpSolution best() {
    return best;
  }

  /** The best solution without a bound, or unknown when there is none. */
  Outcome<CvrpSolution> outcome() {
    return best == null ? new Outcome.Unknown<>(deadline.elapsed())
        : new Outcome.Feasible<>(best, cost, deadline.elapsed());
  }
}
