package org.allot.solver.memory;

import java.util.Arrays;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;

/**
 * The placement core of XLA's heap simulator ({@code GlobalDecreasingSizeBestFitHeap}) as used by
 * memory-space assignment: buffers are placed one at a time, each in the smallest free address
 * gap that is free over its whole live range and fits it (aligned), lowest offset first among
 * equal gaps; the free space above the highest buffer it meets counts as an unbounded gap, used
 * only when no bounded one fits. Not thread-safe.
 *
 * <p>The family's {@code CanonicalOffsets.bestFit} differs on purpose: it counts the
 * space up to the capacity as a gap competing on its size, and cannot grow past the capacity;
 * here the top is XLA's fallback chunk, which is also what lets
 * {@link MemoryGreedy#requiredCapacity} grow the heap.
 */
final class BestFitHeap {
  private final MemoryInstance instance;
  private final int[] overlapStart;
  private final int[] overlaps;
  private final long[] offsets;
  private final long[] starts;
  private final long[] ends;
  private final int[] order;
  private final int[] scratch;

  BestFitHeap(MemoryInstance instance) {
    this.instance = instance;
    int[][] rows = LiveSections.overlapRows(instance.lower(), instance.upper());
    this.overlapStart = rows[0];
    this.overlaps = rows[1];
    int n = instance.buffers();
    this.offsets = new long[n];
    Arrays.fill(offsets, MemoryLayout.SLOW);
    int degree = 0;
    for (int i = 0; i < n; i++) {
      degree = Math.max(degree, overlapStart[i + 1] - overlapStart[i]);
    }
    this.starts = new long[degree];
    this.ends = new long[degree];
    this.order = new int[degree];
    this.scratch = new int[degree];
  }

  /**
   * The best-fit offset of buffer {@code b} given the buffers placed so far, or
   * {@link MemoryLayout#SLOW} when it does not fit below {@code limit} (use
   * {@code Long.MAX_VALUE} for a heap that grows).
   */
  long bestFit(int b, long limit) {
    long size = instance.sizeOf(b);
    long align = instance.alignmentOf(b);
    if (size == 0) {
      return 0;
    }
    int k = 0;
    for (int p = overlapStart[b]; p < overlapStart[b + 1]; p++) {
      int o = overlaps[p];
      if (offsets[o] != MemoryLayout.SLOW && instance.sizeOf(o) > 0) {
        starts[k] = offsets[o];
        ends[k] = offsets[o] + instance.sizeOf(o);
        order[k] = k;
        k++;
      }
    }
    IndexSort.sort(order, 0, k, starts, false, scratch);
    long free = 0;
    long best = MemoryLayout.SLOW;
    long bestGap = Long.MAX_VALUE;
    for (int q = 0; q < k; q++) {
      long s = starts[order[q]];
      if (s > free) {
        long at = alignUp(free, align);
        if (at + size <= s && s - free < bestGap) {
          bestGap = s - free;
          best = at;
        }
      }
      free = Math.max(free, ends[order[q]]);
    }
    if (best != MemoryLayout.SLOW) {
      return best;
    }
    long at = alignUp(free, align);
    return at <= limit - size ? at : MemoryLayout.SLOW;
  }

  void place(int b, long offset) {
    offsets[b] = offset;
  }

  /** The offsets so far, {@code SLOW} for buffers not placed. */
  long[] offsets() {
    return offsets.clone();
  }

  /** The highest top of the placed buffers. */
  long peak() {
    long peak = 0;
    for (int i = 0; i < offsets.length; i++) {
      if (offsets[i] != MemoryLayout.SLOW) {
        peak = Math.max(peak, offsets[i] + instance.sizeOf(i));
      }
    }
    return peak;
  }

  private static long alignUp(long x, long a) {
    return a == 1 ? x : (x + a - 1) / a * a;
  }

  /** The largest total size live at one step: a lower bound on any packing's peak. */
  static long peakLive(MemoryInstance instance) {
    int n = instance.buffers();
    long[] events = new long[2 * n];
    for (int i = 0; i < n; i++) {
      // Ends sort before starts at the same step (live ranges are half-open).
      events[2 * i] = ((long) instance.upperOf(i) << 32) | i;
      events[2 * i + 1] = ((long) instance.lowerOf(i) << 32) | (1L << 31) | i;
    }
    Arrays.sort(events);
    long live = 0;
    long peak = 0;
    for (long e : events) {
      int i = (int) (e & 0x7FFF_FFFFL);
      boolean start = (e & (1L << 31)) != 0;
      live += start ? instance.sizeOf(i) : -instance.sizeOf(i);
      peak = Math.max(peak, live);
    }
    return peak;
  }
}
