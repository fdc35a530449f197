package org.allot.problem.memory;

import java.util.Arrays;

/**
 * XLA's memory-boundedness order of buffers (memory-space assignment's
 * {@code MemoryBoundednessBufferIntervalComparator}), the order in which the mallocGame presents
 * buffers and the XLA-like greedy places them.
 *
 * <p>The <em>benefit</em> of buffer {@code i} is the time its move to fast memory saves while
 * every other buffer is slow: {@code allSlowTime - totalTime(only i fast)}, in seconds, computed
 * exactly per step from the {@link CostModel} (only the steps that read {@code i} change). It is
 * 0 for a packing instance. The order sorts by {@code benefit / sqrt(size)} descending (size 0
 * counts as 1), then size descending, then live-range length {@code upper - lower} descending,
 * then buffer index ascending; for a packing instance this is decreasing size, XLA's spatial
 * fallback. XLA's further tie-breaks (latest use, start time) are not used; the index makes the
 * order total and deterministic. Stateless and thread-safe.
 */
public final class MemoryBoundedness {
  private MemoryBoundedness() {}

  /** Per buffer, the time saved by putting it alone in fast memory (seconds); 0 for packing. */
  public static double[] benefits(MemoryInstance instance) {
    double[] benefit = new double[instance.buffers()];
    if (!instance.isMapping()) {
      return benefit;
    }
    CostModel cost = instance.costModel();
    int[][] buffer = cost.readBuffer();
    boolean[] inFast = new boolean[instance.buffers()];
    int[] seenAt = new int[instance.buffers()];
    Arrays.fill(seenAt, -1);
    for (int t = 0; t < buffer.length; t++) {
      double slow = cost.stepTime(t, inFast);
      for (int i : buffer[t]) {
        if (seenAt[i] != t) {
          // A buffer read twice in one step is credited once, with all its bytes.
          seenAt[i] = t;
          inFast[i] = true;
          benefit[i] += slow - cost.stepTime(t, inFast);
          inFast[i] = false;
        }
      }
    }
    return benefit;
  }

  /** The buffers in memory-boundedness order, computed from {@link #benefits}. */
  public static int[] order(MemoryInstance instance) {
    return order(instance, benefits(instance));
  }

  /** The buffers sorted by the key of this class, with the given benefits. */
  public static int[] order(MemoryInstance instance, double[] benefit) {
    int n = instance.buffers();
    Integer[] idx = new Integer[n];
    double[] density = new double[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
      density[i] = benefit[i] / Math.sqrt(Math.max(1, instance.sizeOf(i)));
    }
    Arrays.sort(idx, (a, b) -> {
      int c = Double.compare(density[b], density[a]);
      if (c == 0) {
        c = Long.compare(instance.sizeOf(b), instance.sizeOf(a));
      }
      if (c == 0) {
        c = Long.compare((long) instance.upperOf(b) - instance.lowerOf(b),
            (long) instance.upperOf(a) - instance.lowerOf(a));
      }
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = idx[k];
    }
    return order;
  }
}
