package org.allot.solver.cvrp;

import org.allot.problem.cvrp.Cvrp;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;

/** Registers {@link CvrpSavings}. */
public final class CvrpSavingsProvider implements SolverProvider {
  @Override
  public String problemId() {
    return Cvrp.ID;
  }

  @Override
  public String id() {
    return CvrpSavings.ID;
  }

  @Override
  public String description() {
    return "Clarke-Wright parallel savings: deterministic construction, instant";
  }

  @Override
  public Solver<?, ?> create() {
    return new CvrpSavings();
  }
}
