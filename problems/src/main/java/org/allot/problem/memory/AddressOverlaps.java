package org.allot.problem.memory;

import java.util.Arrays;
import java.util.List;
import org.allot.problem.Violation;

/**
 * The overlap check of the evaluator: a sweep over time. Fast buffers are sorted by
 * {@code lower}; each is compared with the buffers still live at its {@code lower} (the active
 * list, pruned as the sweep moves on), so every pair that overlaps in time is compared exactly
 * once and the cost is {@code O(n log n + sum of live-set sizes)} rather than {@code O(n^2)}.
 * Every overlapping pair is counted; the first {@link #LISTED} are listed as violations, the rest
 * are summed up in one more violation, so that a wildly broken layout cannot flood memory.
 */
final class AddressOverlaps {
  /** The most overlapping pairs listed one by one. */
  static final int LISTED = 1000;

  private AddressOverlaps() {}

  /**
   * Adds an {@code overlap} violation per pair of fast buffers that overlap in time and address.
   *
   * @param offsets per buffer, the offset or {@link MemoryLayout#SLOW}; only the first
   *     {@code count} buffers are checked
   */
  static void check(MemoryInstance instance, long[] offsets, int count, List<Violation> out) {
    long[] keys = new long[count];
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (offsets[i] != MemoryLayout.SLOW && instance.sizeOf(i) > 0) {
        // lower + 2^31 fits in 32 bits, the buffer index in the low 31 bits.
        keys[n++] = ((instance.lowerOf(i) + (1L << 31)) << 31) | i;
      }
    }
    Arrays.sort(keys, 0, n);
    int[] active = new int[n];
    int live = 0;
    long pairs = 0;
    for (int k = 0; k < n; k++) {
      int i = (int) (keys[k] & 0x7FFF_FFFFL);
      int lower = instance.lowerOf(i);
      long start = offsets[i];
      long end = top(start, instance.sizeOf(i));
      int kept = 0;
      for (int a = 0; a < live; a++) {
        int j = active[a];
        if (instance.upperOf(j) <= lower) {
          continue;
        }
        active[kept++] = j;
        long js = offsets[j];
        long je = top(js, instance.sizeOf(j));
        if (js < end && start < je) {
          if (pairs++ < LISTED) {
            out.add(violation(instance, j, js, je, i, start, end));
          }
        }
      }
      active[kept++] = i;
      live = kept;
    }
    if (pairs > LISTED) {
      out.add(new Violation("overlap", (pairs - LISTED) + " more overlapping pairs not listed",
          pairs - LISTED));
    }
  }

  /** {@code offset + size}, saturated at {@code Long.MAX_VALUE} for absurd offsets. */
  static long top(long offset, long size) {
    return offset > Long.MAX_VALUE - size ? Long.MAX_VALUE : offset + size;
  }

  private static Violation violation(MemoryInstance in, int j, long js, long je, int i,
      long is, long ie) {
    return new Violation("overlap", "buffers " + in.idOf(j) + " (time [" + in.lowerOf(j) + ", "
        + in.upperOf(j) + "), address [" + js + ", " + je + ")) and " + in.idOf(i) + " (time ["
        + in.lowerOf(i) + ", " + in.upperOf(i) + "), address [" + is + ", " + ie + "))",
        Math.min(je, ie) - Math.max(js, is));
  }
}
