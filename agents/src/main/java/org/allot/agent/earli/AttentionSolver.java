package org.allot.agent.earli;

import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * The EARLI policy alone ({@code attention}): its greedy rollout, or the best of it and sampled
 * ones. Every rollout is reported as an incumbent when it improves; rollouts stop at the time
 * limit (the greedy one is always built). A fleet-limited instance may get no feasible solution
 * (the policy opens routes as it needs): then the outcome is unknown, as it is when the budget
 * cannot pay for the encoder (see {@link Construction#build}). Immutable and thread-safe.
 */
public final class AttentionSolver implements Solver<CvrpInstance, CvrpSolution> {
  /** The solver's id. */
  public static final String ID = "attention";
  private final Construction construction;

  /** The solver building solutions as {@code construction} says. */
  public AttentionSolver(Construction construction) {
    this.construction = construction;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Outcome<CvrpSolution> solve(CvrpInstance instance, Budget budget,
      IncumbentListener<? super CvrpSolution> listener) {
    Deadline deadline = budget.start();
    Incumbents<CvrpInstance, CvrpSolution> incumbents = new Incumbents<>(new Cvrp(), instance,
        deadline, listener);
    construction.build(instance, budget.seed(), deadline, s -> offer(incumbents, s));
    if (!incumbents.found()) {
      return new Outcome.Unknown<>(Double.NaN, deadline.elapsed());
    }
    return new Outcome.Feasible<>(incumbents.best(), incumbents.objective(), Double.NaN,
        deadline.elapsed());
  }

  /**
   * Offers {@code s} to the incumbents, which check it with the evaluator. A rollout respects the
   * capacity by construction, so only a limited fleet can make it infeasible; only then is it
   * evaluated first (once more), to be dropped instead of refused.
   */
  static void offer(Incumbents<CvrpInstance, CvrpSolution> incumbents, CvrpSolution s) {
    if (incumbents.instance().vehicles() == 0
        || new Cvrp().evaluate(incumbents.instance(), s).feasible()) {
      incumbents.offer(s);
    }
  }
}
