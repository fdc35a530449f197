package org.allot.problem.memory;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Instances and layouts shared by the memory tests. */
final class MemoryFixtures {
  /** The shared MiniMalloc benchmarks; absent on machines without /work/shared. */
  static final Path SHARED_MINIMALLOC = Path.of("../../shared/instances/memory/minimalloc");

  /** MiniMalloc's examples/input.12.csv (capacity 12). */
  static final String INPUT_12 = """
      id,lower,upper,size
      b1,0,3,4
      b2,3,9,4
      b3,0,9,4
      b4,9,21,4
      b5,0,21,4
      """;

  private MemoryFixtures() {}

  /** Skips the calling test when the shared benchmark folder is not there. */
  static Path sharedMinimallocOrSkip() {
    assumeTrue(Files.isDirectory(SHARED_MINIMALLOC), () -> "the shared benchmark folder "
        + SHARED_MINIMALLOC.toAbsolutePath().normalize() + " is absent");
    return SHARED_MINIMALLOC;
  }

  /** input.12 as an instance named "input". */
  static MemoryInstance input12() {
    return MemoryInstance.packing("input", 12, new String[] {"b1", "b2", "b3", "b4", "b5"},
        new int[] {0, 3, 0, 9, 0}, new int[] {3, 9, 9, 21, 21}, new long[] {4, 4, 4, 4, 4});
  }

  /** A packing of input.12 with peak 12. */
  static MemoryLayout input12Layout() {
    return new MemoryLayout(new long[] {8, 8, 4, 4, 0});
  }

  /**
   * Three buffers with alignments 1, 4 and 8 and one of size 0, capacity 32: a at [0, 5) over
   * [0, 4), b at [8, 16) over [2, 6), c at [16, 32) over [3, 8), z (size 0) over [1, 7).
   */
  static MemoryInstance aligned() {
    return new MemoryInstance("aligned", 32, new String[] {"a", "b", "c", "z"},
        new int[] {0, 2, 3, 1}, new int[] {4, 6, 8, 7}, new long[] {5, 8, 16, 0},
        new int[] {1, 4, 8, 2}, null);
  }

  static MemoryLayout alignedLayout() {
    return new MemoryLayout(new long[] {0, 8, 16, 4});
  }

  /**
   * A mapping instance of 3 buffers over 3 steps. Bandwidths: fast 10, slow 1 byte/s.
   * Step 0 (compute 1) reads a (10 bytes) and b (5): all slow 15 s, a fast 6 s, both fast 1.5 s.
   * Step 1 (compute 4) reads b (5) and c (20): all slow 25 s, c fast 7 s, b and c fast 4 s.
   * Step 2 (compute 0) reads c (20): all slow 20 s, c fast 2 s.
   * Capacity 25: c (size 20) does not fit with a (10) during [0, 2).
   */
  static MemoryInstance tinyMapping() {
    CostModel cost = new CostModel(3, 10, 1, new double[] {1, 4, 0},
        new int[][] {{0, 1}, {1, 2}, {2}}, new long[][] {{10, 5}, {5, 20}, {20}});
    return new MemoryInstance("tiny-mapping", 25, new String[] {"a", "b", "c"},
        new int[] {0, 0, 1}, new int[] {2, 2, 3}, new long[] {10, 5, 20},
        new int[] {1, 1, 1}, cost);
  }

  /** A planted random packing instance and its layout. */
  static RandomMemoryGenerator.Planted randomPacking(long seed, int buffers) {
    return new RandomMemoryGenerator(buffers, 64, 1024, 8, 4, 1, false)
        .planted(new SplittableRandom(seed));
  }

  /** A random mapping instance. */
  static MemoryInstance randomMapping(long seed, int buffers) {
    return new RandomMemoryGenerator(buffers, Math.max(4, buffers / 2), 1024, 8, 4, 2, true)
        .generate(new SplittableRandom(seed));
  }

  /** A small transformer training workload (about 40 buffers). */
  static MemoryInstance smallWorkload(long seed) {
    return new WorkloadGenerator(WorkloadGenerator.Architecture.TRANSFORMER,
        WorkloadGenerator.Mode.TRAINING, 2, 64, 1, 2, 0.5, 64,
        WorkloadGenerator.Accelerator.TPU_LIKE).generate(new SplittableRandom(seed));
  }
}
