package org.allot.solver.cvrp;

import org.allot.problem.cvrp.Cvrp;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;

/** Registers {@link CvrpOrTools}. */
public final class CvrpOrToolsProvider implements SolverProvider {
  @Override
  public String problemId() {
    return Cvrp.ID;
  }

  @Override
  public String id() {
    return CvrpOrTools.ID;
  }

  @Override
  public String description() {
    return "OR-Tools routing: path cheapest arc, then guided local search until the time limit;"
        + " one thread";
  }

  @Override
  public Solver<?, ?> create() {
    return new CvrpOrTools();
  }
}
