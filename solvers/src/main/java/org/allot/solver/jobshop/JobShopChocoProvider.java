package org.allot.solver.jobshop;

import org.allot.problem.jobshop.JobShop;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;

/** Registers {@link JobShopChoco}. */
public final class JobShopChocoProvider implements SolverProvider {
  @Override
  public String problemId() {
    return JobShop.ID;
  }

  @Override
  public String id() {
    return JobShopChoco.ID;
  }

  @Override
  public String description() {
    return "Choco: tasks, unit cumulative per machine, min-completion branching with restarts;"
        + " one thread";
  }

  @Override
  public Solver<?, ?> create() {
    return new JobShopChoco();
  }
}
