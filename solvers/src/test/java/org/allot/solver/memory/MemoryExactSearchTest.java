package org.allot.solver.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.allot.problem.Problem;
import org.allot.problem.contract.SolverContract;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.problem.memory.RandomMemoryGenerator;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.Solvers;
import org.allot.solver.Status;
import org.junit.jupiter.api.Test;

/** The exact search passes the solver contract, proves and refutes small packings. */
class MemoryExactSearchTest extends SolverContract<MemoryInstance, MemoryLayout> {
  @Override
  protected Problem<MemoryInstance, MemoryLayout> problem() {
    return new Memory();
  }

  @Override
  protected Solver<MemoryInstance, MemoryLayout> solver() {
    return new MemoryExactSearch();
  }

  @Override
  protected List<MemoryInstance> sampleInstances() {
    List<MemoryInstance> list = new ArrayList<>(MemorySamples.tightPackings());
    list.addAll(MemorySamples.loosePackings());
    list.addAll(MemorySamples.mappings());
    return list;
  }

  /**
   * Challenging D at its peak live size, which MiniMalloc leaves undecided after 60 s (research
   * notes, section 6); a large random packing when the shared folder is absent.
   */
  @Override
  protected Optional<MemoryInstance> largeInstance() {
    return Optional.of(MemoryTestInstances.challenging("D")
        .map(d -> d.withCapacity(BestFitHeap.peakLive(d)))
        .orElseGet(() -> RandomMemoryGenerator.packing(600).generate(new SplittableRandom(3))));
  }

  @Test
  void packsTheToyExampleAtItsPeakLiveSize() {
    MemoryInstance toy = MemorySamples.toy().orElseGet(MemoryExactSearchTest::toyCopy);
    Outcome<MemoryLayout> outcome = solver().solve(toy, Budget.of(Duration.ofSeconds(5)));
    assertEquals(Status.OPTIMAL, outcome.status());
    assertEquals(12, Memory.objectiveOf(toy, outcome.best().orElseThrow()));
  }

  @Test
  void provesThatAFragmentingInstanceDoesNotPack() {
    // Found by random search: its peak live size fits the capacity, yet no packing does
    // (CP-SAT agrees).
    MemoryInstance instance = MemoryInstance.packing("fragmenting", 10,
        new String[] {"a", "b", "c", "d", "e", "f", "g", "h", "i"},
        new int[] {9, 3, 6, 6, 4, 1, 10, 3, 10}, new int[] {11, 4, 7, 11, 10, 5, 11, 9, 11},
        new long[] {4, 3, 3, 2, 2, 4, 1, 3, 3});
    assertEquals(10, BestFitHeap.peakLive(instance));
    assertEquals(Status.INFEASIBLE,
        solver().solve(instance, Budget.of(Duration.ofSeconds(5))).status());
    assertEquals(Status.INFEASIBLE,
        new MemoryCpSat().solve(instance, Budget.of(Duration.ofSeconds(5))).status());
    assertEquals(Status.FEASIBLE, solver().solve(instance.withCapacity(11),
        Budget.of(Duration.ofSeconds(5))).status());
  }

  @Test
  void packsChallengingCIntoMiniMallocsHeight() {
    Optional<MemoryInstance> c = MemoryTestInstances.challenging("C");
    assumeTrue(c.isPresent(), "the shared challenging instances are absent");
    Outcome<MemoryLayout> outcome = solver().solve(c.get(), Budget.of(Duration.ofSeconds(30)));
    assertEquals(Status.FEASIBLE, outcome.status());
    assertEquals(1047552, Memory.objectiveOf(c.get(), outcome.best().orElseThrow()),
        "MiniMalloc packs C into 1047552 (research notes, section 6)");
  }

  @Test
  void minimizingThePeakProvesTheOptimum() {
    for (MemoryInstance instance : MemorySamples.loosePackings()) {
      Outcome<MemoryLayout> outcome = MemoryExactSearch.minimizingPeak()
          .solve(instance, Budget.of(Duration.ofSeconds(10)));
      assertEquals(Status.OPTIMAL, outcome.status(), instance.name());
      assertEquals(BestFitHeap.peakLive(instance), outcome.objectiveValue(), instance.name()
          + ": the planted packings reach their peak live size");
    }
  }

  @Test
  void mappingNeverLosesToTheGreedy() {
    for (MemoryInstance instance : MemorySamples.mappings()) {
      Budget budget = Budget.of(Duration.ofSeconds(5));
      double greedy = new MemoryGreedy().solve(instance, budget).objectiveValue();
      double exact = solver().solve(instance, budget).objectiveValue();
      assertTrue(exact <= greedy, instance.name() + ": " + exact + " > greedy " + greedy);
    }
  }

  @Test
  void searchesThousandsOfLevelsDeepOnAThreadOfItsOwn() {
    int n = 3000;
    long[] size = new long[n];
    long[] align = new long[n];
    int[] lower = new int[n];
    int[] upper = new int[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1 + i % 3;
      align[i] = 1;
      lower[i] = i % 7;
      upper[i] = 8 + i % 5;
    }
    CanonicalSearch search = new CanonicalSearch(size, align, lower, upper);
    assertEquals(CanonicalSearch.FOUND,
        search.solve(search.peakLive(), Budget.of(Duration.ofSeconds(30)).start()));
    assertTrue(search.nodes() > n, "one node per level at least");
  }

  @Test
  void isTheFamilysDefaultAndMappingDefaultsToCpSat() {
    assertEquals(MemoryExactSearch.ID, Solvers.defaultProvider(Memory.ID).id());
    assertInstanceOf(MemoryExactSearch.class, Solvers.create(new Memory(), "exact"));
    assertInstanceOf(MemoryCpSat.class, Solvers.create(new Memory(), "cpsat"));
    assertInstanceOf(MemoryGreedy.class, Solvers.create(new Memory(), "greedy"));
    assertEquals("exact", MemorySolvers.defaultFor(MemorySamples.tightPackings().getFirst()));
    assertEquals("cpsat", MemorySolvers.defaultFor(MemorySamples.mappings().getFirst()));
  }

  private static MemoryInstance toyCopy() {
    return MemoryInstance.packing("input", 12, new String[] {"b1", "b2", "b3", "b4", "b5"},
        new int[] {0, 3, 0, 9, 0}, new int[] {3, 9, 9, 21, 21}, new long[] {4, 4, 4, 4, 4});
  }
}
