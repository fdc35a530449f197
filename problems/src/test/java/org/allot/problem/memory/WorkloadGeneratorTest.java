package org.allot.problem.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.allot.problem.memory.WorkloadGenerator.Architecture;
import org.allot.problem.memory.WorkloadGenerator.Mode;
import org.junit.jupiter.api.Test;

/** ML workloads: seeded, shaped like programs, sized by depth, with a cost model that matters. */
class WorkloadGeneratorTest {

  @Test
  void theSameSeedGivesTheSameInstance() {
    for (Architecture a : Architecture.values()) {
      for (Mode m : Mode.values()) {
        WorkloadGenerator g = WorkloadGenerator.of(a, m, 3);
        assertEquals(g.generate(new SplittableRandom(5)), g.generate(new SplittableRandom(5)));
        assertNotEquals(g.generate(new SplittableRandom(5)), g.generate(new SplittableRandom(6)));
      }
    }
  }

  @Test
  void everyWorkloadIsWellShaped() {
    for (Architecture a : Architecture.values()) {
      for (Mode m : Mode.values()) {
        for (int depth : new int[] {1, 4}) {
          MemoryInstance in = WorkloadGenerator.of(a, m, depth).generate(new SplittableRandom(1));
          checkShape(in, m == Mode.TRAINING);
        }
      }
    }
  }

  private static void checkShape(MemoryInstance in, boolean training) {
    CostModel cost = in.costModel();
    int steps = cost.steps();
    long peak = RandomMemoryGenerator.peakLive(in.lower(), in.upper(), in.size());
    assertTrue(in.capacity() < peak, in + ": capacity " + in.capacity() + ", peak " + peak);
    java.util.List<java.util.Set<Integer>> accessed = new java.util.ArrayList<>();
    for (int[] row : cost.readBuffer()) {
      accessed.add(java.util.Set.copyOf(java.util.Arrays.stream(row).boxed().toList()));
    }
    for (int i = 0; i < in.buffers(); i++) {
      String id = in.idOf(i);
      assertTrue(in.sizeOf(i) > 0, id);
      assertEquals(0, in.sizeOf(i) % 2, id + ": bf16 elements");
      assertEquals(64, in.alignmentOf(i));
      assertTrue(in.lowerOf(i) >= 0 && in.upperOf(i) <= steps, id);
      if (!id.startsWith("w.") && !id.equals("input")) {
        assertTrue(accessed.get(in.lowerOf(i)).contains(i), id + " is written when it starts");
        assertTrue(accessed.get(in.upperOf(i) - 1).contains(i), id + " is read when it ends");
      }
      if (id.startsWith("w.")) {
        assertEquals(0, in.lowerOf(i), id);
        assertEquals(steps, in.upperOf(i), id + " lives the whole program");
      }
      if (id.startsWith("a.") && !training) {
        // At most one transformer block: the residual is read 4 ops after the block starts.
        assertTrue(in.upperOf(i) - in.lowerOf(i) <= 6, id + " is short-lived");
      }
      if (id.startsWith("dw.")) {
        assertEquals(steps, in.upperOf(i), id + " lives to the optimizer");
      }
    }
    assertTrue(cost.allSlowTime() > allFast(in), in + ": fast memory must save time");
  }

  @Test
  void trainingGradientsAppearInReverseOrder() {
    MemoryInstance in = WorkloadGenerator.of(Architecture.MLP, Mode.TRAINING, 5)
        .generate(new SplittableRandom(2));
    int previous = Integer.MAX_VALUE;
    for (int k = 0; k < 5; k++) {
      int a = index(in, "a.fc" + k);
      int g = index(in, "g.fc" + k);
      int dw = index(in, "dw.fc" + k);
      assertEquals(k, in.lowerOf(a));
      assertEquals(in.upperOf(g), in.upperOf(a), "activation read by its own backward op");
      assertTrue(in.lowerOf(g) > in.lowerOf(a) && in.lowerOf(dw) < previous);
      previous = in.lowerOf(dw);
    }
    assertEquals(2 * 5 + 2, in.costModel().steps());
    assertEquals(1 + 5 * 4, in.buffers());
  }

  @Test
  void fromTensToThousandsOfBuffers() {
    MemoryInstance small = WorkloadGenerator.of(Architecture.MLP, Mode.INFERENCE, 25)
        .generate(new SplittableRandom(1));
    assertEquals(51, small.buffers());
    MemoryInstance large = WorkloadGenerator.of(Architecture.TRANSFORMER, Mode.TRAINING, 100)
        .generate(new SplittableRandom(1));
    assertTrue(large.buffers() >= 2000, large::toString);
    assertTrue(large.capacity() >= 64, large::toString);
    MemoryInstance cnn = WorkloadGenerator.of(Architecture.CNN, Mode.TRAINING, 40)
        .generate(new SplittableRandom(1));
    assertTrue(cnn.buffers() > 150, cnn::toString);
  }

  @Test
  void theCapacityFractionScalesTheCapacity() {
    WorkloadGenerator g = WorkloadGenerator.of(Architecture.TRANSFORMER, Mode.INFERENCE, 6);
    long quarter = g.generate(new SplittableRandom(3)).capacity();
    long half = g.withCapacityFraction(0.5).generate(new SplittableRandom(3)).capacity();
    assertTrue(quarter < half, quarter + " vs " + half);
    assertEquals("transformer-infer-6", g.defaultName());
  }

  @Test
  void badArgumentsAreNamed() {
    assertThrows(IllegalArgumentException.class, () -> WorkloadGenerator.of(Architecture.MLP,
        Mode.TRAINING, 0));
    assertThrows(IllegalArgumentException.class, () -> WorkloadGenerator.of(Architecture.MLP,
        Mode.TRAINING, 2).withCapacityFraction(1.5));
    assertThrows(IllegalArgumentException.class,
        () -> new WorkloadGenerator.Accelerator(1, 1, 2));
  }

  private static double allFast(MemoryInstance in) {
    boolean[] fast = new boolean[in.buffers()];
    java.util.Arrays.fill(fast, true);
    return in.costModel().totalTime(fast);
  }

  private static int index(MemoryInstance in, String id) {
    return java.util.Arrays.asList(in.ids()).indexOf(id);
  }
}
