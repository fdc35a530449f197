package org.allot.cli;

import java.time.Duration;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;

/**
 * Job-shop solvers that misbehave on purpose, registered for the cli tests only (in
 * src/test/resources): one finds nothing, one returns an infeasible schedule. Both record the
 * budget they were given.
 */
final class StubSolvers {
  static volatile Budget lastBudget;

  private StubSolvers() {}

  /** Finds no solution: UNKNOWN. */
  public static final class NoSolution implements SolverProvider {
    @Override
    public String problemId() {
      return JobShop.ID;
    }

    @Override
    public String id() {
      return "zz-stub-none";
    }

    @Override
    public String description() {
      return "test stub: never finds a solution";
    }

    @Override
    public Solver<?, ?> create() {
      return new Solver<JobShopInstance, JobShopSchedule>() {
        @Override
        public String id() {
          return "zz-stub-none";
        }

        @Override
        public Outcome<JobShopSchedule> solve(JobShopInstance instance, Budget budget,
            org.allot.solver.IncumbentListener<? super JobShopSchedule> listener) {
          lastBudget = budget;
          return new Outcome.Unknown<>(Duration.ofMillis(1));
        }
      };
    }
  }

  /** Returns every operation at time 0 and claims it optimal. */
  public static final class Broken implements SolverProvider {
    @Override
    public String problemId() {
      return JobShop.ID;
    }

    @Override
    public String id() {
      return "zz-stub-broken";
    }

    @Override
    public String description() {
      return "test stub: returns an infeasible schedule";
    }

    @Override
    public Solver<?, ?> create() {
      return new Solver<JobShopInstance, JobShopSchedule>() {
        @Override
        public String id() {
          return "zz-stub-broken";
        }

        @Override
        public Outcome<JobShopSchedule> solve(JobShopInstance instance, Budget budget,
            org.allot.solver.IncumbentListener<? super JobShopSchedule> listener) {
          lastBudget = budget;
          int[][] start = new int[instance.jobs()][instance.machines()];
          return new Outcome.Optimal<>(new JobShopSchedule(start), 1, Duration.ofMillis(1));
        }
      };
    }
  }
}
