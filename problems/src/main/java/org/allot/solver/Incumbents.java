package org.allot.solver;

import java.util.Objects;
import org.allot.problem.Evaluation;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Solution;

/**
 * The best solution a solver has found so far. Every offered solution is checked by the family's
 * evaluator; only a strictly better one (under the problem's sense) is kept and reported to the
 * listener, so incumbents never get worse and the objective returned is always the evaluator's.
 * Thread-safe: solvers such as CP-SAT report from their own threads.
 *
 * @param <I> the instance type
 * @param <S> the solution type
 */
public class Incumbents<I extends Instance, S extends Solution> {
  private final Problem<I, S> problem;
  private final I instance;
  private final Deadline deadline;
  private final IncumbentListener<? super S> listener;
  private S best;
  private double objective;

  /**
   * @param problem the family, whose evaluator checks every offered solution
   * @param instance the instance being solved
   * @param deadline the solve's clock, for the elapsed times reported
   * @param listener receives every improvement
   */
  public Incumbents(Problem<I, S> problem, I instance, Deadline deadline,
      IncumbentListener<? super S> listener) {
    this.problem = Objects.requireNonNull(problem, "problem");
    this.instance = Objects.requireNonNull(instance, "instance");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.objective = problem.sense().worst();
  }

  /**
   * Keeps and reports {@code solution} when it beats the best so far.
   *
   * @return true when kept
   * @throws IllegalStateException when the evaluator rejects the solution (a solver bug)
   */
  public synchronized boolean offer(S solution) {
    Evaluation e = problem.evaluate(instance, solution);
    if (!e.feasible()) {
      throw new IllegalStateException("infeasible solution for " + instance.name() + ": "
          + e.violations().getFirst());
    }
    if (!problem.sense().better(e.objective(), objective)) {
      return false;
    }
    best = solution;
    objective = e.objective();
    listener.improved(solution, objective, deadline.elapsed());
    return true;
  }

  /** True once a solution has been kept. */
  public synchronized boolean found() {
    return best != null;
  }

  /** The best solution, or {@code null} when none was kept. */
  public synchronized S best() {
    return best;
  }

  /** The best objective, the sense's worst value while there is none. */
  public synchronized double objective() {
    return objective;
  }

  public I instance() {
    return instance;
  }

  public Deadline deadline() {
    return deadline;
  }

  /**
   * The outcome given a proven bound on the objective (NaN for none): optimal when the bound
   * meets the best objective (to a relative 1e-9, for floating-point objectives), feasible
   * otherwise, unknown (carrying the bound) when nothing was found.
   */
  public synchronized Outcome<S> outcome(double bound) {
    if (best == null) {
      return new Outcome.Unknown<>(bound, deadline.elapsed());
    }
    double slack = 1e-9 * Math.abs(objective);
    boolean met = problem.sense() == org.allot.problem.Sense.MINIMIZE
        ? bound >= objective - slack : bound <= objective + slack;
    return met ? new Outcome.Optimal<>(best, objective, deadline.elapsed())
        : new Outcome.Feasible<>(best, objective, bound, deadline.elapsed());
  }

  /** The best solution, declared optimal by the caller's proof. */
  public synchronized Outcome<S> optimal() {
    return new Outcome.Optimal<>(best, objective, deadline.elapsed());
  }

  /** Proven that no solution exists. */
  public Outcome<S> infeasible() {
    return new Outcome.Infeasible<>(deadline.elapsed());
  }
}
