package org.allot.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.Problem;
import org.allot.problem.contract.SolverContract;
import org.allot.problem.jobshop.DispatchingEnvironment;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.allot.problem.jobshop.StandardFormat;
import org.allot.problem.jobshop.TaillardGenerator;
import org.allot.solver.Budget;
import org.allot.solver.Solver;
import org.junit.jupiter.api.Test;

/** The policy-to-solver adapter passes the solver contract with a random and a fixed policy. */
class PolicySolverTest extends SolverContract<JobShopInstance, JobShopSchedule> {
  @Override
  protected Problem<JobShopInstance, JobShopSchedule> problem() {
    return new JobShop();
  }

  @Override
  protected Solver<JobShopInstance, JobShopSchedule> solver() {
    return new PolicySolver<>("uniform", problem(), DispatchingEnvironment::new,
        (obs, mask, random) -> {
          int a;
          do {
            a = random.nextInt(mask.length);
          } while (!mask[a]);
          return a;
        });
  }

  @Override
  protected List<JobShopInstance> sampleInstances() {
    try {
      return List.of(StandardFormat.INSTANCE.read(Path.of("../instances/jobshop/ft06.txt")),
          RandomJobShopGenerator.taillardLike(10, 5).generate(new SplittableRandom(3)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void firstLegalPolicyDispatchesJobsInIndexOrder() {
    JobShopInstance ft06 = sampleInstances().getFirst();
    var solver = new PolicySolver<>("first", problem(), DispatchingEnvironment::new,
        Policy.firstLegal());
    JobShopSchedule s = solver.solve(ft06, Budget.of(Duration.ofSeconds(1))).best().orElseThrow();
    // Job 0 runs first and alone at time 0 on its machines: its ops start back to back.
    assertEquals(0, s.startOf(0, 0));
    assertEquals(ft06.durationOf(0, 0), s.startOf(0, 1));
  }

  @Test
  void anEpisodeCutByTheDeadlineIsUnknown() {
    JobShopInstance big = TaillardGenerator.benchmark("ta71");
    var slow = new PolicySolver<>("slow", problem(), DispatchingEnvironment::new,
        (obs, mask, random) -> {
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Policy.firstLegal().act(obs, mask, random);
        });
    var outcome = slow.solve(big, Budget.of(Duration.ofMillis(50)));
    assertEquals(org.allot.solver.Status.UNKNOWN, outcome.status());
  }
}
