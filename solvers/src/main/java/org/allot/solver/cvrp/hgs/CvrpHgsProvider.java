package org.allot.solver.cvrp.hgs;

import org.allot.problem.cvrp.Cvrp;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;

/** Registers {@link CvrpHgs}, the CVRP family's default solver. */
public final class CvrpHgsProvider implements SolverProvider {
  @Override
  public String problemId() {
    return Cvrp.ID;
  }

  @Override
  public String id() {
    return CvrpHgs.ID;
  }

  @Override
  public String description() {
    return "hybrid genetic search (Vidal's HGS-CVRP): Split, OX, granular local search with"
        + " SWAP*, two subpopulations";
  }

  @Override
  public boolean isDefault() {
    return true;
  }

  @Override
  public Solver<?, ?> create() {
    return new CvrpHgs();
  }
}
