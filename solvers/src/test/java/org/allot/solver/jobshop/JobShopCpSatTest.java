package org.allot.solver.jobshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.allot.problem.Problem;
import org.allot.problem.contract.SolverContract;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.allot.problem.jobshop.StandardFormat;
import org.allot.problem.jobshop.TaillardGenerator;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.Solvers;
import org.allot.solver.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CP-SAT passes the solver contract, proves ft06 and starts from the best rule schedule. */
class JobShopCpSatTest extends SolverContract<JobShopInstance, JobShopSchedule> {
  static final Path FT06 = Path.of("../instances/jobshop/ft06.txt");
  static final Path SHARED_JSSP = Path.of("../../shared/instances/jssp");

  @Override
  protected Problem<JobShopInstance, JobShopSchedule> problem() {
    return new JobShop();
  }

  @Override
  protected Solver<JobShopInstance, JobShopSchedule> solver() {
    return new JobShopCpSat();
  }

  @Override
  protected List<JobShopInstance> sampleInstances() {
    return samples();
  }

  @Override
  protected Optional<JobShopInstance> largeInstance() {
    return Optional.of(TaillardGenerator.benchmark("ta71"));
  }

  /** ft06 and a small random instance with zero durations, shared with the Choco test. */
  static List<JobShopInstance> samples() {
    return List.of(ft06(), new RandomJobShopGenerator(8, 5, 0, 20)
        .generate(new SplittableRandom(5), "rand8x5"));
  }

  static JobShopInstance ft06() {
    try {
      return StandardFormat.INSTANCE.read(FT06);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A benchmark from the shared folder; skips the test when the folder is absent. */
  static JobShopInstance sharedOrSkip(String name) throws IOException {
    Path file = SHARED_JSSP.resolve(name + ".txt");
    assumeTrue(Files.exists(file), () -> file + " is absent: skipping");
    return StandardFormat.INSTANCE.read(file);
  }

  @Test
  void provesFt06Optimal() {
    Outcome<JobShopSchedule> outcome =
        solver().solve(ft06(), Budget.of(Duration.ofSeconds(10)).withThreads(2));
    assertEquals(Status.OPTIMAL, outcome.status());
    assertEquals(55, outcome.objectiveValue());
    assertEquals(55, JobShop.makespanOf(ft06(), outcome.best().orElseThrow()));
  }

  @Test
  void theFirstIncumbentIsTheBestRuleSchedule() {
    JobShopInstance ta01 = TaillardGenerator.benchmark("ta01");
    List<Double> incumbents = new ArrayList<>();
    solver().solve(ta01, Budget.of(Duration.ofMillis(500)),
        (s, objective, t) -> incumbents.add(objective));
    int bestRule = JobShop.makespanOf(ta01, StartingSchedule.bestRule(ta01));
    assertEquals(1433, bestRule, "FDD/MWKR on ta01 (research notes, section 4)");
    assertEquals(bestRule, incumbents.getFirst());
  }

  @Test
  void aBudgetSpentOnTheRulesStillReturnsTheRuleSchedule() {
    JobShopInstance ta71 = TaillardGenerator.benchmark("ta71");
    Outcome<JobShopSchedule> outcome = solver().solve(ta71, Budget.of(Duration.ofNanos(1)));
    assertEquals(Status.FEASIBLE, outcome.status());
    assertEquals(5852, outcome.objectiveValue(), "FDD/MWKR on ta71 (research notes, section 4)");
    assertTrue(outcome.bound() <= outcome.objectiveValue());
    assertEquals(5852, JobShop.makespanOf(ta71, outcome.best().orElseThrow()));
  }

  @Test
  void isTheFamilysDefaultSolver() {
    assertEquals(JobShopCpSat.ID, Solvers.defaultProvider(JobShop.ID).id());
    assertInstanceOf(JobShopCpSat.class, Solvers.create(new JobShop(), JobShopCpSat.ID));
  }

  @Test
  @Tag("slow")
  void reachesTheFt10OptimumInAMinuteOnTwoThreads() throws IOException {
    JobShopInstance ft10 = sharedOrSkip("ft10");
    Outcome<JobShopSchedule> outcome =
        solver().solve(ft10, Budget.of(Duration.ofSeconds(60)).withThreads(2));
    assertEquals(930, outcome.objectiveValue());
    assertEquals(930, JobShop.makespanOf(ft10, outcome.best().orElseThrow()));
  }
}
