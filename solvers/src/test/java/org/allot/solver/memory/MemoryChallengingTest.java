package org.allot.solver.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.allot.problem.memory.Memory;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The exact search packs all 11 of MiniMalloc's challenging instances at capacity 2^20, each
 * within a minute (MiniMalloc's C++ takes 0.55-4.6 s of CPU each; research notes, section 6).
 * Slow: run with {@code -Dgroups=slow}.
 */
@Tag("slow")
class MemoryChallengingTest {
  @Test
  void packsAllElevenChallengingInstances() {
    assumeTrue(MemoryTestInstances.challenging("A").isPresent(), "shared instances absent");
    for (String name : MemoryTestInstances.NAMES) {
      MemoryInstance instance = MemoryTestInstances.challenging(name).orElseThrow();
      long t0 = System.nanoTime();
      Outcome<MemoryLayout> outcome = new MemoryExactSearch()
          .solve(instance, Budget.of(Duration.ofSeconds(60)));
      double seconds = (System.nanoTime() - t0) / 1e9;
      MemoryLayout layout = outcome.best().orElseThrow(
          () -> new AssertionError(name + ": " + outcome.status() + " after " + seconds + " s"));
      double peak = Memory.objectiveOf(instance, layout);
      System.out.printf("challenging %s: %d buffers, peak %.0f, %.2f s%n", name,
          instance.buffers(), peak, seconds);
      assertTrue(peak <= instance.capacity(), name);
    }
  }
}
