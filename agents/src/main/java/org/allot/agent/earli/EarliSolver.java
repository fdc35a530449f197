package org.allot.agent.earli;

import java.util.List;
import java.util.function.Function;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.cvrp.hgs.CvrpHgs;
import org.allot.solver.cvrp.hgs.HgsParameters;

/**
 * EARLI (Greenberg et al. 2025) on Allot's HGS: the policy builds K solutions (one greedy, K - 1
 * sampled), which enter HGS's initial population, where HGS's local search polishes each of
 * them; HGS builds the rest of the population as usual and searches until the time limit. The
 * clock starts at {@code solve} entry, so the policy's time (encoding and decoding) is charged to
 * the budget; the policy's own solutions are reported as incumbents as they come, then HGS's.
 * HGS's parameters may depend on the time limit (short runs favour a smaller population). When
 * the budget cannot pay for the policy's encoder (thousands of customers under a short limit,
 * see {@link Construction#build}), HGS runs alone.
 * Immutable and thread-safe.
 */
public final class EarliSolver implements Solver<CvrpInstance, CvrpSolution> {
  /** The solver's id. */
  public static final String ID = "earli";
  private final Construction construction;
  private final Function<Budget, HgsParameters> parameters;

  /**
   * The solver seeding HGS with {@code construction}'s solutions.
   *
   * @param parameters HGS's parameters for a budget
   */
  public EarliSolver(Construction construction, Function<Budget, HgsParameters> parameters) {
    this.construction = construction;
    this.parameters = parameters;
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
    List<CvrpSolution> seeds = construction.build(instance, budget.seed(), deadline,
        s -> AttentionSolver.offer(incumbents, s));
    Outcome<CvrpSolution> hgs = CvrpHgs.with(parameters.apply(budget))
        .withInitialPopulation(seeds)
        .solve(instance, budget.seed(), deadline, (s, cost, at) -> incumbents.offer(s));
    if (!incumbents.found()) {
      return hgs;
    }
    return new Outcome.Feasible<>(incumbents.best(), incumbents.objective(), Double.NaN,
        deadline.elapsed());
  }
}
