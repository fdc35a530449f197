package org.allot.solver.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.allot.problem.memory.WorkloadGenerator;
import org.allot.problem.memory.WorkloadGenerator.Architecture;
import org.allot.problem.memory.WorkloadGenerator.Mode;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.Status;
import org.junit.jupiter.api.Test;

/** CP-SAT passes the solver contract and improves on the greedy mapping. */
class MemoryCpSatTest extends SolverContract<MemoryInstance, MemoryLayout> {
  @Override
  protected Problem<MemoryInstance, MemoryLayout> problem() {
    return new Memory();
  }

  @Override
  protected Solver<MemoryInstance, MemoryLayout> solver() {
    return new MemoryCpSat();
  }

  @Override
  protected List<MemoryInstance> sampleInstances() {
    List<MemoryInstance> list = new ArrayList<>(MemorySamples.tightPackings());
    list.addAll(MemorySamples.mappings());
    return list;
  }

  /**
   * Challenging A, which CP-SAT does not pack in 1.5 s (MiniMalloc's slides give the ILP more
   * than an hour); a transformer training step when the shared folder is absent.
   */
  @Override
  protected Optional<MemoryInstance> largeInstance() {
    return Optional.of(MemoryTestInstances.challenging("A").orElseGet(() ->
        WorkloadGenerator.of(Architecture.TRANSFORMER, Mode.TRAINING, 12)
            .generate(new SplittableRandom(7))));
  }

  @Test
  void aLargeMappingStopsInTimeWithALayoutNoWorseThanTheGreedy() {
    MemoryInstance instance = WorkloadGenerator.of(Architecture.TRANSFORMER, Mode.TRAINING, 12)
        .generate(new SplittableRandom(7));
    long t0 = System.nanoTime();
    Outcome<MemoryLayout> outcome = solver().solve(instance, Budget.of(Duration.ofSeconds(2)));
    assertTrue(System.nanoTime() - t0 < 3_000_000_000L, "took more than 3 s for a 2 s limit");
    double greedy = Memory.objectiveOf(instance, new MemoryLayout(
        MemoryGreedy.mappingLayout(instance)));
    assertTrue(outcome.objectiveValue() <= greedy);
    assertTrue(outcome.bound() <= outcome.objectiveValue());
  }

  @Test
  void mappingStartsFromTheGreedyAndNeverLosesToIt() {
    for (MemoryInstance instance : MemorySamples.mappings()) {
      List<Double> incumbents = new ArrayList<>();
      Outcome<MemoryLayout> outcome = solver().solve(instance,
          Budget.of(Duration.ofSeconds(5)), (s, objective, t) -> incumbents.add(objective));
      double greedy = new MemoryGreedy().solve(instance, Budget.of(Duration.ofSeconds(1)))
          .objectiveValue();
      assertEquals(greedy, incumbents.getFirst(), instance.name());
      assertTrue(outcome.objectiveValue() <= greedy, instance.name());
      assertEquals(Status.OPTIMAL, outcome.status(), instance.name());
    }
  }

  @Test
  void minimizingThePeakMatchesTheExactSearch() {
    for (MemoryInstance instance : MemorySamples.loosePackings()) {
      Budget budget = Budget.of(Duration.ofSeconds(10));
      Outcome<MemoryLayout> cpSat = MemoryCpSat.minimizingPeak().solve(instance, budget);
      Outcome<MemoryLayout> exact = MemoryExactSearch.minimizingPeak().solve(instance, budget);
      assertEquals(Status.OPTIMAL, exact.status(), instance.name());
      if (cpSat.status() == Status.OPTIMAL) {
        assertEquals(exact.objectiveValue(), cpSat.objectiveValue(), instance.name());
      } else {
        // Proving takes about a second on a quiet machine; a loaded one may run out of time.
        // Then CP-SAT's claims must still bracket the exact optimum.
        assertEquals(Status.FEASIBLE, cpSat.status(), instance.name());
        assertTrue(cpSat.bound() <= exact.objectiveValue(), instance.name());
        assertTrue(cpSat.objectiveValue() >= exact.objectiveValue(), instance.name());
      }
    }
  }

  @Test
  void aBudgetSpentBeforeCpSatStillReturnsTheGreedyMapping() {
    MemoryInstance instance = MemorySamples.mappings().get(1);
    Outcome<MemoryLayout> outcome = solver().solve(instance, Budget.of(Duration.ofNanos(1)));
    assertEquals(Status.FEASIBLE, outcome.status());
    assertEquals(new MemoryLayout(MemoryGreedy.mappingLayout(instance)),
        outcome.best().orElseThrow());
  }
}
