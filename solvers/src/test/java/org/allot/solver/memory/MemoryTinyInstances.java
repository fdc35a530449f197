package org.allot.solver.memory;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.allot.problem.memory.CostModel;
import org.allot.problem.memory.MemoryInstance;

/**
 * Tiny random memory instances for property tests: 1-8 buffers over 1-12 steps, sizes 0-6
 * (zero sizes included), alignments 1, 2 or 4 now and then, and a capacity between the largest
 * buffer and the total size, so that both feasible and infeasible packings come up.
 */
final class MemoryTinyInstances {
  private MemoryTinyInstances() {}

  /** A packing instance (no cost model). */
  static MemoryInstance packing(SplittableRandom random) {
    return build(random, false);
  }

  /** A mapping instance: each step reads some live buffers; bandwidths 10 and 1 byte/s. */
  static MemoryInstance mapping(SplittableRandom random) {
    return build(random, true);
  }

  private static MemoryInstance build(SplittableRandom random, boolean mapping) {
    int n = random.nextInt(1, 9);
    int horizon = random.nextInt(1, 13);
    String[] ids = new String[n];
    int[] lower = new int[n];
    int[] upper = new int[n];
    long[] size = new long[n];
    int[] align = new int[n];
    boolean aligned = random.nextInt(4) == 0;
    long largest = 1;
    long total = 0;
    for (int i = 0; i < n; i++) {
      ids[i] = "b" + i;
      lower[i] = random.nextInt(horizon);
      upper[i] = random.nextInt(lower[i] + 1, horizon + 1);
      size[i] = random.nextInt(8) == 0 ? 0 : random.nextInt(1, 7);
      align[i] = aligned ? 1 << random.nextInt(3) : 1;
      largest = Math.max(largest, size[i]);
      total += size[i];
    }
    long capacity = random.nextLong(largest, Math.max(largest, total) + 1);
    CostModel cost = mapping ? cost(random, n, horizon, lower, upper, size) : null;
    return new MemoryInstance((mapping ? "tiny-mapping-" : "tiny-packing-") + n, capacity, ids,
        lower, upper, size, align, cost);
  }

  private static CostModel cost(SplittableRandom random, int n, int horizon, int[] lower,
      int[] upper, long[] size) {
    double[] compute = new double[horizon];
    int[][] reads = new int[horizon][];
    long[][] bytes = new long[horizon][];
    for (int t = 0; t < horizon; t++) {
      int[] r = new int[n];
      long[] b = new long[n];
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (lower[i] <= t && t < upper[i] && random.nextInt(3) > 0) {
          r[k] = i;
          b[k++] = size[i] * random.nextInt(1, 4);
        }
      }
      reads[t] = Arrays.copyOf(r, k);
      bytes[t] = Arrays.copyOf(b, k);
      compute[t] = random.nextInt(0, 20) / 2.0;
    }
    return new CostModel(n, 10, 1, compute, reads, bytes);
  }
}
