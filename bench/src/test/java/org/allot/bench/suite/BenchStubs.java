package org.allot.bench.suite;

import java.time.Duration;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.solver.Budget;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;
import org.allot.solver.Solvers;

/**
 * Job-shop solvers that misbehave on purpose, registered for the bench tests only (in
 * src/test/resources): one returns an infeasible schedule claimed optimal, one returns a good
 * schedule with a false objective, one throws.
 */
final class BenchStubs {
  private BenchStubs() {}

  private abstract static class Stub implements SolverProvider, Solver<JobShopInstance,
      JobShopSchedule> {
    @Override
    public String problemId() {
      return JobShop.ID;
    }

    @Override
    public String description() {
      return "bench test stub";
    }

    @Override
    public Solver<?, ?> create() {
      return this;
    }
  }

  /** Every operation at time 0, claimed optimal with makespan 1. */
  public static final class Broken extends Stub {
    @Override
    public String id() {
      return "zz-bench-broken";
    }

    @Override
    public Outcome<JobShopSchedule> solve(JobShopInstance instance, Budget budget,
        IncumbentListener<? super JobShopSchedule> listener) {
      JobShopSchedule s = new JobShopSchedule(new int[instance.jobs()][instance.machines()]);
      listener.improved(s, 1, Duration.ofMillis(1));
      return new Outcome.Optimal<>(s, 1, Duration.ofMillis(1));
    }
  }

  /** The SPT schedule, claimed with a makespan one less than it has. */
  public static final class Liar extends Stub {
    @Override
    public String id() {
      return "zz-bench-liar";
    }

    @Override
    public Outcome<JobShopSchedule> solve(JobShopInstance instance, Budget budget,
        IncumbentListener<? super JobShopSchedule> listener) {
      Outcome<JobShopSchedule> spt = Solvers.create(new JobShop(), "spt").solve(instance, budget);
      JobShopSchedule s = spt.best().orElseThrow();
      listener.improved(s, spt.objectiveValue() - 1, Duration.ofMillis(2));
      return new Outcome.Feasible<>(s, spt.objectiveValue() - 1, Duration.ofMillis(2));
    }
  }

  /** Throws. */
  public static final class Crash extends Stub {
    @Override
    public String id() {
      return "zz-bench-crash";
    }

    @Override
    public Outcome<JobShopSchedule> solve(JobShopInstance instance, Budget budget,
        IncumbentListener<? super JobShopSchedule> listener) {
      throw new IllegalStateException("boom on " + instance.name());
    }
  }
}
