package org.allot.solver.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.allot.problem.memory.WorkloadGenerator;
import org.allot.problem.memory.WorkloadGenerator.Architecture;
import org.allot.problem.memory.WorkloadGenerator.Mode;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.Status;
import org.junit.jupiter.api.Test;

/** The greedy passes the solver contract and falls short of MiniMalloc as the notes say. */
class MemoryGreedyTest extends SolverContract<MemoryInstance, MemoryLayout> {
  @Override
  protected Problem<MemoryInstance, MemoryLayout> problem() {
    return new Memory();
  }

  @Override
  protected Solver<MemoryInstance, MemoryLayout> solver() {
    return new MemoryGreedy();
  }

  @Override
  protected List<MemoryInstance> sampleInstances() {
    List<MemoryInstance> list = new ArrayList<>(MemorySamples.loosePackings());
    list.addAll(MemorySamples.mappings());
    return list;
  }

  /** Challenging K (454 buffers); a transformer training step when the folder is absent. */
  @Override
  protected Optional<MemoryInstance> largeInstance() {
    return Optional.of(MemoryTestInstances.challenging("K").orElseGet(() ->
        WorkloadGenerator.of(Architecture.TRANSFORMER, Mode.TRAINING, 24)
            .generate(new SplittableRandom(5))));
  }

  @Test
  void needsAFifthToTwoFifthsMoreThanTheChallengingCapacity() {
    assumeTrue(MemoryTestInstances.challenging("A").isPresent(), "shared instances absent");
    for (String name : MemoryTestInstances.NAMES) {
      MemoryInstance instance = MemoryTestInstances.challenging(name).orElseThrow();
      double ratio = MemoryGreedy.requiredCapacity(instance) / (double) instance.capacity();
      assertTrue(ratio >= 1.2 && ratio <= 1.45, name + ": ratio " + ratio
          + " outside the 1.24-1.41 of the research notes (section 6)");
      Outcome<MemoryLayout> outcome = solver().solve(instance, Budget.of(Duration.ofSeconds(5)));
      assertEquals(Status.UNKNOWN, outcome.status(), name + ": a layout above the capacity");
      assertEquals(BestFitHeap.peakLive(instance), outcome.bound(), name + ": the peak live size");
    }
  }

  @Test
  void packsWhenGivenTheCapacityItNeeds() {
    for (MemoryInstance instance : MemorySamples.tightPackings()) {
      long needed = MemoryGreedy.requiredCapacity(instance);
      MemoryInstance loose = instance.withCapacity(needed);
      Outcome<MemoryLayout> outcome = solver().solve(loose, Budget.of(Duration.ofSeconds(5)));
      assertEquals(needed, Memory.objectiveOf(loose, outcome.best().orElseThrow()));
    }
  }

  @Test
  void mappingOnlyMovesBuffersThatSaveTime() {
    for (MemoryInstance instance : MemorySamples.mappings()) {
      MemoryLayout layout = solver().solve(instance, Budget.of(Duration.ofSeconds(5)))
          .best().orElseThrow();
      double[] benefit = org.allot.problem.memory.MemoryBoundedness.benefits(instance);
      for (int i = 0; i < instance.buffers(); i++) {
        assertTrue(layout.isSlow(i) || benefit[i] > 0, instance.name() + ": buffer " + i);
      }
      assertTrue(Memory.objectiveOf(instance, layout) <= instance.costModel().allSlowTime());
    }
  }
}
