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

/** {@code attention} (untrained weights, greedy plus 15 samples) against the solver contract. */
class AttentionSolverTest extends SolverContract<CvrpInstance, CvrpSolution> {
  @Override
  protected Problem<CvrpInstance, CvrpSolution> problem() {
    return new Cvrp();
  }

  @SuppressWarnings("unchecked")
  @Override
  protected Solver<CvrpInstance, CvrpSolution> solver() {
    return (Solver<CvrpInstance, CvrpSolution>) new AttentionProvider().create(SolverOptions.of(
        Map.of("weights", Fixtures.weightsFile().toString(), "samples", "16")));
  }

  @Override
  protected List<CvrpInstance> sampleInstances() {
    return List.of(Fixtures.instance(12, 1), Fixtures.instance(40, 2), Fixtures.instance(75, 3));
  }

  @Override
  protected Optional<CvrpInstance> largeInstance() {
    return Optional.of(Fixtures.instance(1000, 4));
  }
}
