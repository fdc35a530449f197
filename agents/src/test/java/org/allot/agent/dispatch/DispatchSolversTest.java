package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.allot.problem.Problem;
import org.allot.problem.contract.SolverContract;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.allot.problem.jobshop.TaillardGenerator;
import org.allot.solver.Budget;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.Solvers;
import org.allot.solver.jobshop.StartingSchedule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three learned dispatching solvers pass the solver contract and are registered. */
class DispatchSolversTest {
  static List<JobShopInstance> instances() {
    return List.of(Fixtures.ft06(), Fixtures.withZeroDuration(),
        RandomJobShopGenerator.taillardLike(10, 5).generate(new SplittableRandom(3)));
  }

  static Solver<JobShopInstance, JobShopSchedule> create(String id, Map<String, String> options) {
    return Solvers.create(new JobShop(), id, SolverOptions.of(options));
  }

  abstract static class Contract extends SolverContract<JobShopInstance, JobShopSchedule> {
    @Override
    protected Problem<JobShopInstance, JobShopSchedule> problem() {
      return new JobShop();
    }

    @Override
    protected List<JobShopInstance> sampleInstances() {
      return instances();
    }

    @Override
    protected Budget budget() {
      return Budget.of(Duration.ofSeconds(2)).withThreads(1);
    }

    @Override
    protected Optional<JobShopInstance> largeInstance() {
      return Optional.of(TaillardGenerator.benchmark("ta71"));
    }
  }

  @Nested
  class Greedy extends Contract {
    @Override
    protected Solver<JobShopInstance, JobShopSchedule> solver() {
      return create("dispatch", Map.of());
    }
  }

  @Nested
  class Sample extends Contract {
    @Override
    protected Solver<JobShopInstance, JobShopSchedule> solver() {
      return create("dispatch-sample", Map.of("samples", "8"));
    }
  }

  @Nested
  class WithCpSat extends Contract {
    @Override
    protected Solver<JobShopInstance, JobShopSchedule> solver() {
      return create("dispatch+cpsat", Map.of("samples", "4"));
    }

    @Override
    protected Budget budget() {
      return Budget.of(Duration.ofMillis(800)).withThreads(1);
    }

    @Override
    protected boolean deterministic() {
      return false;
    }
  }

  @Nested
  class WithCpSatAndRules extends WithCpSat {
    @Override
    protected Solver<JobShopInstance, JobShopSchedule> solver() {
      return create("dispatch+cpsat", Map.of("samples", "4", "rules", "yes"));
    }
  }

  /**
   * An untrained policy's samples are far worse than the static rules on ta41 (30 x 20); with
   * {@code rules=yes} CP-SAT starts from the best rule schedule instead, so the result is never
   * worse than it, while the learned hint alone stays behind it in a short limit.
   */
  @Test
  void rulesYesStartsCpSatFromTheBestRuleWhenTheLearnedHintIsWorse(@TempDir Path dir)
      throws java.io.IOException {
    Path weights = dir.resolve("untrained.bin");
    DispatchNetwork.initial(new SplittableRandom(1), false).write(weights);
    JobShopInstance ta41 = TaillardGenerator.benchmark("ta41");
    int rule = StartingSchedule.bestRule(ta41).makespan(ta41);
    Budget budget = Budget.of(Duration.ofMillis(600)).withThreads(1).withSeed(0);
    double with = create("dispatch+cpsat", Map.of("samples", "2", "rules", "yes",
        "weights", weights.toString())).solve(ta41, budget).objectiveValue();
    double without = create("dispatch+cpsat", Map.of("samples", "2",
        "weights", weights.toString())).solve(ta41, budget).objectiveValue();
    assertTrue(with <= rule, "rules=yes gave " + with + ", the best rule " + rule);
    // NaN (no schedule within the limit, on a loaded machine) is not better than the rule either
    assertFalse(without <= rule, "the untrained hint alone gave " + without
        + ", not worse than the best rule " + rule + ": the test no longer tells the two apart");
  }

  @Test
  void samplingIsNeverWorseThanItsOwnFirstEpisodeAndCpSatNeverWorseThanGreedy() {
    JobShopInstance instance = instances().getLast();
    Budget budget = Budget.of(Duration.ofSeconds(2)).withThreads(1).withSeed(5);
    double greedy = create("dispatch", Map.of()).solve(instance, budget).objectiveValue();
    double cp = create("dispatch+cpsat", Map.of("samples", "4")).solve(instance, budget)
        .objectiveValue();
    assertTrue(cp <= greedy, "dispatch+cpsat " + cp + " worse than its greedy hint " + greedy);
  }

  @Test
  void samplingGivesTheSameScheduleOnOneOrTwoThreads() {
    JobShopInstance instance = instances().getLast();
    Budget one = Budget.of(Duration.ofSeconds(30)).withThreads(1).withSeed(9);
    Solver<JobShopInstance, JobShopSchedule> sampler = create("dispatch-sample",
        Map.of("samples", "6"));
    assertEquals(sampler.solve(instance, one).best().orElseThrow(),
        sampler.solve(instance, one.withThreads(2)).best().orElseThrow());
  }

  @Test
  void badOptionsAreRefusedByName() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> create("dispatch-sample", Map.of("samples", "0")));
    assertTrue(e.getMessage().contains("samples"), e.getMessage());
    var r = assertThrows(IllegalArgumentException.class,
        () -> create("dispatch+cpsat", Map.of("rules", "maybe")));
    assertTrue(r.getMessage().contains("rules"), r.getMessage());
    var f = assertThrows(IllegalArgumentException.class,
        () -> create("dispatch", Map.of("weights", "/no/such/file.bin")));
    assertTrue(f.getMessage().contains("weights=/no/such/file.bin"), f.getMessage());
  }

  @Test
  void shippedModelLoadsAndIsNonDelay() {
    DispatchNetwork shipped = DispatchModel.shipped();
    assertEquals(2444, DispatchNetwork.withWaits(shipped.weights(), true).parameterCount());
    assertFalse(shipped.waits(), "the shipped model is non-delay");
  }

  /** The model README states the weights' sha256; a new weights.bin must come with a new README. */
  @Test
  void shippedWeightsAreTheOnesTheModelReadmeDescribes() throws Exception {
    byte[] weights;
    String readme;
    try (InputStream w = DispatchModel.class.getResourceAsStream("/models/dispatch/weights.bin");
        InputStream r = DispatchModel.class.getResourceAsStream("/models/dispatch/README.md")) {
      weights = w.readAllBytes();
      readme = new String(r.readAllBytes(), StandardCharsets.UTF_8);
    }
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(weights));
    assertTrue(readme.contains("**sha256:** `" + sha + "`"),
        "models/dispatch/README.md does not state the weights' sha256 " + sha);
  }
}
