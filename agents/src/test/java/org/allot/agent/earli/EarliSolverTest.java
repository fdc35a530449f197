package org.allot.agent.earli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allot.problem.Problem;
import org.allot.problem.contract.SolverContract;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;

/** {@code earli} (untrained weights, 300 HGS iterations) against the solver contract. */
class EarliSolverTest extends SolverContract<CvrpInstance, CvrpSolution> {
  @Override
  protected Problem<CvrpInstance, CvrpSolution> problem() {
    return new Cvrp();
  }

  @SuppressWarnings("unchecked")
  @Override
  protected Solver<CvrpInstance, CvrpSolution> solver() {
    return (Solver<CvrpInstance, CvrpSolution>) new EarliProvider().create(SolverOptions.of(
        Map.of("weights", Fixtures.weightsFile().toString(), "iterations", "300")));
  }

  @Override
  protected List<CvrpInstance> sampleInstances() {
    return List.of(Fixtures.instance(15, 5), Fixtures.instance(60, 6));
  }

  /** Until the limit: 1000 customers, where the policy and the population take seconds. */
  @Override
  protected Optional<CvrpInstance> largeInstance() {
    return Optional.of(Fixtures.instance(1000, 7));
  }
}
