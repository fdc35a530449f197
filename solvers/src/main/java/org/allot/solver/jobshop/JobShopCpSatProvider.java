package org.allot.solver.jobshop;

import org.allot.problem.jobshop.JobShop;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;

/** Registers {@link JobShopCpSat}, the job-shop family's default solver. */
public final class JobShopCpSatProvider implements SolverProvider {
  @Override
  public String problemId() {
    return JobShop.ID;
  }

  @Override
  public String id() {
    return JobShopCpSat.ID;
  }

  @Override
  public String description() {
    return "OR-Tools CP-SAT: intervals, no-overlap per machine, hinted with the best rule";
  }

  @Override
  public boolean isDefault() {
    return true;
  }

  @Override
  public Solver<?, ?> create() {
    return new JobShopCpSat();
  }
}
