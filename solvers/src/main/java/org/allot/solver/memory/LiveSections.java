package org.allot.solver.memory;

import java.util.Arrays;

/**
 * The sweep of a set of live ranges (MiniMalloc's {@code Sweep}): the time axis cut into
 * <em>sections</em>, the pairs of buffers live at a common step, and the <em>cuts</em> between
 * adjacent sections. Everything is in primitive arrays in compressed-row form, built once per
 * solve; the search only reads it.
 *
 * <p>Let {@code u_0 < u_1 < ...} be the distinct upper ends of the live ranges. Section {@code k}
 * is the set of buffers live at step {@code u_k - 1}: a clique of the interval graph, and every
 * buffer live anywhere in {@code [u_(k-1), u_k)} is in it (a buffer live there cannot end before
 * {@code u_k}). A buffer spans the contiguous sections {@code [first, end)}. The cut between
 * sections {@code k} and {@code k+1} counts the buffers spanning both; where it is 0 the buffers
 * on either side never meet, and the two sides can be packed independently.
 *
 * <p>Immutable after construction, so thread-safe.
 */
final class LiveSections {
  /** The number of buffers. */
  final int buffers;
  /** The number of sections. */
  final int sections;
  /** Per buffer, its first section. */
  final int[] first;
  /** Per buffer, one past its last section. */
  final int[] end;
  /**
   * Compressed rows: the buffers of section {@code s} are
   * {@code members[memberStart[s] .. memberStart[s + 1])}.
   */
  final int[] memberStart;
  final int[] members;
  /** Compressed rows: the buffers live at a common step with {@code b}. */
  final int[] overlapStart;
  final int[] overlaps;
  /** Per boundary {@code k} (between sections {@code k} and {@code k + 1}), the buffers across. */
  final int[] cuts;

  private LiveSections(int buffers, int sections, int[] first, int[] end, int[] memberStart,
      int[] members, int[] overlapStart, int[] overlaps, int[] cuts) {
    this.buffers = buffers;
    this.sections = sections;
    this.first = first;
    this.end = end;
    this.memberStart = memberStart;
    this.members = members;
    this.overlapStart = overlapStart;
    this.overlaps = overlaps;
    this.cuts = cuts;
  }

  /**
   * Sweeps the half-open live ranges {@code [lower[i], upper[i])}.
   *
   * @throws IllegalArgumentException when the arrays differ in length or a range is empty
   */
  static LiveSections of(int[] lower, int[] upper) {
    int n = lower.length;
    if (upper.length != n) {
      throw new IllegalArgumentException("lower and upper differ in length: " + n + " vs "
          + upper.length);
    }
    int[] uppers = distinctSorted(upper);
    int[] first = new int[n];
    int[] end = new int[n];
    for (int i = 0; i < n; i++) {
      if (upper[i] <= lower[i]) {
        throw new IllegalArgumentException("buffer #" + i + ": empty live range [" + lower[i]
            + ", " + upper[i] + ")");
      }
      first[i] = firstAbove(uppers, lower[i]);
      end[i] = Arrays.binarySearch(uppers, upper[i]) + 1;
    }
    int s = uppers.length;
    int[] cuts = new int[Math.max(0, s - 1)];
    for (int i = 0; i < n; i++) {
      for (int k = first[i]; k + 1 < end[i]; k++) {
        cuts[k]++;
      }
    }
    int[][] sectionRows = memberRows(s, first, end);
    int[][] adjacency = overlapRows(lower, upper);
    return new LiveSections(n, s, first, end, sectionRows[0], sectionRows[1], adjacency[0],
        adjacency[1], cuts);
  }

  /** The buffers of each of the {@code s} sections as compressed rows {@code {start, list}}. */
  private static int[][] memberRows(int s, int[] first, int[] end) {
    int[] memberStart = new int[s + 1];
    for (int i = 0; i < first.length; i++) {
      for (int k = first[i]; k < end[i]; k++) {
        memberStart[k + 1]++;
      }
    }
    for (int k = 0; k < s; k++) {
      memberStart[k + 1] += memberStart[k];
    }
    int[] members = new int[memberStart[s]];
    int[] fill = Arrays.copyOf(memberStart, s);
    for (int i = 0; i < first.length; i++) {
      for (int k = first[i]; k < end[i]; k++) {
        members[fill[k]++] = i;
      }
    }
    return new int[][] {memberStart, members};
  }

  /** The distinct values of {@code a}, ascending. */
  private static int[] distinctSorted(int[] a) {
    int[] sorted = a.clone();
    Arrays.sort(sorted);
    int k = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[k++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, k);
  }

  /** The index of the first value of the ascending {@code a} above {@code v}. */
  private static int firstAbove(int[] a, int v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] > v) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * The pairs of overlapping live ranges as compressed rows {@code {start, list}}: sweeping by
   * lower end, {@code j} after {@code i} overlaps {@code i} exactly when it starts before
   * {@code i} ends. Each row lists its neighbours by ascending index.
   */
  static int[][] overlapRows(int[] lower, int[] upper) {
    int n = lower.length;
    long[] byLower = new long[n];
    for (int i = 0; i < n; i++) {
      byLower[i] = ((long) lower[i] << 32) | i;
    }
    Arrays.sort(byLower);
    int[] degree = new int[n];
    for (int p = 0; p < n; p++) {
      int i = (int) byLower[p];
      for (int q = p + 1; q < n && (int) (byLower[q] >> 32) < upper[i]; q++) {
        degree[i]++;
        degree[(int) byLower[q]]++;
      }
    }
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + degree[i];
    }
    int[] list = new int[start[n]];
    int[] fill = Arrays.copyOf(start, n);
    for (int p = 0; p < n; p++) {
      int i = (int) byLower[p];
      for (int q = p + 1; q < n && (int) (byLower[q] >> 32) < upper[i]; q++) {
        int j = (int) byLower[q];
        list[fill[i]++] = j;
        list[fill[j]++] = i;
      }
    }
    for (int i = 0; i < n; i++) {
      Arrays.sort(list, start[i], start[i + 1]);
    }
    return new int[][] {start, list};
  }

  /** The largest total of {@code size} over the buffers of one section: the peak live size. */
  long peakLive(long[] size) {
    long peak = 0;
    for (int k = 0; k < sections; k++) {
      long total = 0;
      for (int p = memberStart[k]; p < memberStart[k + 1]; p++) {
        total += size[members[p]];
      }
      peak = Math.max(peak, total);
    }
    return peak;
  }
}
