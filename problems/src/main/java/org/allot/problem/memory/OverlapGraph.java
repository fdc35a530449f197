package org.allot.problem.memory;

import java.util.Arrays;

/**
 * Which buffers are live at a common time step, as compressed rows of {@code int}s built by one
 * sweep over the buffers sorted by {@code lower} ({@code O(n log n + edges)}). Above a limit of
 * stored entries it keeps no rows and answers by scanning every buffer. Immutable, thread-safe.
 */
final class OverlapGraph {
  private final int[] lower;
  private final int[] upper;
  /** Row {@code b} is {@code edges[rowStart[b] .. rowStart[b + 1])}; null when scanning. */
  private final int[] rowStart;
  private final int[] edges;
  private final int maxDegree;

  /** @param maxEntries the most row entries stored (two per overlapping pair) */
  OverlapGraph(int[] lower, int[] upper, long maxEntries) {
    this.lower = lower;
    this.upper = upper;
    int n = lower.length;
    int[] order = byLower(lower);
    int[] degree = new int[n];
    long total = sweep(order, degree, null, null);
    int max = 0;
    if (total <= maxEntries) {
      this.rowStart = new int[n + 1];
      for (int i = 0; i < n; i++) {
        rowStart[i + 1] = rowStart[i] + degree[i];
        max = Math.max(max, degree[i]);
      }
      this.edges = new int[(int) total];
      sweep(order, null, rowStart.clone(), edges);
    } else {
      this.rowStart = null;
      this.edges = null;
      max = n - 1;
    }
    this.maxDegree = Math.max(0, max);
  }

  private static int[] byLower(int[] lower) {
    long[] keys = new long[lower.length];
    for (int i = 0; i < lower.length; i++) {
      // lower + 2^31 fits in 32 bits, the index in the low 31 bits.
      keys[i] = ((lower[i] + (1L << 31)) << 31) | i;
    }
    Arrays.sort(keys);
    int[] order = new int[lower.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = (int) (keys[k] & 0x7FFF_FFFFL);
    }
    return order;
  }

  /**
   * Sweeps the buffers by {@code lower}: each meets the still-live earlier ones once. Counts
   * degrees into {@code degree}, or fills rows from the cursors {@code next} into {@code out}.
   */
  private long sweep(int[] order, int[] degree, int[] next, int[] out) {
    int[] active = new int[order.length];
    int live = 0;
    long total = 0;
    for (int i : order) {
      int kept = 0;
      for (int a = 0; a < live; a++) {
        int j = active[a];
        if (upper[j] > lower[i]) {
          active[kept++] = j;
          total += 2;
          if (degree != null) {
            degree[i]++;
            degree[j]++;
          } else {
            out[next[i]++] = j;
            out[next[j]++] = i;
          }
        }
      }
      active[kept++] = i;
      live = kept;
    }
    return total;
  }

  /** The largest number of neighbours of a buffer (an upper bound when scanning). */
  int maxDegree() {
    return maxDegree;
  }

  /** The first row position of {@code b}'s neighbours (see {@link #neighbour}). */
  int from(int b) {
    return rowStart == null ? 0 : rowStart[b];
  }

  /** Just past the last row position of {@code b}'s neighbours. */
  int to(int b) {
    return rowStart == null ? lower.length : rowStart[b + 1];
  }

  /** The neighbour of {@code b} at row position {@code k}, or -1 (scanning: none there). */
  int neighbour(int b, int k) {
    if (edges != null) {
      return edges[k];
    }
    return k == b || upper[k] <= lower[b] || upper[b] <= lower[k] ? -1 : k;
  }

  /** The buffers live at a common step with {@code b} (not {@code b}), in no set order. */
  int[] conflicts(int b) {
    if (edges != null) {
      return Arrays.copyOfRange(edges, rowStart[b], rowStart[b + 1]);
    }
    int[] c = new int[lower.length];
    int k = 0;
    for (int j = 0; j < lower.length; j++) {
      if (neighbour(b, j) >= 0) {
        c[k++] = j;
      }
    }
    return Arrays.copyOf(c, k);
  }
}
