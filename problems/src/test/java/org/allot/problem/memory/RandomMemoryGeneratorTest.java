package org.allot.problem.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.allot.problem.Evaluation;
import org.allot.problem.contract.SeededProperty;
import org.junit.jupiter.api.Test;

/** Random instances cut from a full rectangle: exact counts, planted layouts that are feasible. */
class RandomMemoryGeneratorTest {
  private final Memory memory = new Memory();

  @Test
  void theSameSeedGivesTheSameInstance() {
    RandomMemoryGenerator g = RandomMemoryGenerator.mapping(50);
    assertEquals(g.generate(new SplittableRandom(1)), g.generate(new SplittableRandom(1)));
    assertNotEquals(g.generate(new SplittableRandom(1)), g.generate(new SplittableRandom(2)));
  }

  @Test
  void plantedPackingsAreFeasibleAndTight() {
    SeededProperty.check("planted packing", 50, random -> {
      RandomMemoryGenerator g = new RandomMemoryGenerator(random.nextInt(1, 200),
          random.nextInt(1, 100), 4096, 16, 1 << random.nextInt(0, 5), 1, false);
      RandomMemoryGenerator.Planted p = g.planted(random);
      MemoryInstance in = p.instance();
      assertEquals(g.buffers(), in.buffers());
      Evaluation e = memory.evaluate(in, p.layout());
      assertTrue(e.feasible(), e.violations()::toString);
      assertEquals(g.capacity(), e.objective(), "the planted layout fills the rectangle");
      assertEquals(g.capacity(),
          RandomMemoryGenerator.peakLive(in.lower(), in.upper(), in.size()));
      long area = 0;
      for (int i = 0; i < in.buffers(); i++) {
        assertEquals(0, in.sizeOf(i) % 16);
        area += in.sizeOf(i) * (in.upperOf(i) - in.lowerOf(i));
      }
      assertEquals(g.capacity() * g.horizon(), area, "the pieces tile the rectangle");
    });
  }

  @Test
  void mappingsHaveMoreLiveBytesThanCapacityAndAFeasiblePlantedLayout() {
    SeededProperty.check("planted mapping", 30, random -> {
      RandomMemoryGenerator g = RandomMemoryGenerator.mapping(random.nextInt(4, 120));
      RandomMemoryGenerator.Planted p = g.planted(random);
      MemoryInstance in = p.instance();
      assertEquals(g.buffers(), in.buffers());
      assertTrue(in.isMapping());
      assertTrue(RandomMemoryGenerator.peakLive(in.lower(), in.upper(), in.size())
          > in.capacity());
      Evaluation e = memory.evaluate(in, p.layout());
      assertTrue(e.feasible(), e.violations()::toString);
      // Not strictly faster: a step whose compute time exceeds its memory time gains nothing from
      // fast memory, and with few buffers every fast one may sit in such steps.
      assertTrue(e.objective() <= in.costModel().allSlowTime());
    });
  }

  @Test
  void peakLiveTreatsRangesAsHalfOpen() {
    assertEquals(5, RandomMemoryGenerator.peakLive(new int[] {0, 3, 1}, new int[] {3, 5, 2},
        new long[] {2, 4, 3}));
    assertEquals(0, RandomMemoryGenerator.peakLive(new int[0], new int[0], new long[0]));
  }

  @Test
  void badArgumentsAreNamed() {
    assertThrows(IllegalArgumentException.class,
        () -> new RandomMemoryGenerator(10, 2, 8, 4, 1, 1, false));
    assertThrows(IllegalArgumentException.class,
        () -> new RandomMemoryGenerator(1, 10, 1024, 8, 1, 2, true));
    assertThrows(IllegalArgumentException.class,
        () -> new RandomMemoryGenerator(1, 10, 1024, 8, 3, 1, false));
    assertEquals(3, RandomMemoryGenerator.packing(3).generate(new SplittableRandom(0)).buffers());
  }
}
