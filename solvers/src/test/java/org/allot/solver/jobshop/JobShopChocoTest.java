package org.allot.solver.jobshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.allot.problem.Problem;
import org.allot.problem.contract.SolverContract;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.TaillardGenerator;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.Solvers;
import org.allot.solver.Status;
import org.junit.jupiter.api.Test;

/** Choco passes the solver contract and proves ft06. */
class JobShopChocoTest extends SolverContract<JobShopInstance, JobShopSchedule> {
  @Override
  protected Problem<JobShopInstance, JobShopSchedule> problem() {
    return new JobShop();
  }

  @Override
  protected Solver<JobShopInstance, JobShopSchedule> solver() {
    return new JobShopChoco();
  }

  @Override
  protected List<JobShopInstance> sampleInstances() {
    return JobShopCpSatTest.samples();
  }

  @Override
  protected Optional<JobShopInstance> largeInstance() {
    return Optional.of(TaillardGenerator.benchmark("ta71"));
  }

  @Test
  void provesFt06Optimal() {
    JobShopInstance ft06 = JobShopCpSatTest.ft06();
    Outcome<JobShopSchedule> outcome = solver().solve(ft06, Budget.of(Duration.ofSeconds(10)));
    assertEquals(Status.OPTIMAL, outcome.status());
    assertEquals(55, outcome.objectiveValue());
    assertEquals(55, JobShop.makespanOf(ft06, outcome.best().orElseThrow()));
  }

  @Test
  void isRegistered() {
    assertInstanceOf(JobShopChoco.class, Solvers.create(new JobShop(), JobShopChoco.ID));
  }
}
