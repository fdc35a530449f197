package org.allot.solver.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.allot.problem.Evaluation;
import org.allot.problem.contract.SeededProperty;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Status;
import org.junit.jupiter.api.Test;

/**
 * The memory solvers against the evaluator and each other on tiny random instances
 * ({@link MemoryTinyInstances}), checked with {@link SeededProperty}, which prints its seed
 * ({@code -Dallot.seed=N} replays a run). jqwik is not used: from 1.10 it asks not to be used by
 * AI coding agents, which wrote these tests.
 */
class MemorySolversPropertyTest {
  private static final int TRIES = 150;
  private static final Budget BUDGET = Budget.of(Duration.ofSeconds(5));
  private final Memory evaluator = new Memory();

  @Test
  void exactAndCpSatAgreeOnWhetherAPackingExists() {
    SeededProperty.check("exact vs CP-SAT feasibility", TRIES, random -> {
      MemoryInstance instance = random.nextBoolean() ? MemoryTinyInstances.packing(random)
          : atPeakLive(random);
      Outcome<MemoryLayout> exact = new MemoryExactSearch().solve(instance, BUDGET);
      Outcome<MemoryLayout> cpSat = new MemoryCpSat().solve(instance, BUDGET);
      Outcome<MemoryLayout> greedy = new MemoryGreedy().solve(instance, BUDGET);
      assertNotEquals(Status.UNKNOWN, exact.status(), "exact undecided on " + instance);
      assertNotEquals(Status.UNKNOWN, cpSat.status(), "CP-SAT undecided on " + instance);
      assertEquals(exact.best().isPresent(), cpSat.best().isPresent(), "feasibility of "
          + instance + ": exact " + exact.status() + ", CP-SAT " + cpSat.status());
      checked(instance, exact, "exact");
      checked(instance, cpSat, "cpsat");
      checked(instance, greedy, "greedy");
      assertTrue(greedy.best().isEmpty() || exact.best().isPresent(), "greedy packs, exact not");
    });
  }

  @Test
  void minimisedPeaksAgree() {
    SeededProperty.check("exact vs CP-SAT minimum peak", TRIES, random -> {
      MemoryInstance instance = MemoryTinyInstances.packing(random);
      Outcome<MemoryLayout> exact = MemoryExactSearch.minimizingPeak().solve(instance, BUDGET);
      Outcome<MemoryLayout> cpSat = MemoryCpSat.minimizingPeak().solve(instance, BUDGET);
      assertEquals(exact.status(), cpSat.status(), "status on " + instance);
      if (exact.best().isPresent()) {
        assertEquals(Status.OPTIMAL, exact.status());
        assertEquals(exact.objectiveValue(), cpSat.objectiveValue(), "minimum peak");
        checked(instance, exact, "exact");
        checked(instance, cpSat, "cpsat");
      }
    });
  }

  @Test
  void cpSatMappingIsOptimalAndNoSolverBeatsIt() {
    SeededProperty.check("mapping solvers vs brute force", TRIES, random -> {
      MemoryInstance instance = MemoryTinyInstances.mapping(random);
      double best = bruteForce(instance);
      double tolerance = 1e-7 * Math.max(1e-9, instance.costModel().allSlowTime());
      Outcome<MemoryLayout> cpSat = new MemoryCpSat().solve(instance, BUDGET);
      assertEquals(Status.OPTIMAL, cpSat.status(), "CP-SAT on " + instance);
      assertEquals(best, checked(instance, cpSat, "cpsat"), tolerance, "optimum of " + instance);
      double greedy = checked(instance, new MemoryGreedy().solve(instance, BUDGET), "greedy");
      double exact = checked(instance, new MemoryExactSearch().solve(instance, BUDGET), "exact");
      assertTrue(exact <= greedy, "exact " + exact + " > greedy " + greedy);
      assertTrue(greedy >= best - tolerance && exact >= best - tolerance, "beat the optimum");
    });
  }

  /** The objective of the outcome's layout, checked by the evaluator; NaN when there is none. */
  private double checked(MemoryInstance instance, Outcome<MemoryLayout> outcome, String who) {
    if (outcome.best().isEmpty()) {
      return Double.NaN;
    }
    Evaluation e = evaluator.evaluate(instance, outcome.best().get());
    assertTrue(e.feasible(), () -> who + " on " + instance + ": " + e.violations());
    assertEquals(e.objective(), outcome.objectiveValue(), 1e-9, who + ": claimed objective");
    assertTrue(Double.isNaN(outcome.bound())
        || outcome.bound() <= e.objective() + 1e-9 * Math.max(1, e.objective()),
        who + ": bound " + outcome.bound() + " above " + e.objective());
    return e.objective();
  }

  /**
   * The least execution time over every subset of buffers put in fast memory that the exact
   * search packs (tiny instances: at most 2^8 subsets).
   */
  private static double bruteForce(MemoryInstance instance) {
    int n = instance.buffers();
    double best = Double.POSITIVE_INFINITY;
    boolean[] fast = new boolean[n];
    for (int mask = 0; mask < 1 << n; mask++) {
      for (int i = 0; i < n; i++) {
        fast[i] = (mask >> i & 1) == 1;
      }
      double time = instance.costModel().totalTime(fast);
      if (time < best && packs(instance, fast)) {
        best = time;
      }
    }
    return best;
  }

  private static boolean packs(MemoryInstance instance, boolean[] fast) {
    ScaledPacking packing = ScaledPacking.of(instance, fast);
    CanonicalSearch search = new CanonicalSearch(packing.size, packing.alignment,
        packing.lower, packing.upper);
    int status = search.solve(packing.scaled(instance.capacity()), BUDGET.start());
    assertNotEquals(CanonicalSearch.TIMEOUT, status);
    return status == CanonicalSearch.FOUND;
  }

  /** 5-15 buffers of sizes 1-5 over 3-11 steps, at capacity their peak live size. */
  private static MemoryInstance atPeakLive(SplittableRandom random) {
    int n = random.nextInt(5, 16);
    int horizon = random.nextInt(3, 12);
    String[] ids = new String[n];
    int[] lower = new int[n];
    int[] upper = new int[n];
    long[] size = new long[n];
    for (int i = 0; i < n; i++) {
      ids[i] = "b" + i;
      lower[i] = random.nextInt(horizon);
      upper[i] = random.nextInt(lower[i] + 1, horizon + 1);
      size[i] = random.nextInt(1, 6);
    }
    MemoryInstance loose = MemoryInstance.packing("peak-live-" + n, 1000, ids, lower, upper, size);
    return loose.withCapacity(BestFitHeap.peakLive(loose));
  }
}
