package org.allot.problem.memory;

import java.util.Arrays;

/**
 * The placement core shared by the mallocGame, the greedy and the exact solvers: the canonical
 * offsets of a buffer and whether it fits, given the buffers placed so far.
 *
 * <p>The placed set is the caller's {@code long[] offsets}, one entry per buffer in instance
 * order: {@code offsets[j] >= 0} is buffer {@code j}'s address; any negative value (such as
 * {@link MemoryLayout#SLOW}) means not in fast memory (slow or undecided). A buffer {@code j}
 * occupies {@code [offsets[j], offsets[j] + size[j])} over its live range; a zero-size buffer
 * occupies nothing. The <em>canonical offsets</em> of buffer {@code b} are 0 and the tops
 * {@code offsets[j] + size[j]} of the placed positive-size buffers that overlap {@code b} in time,
 * each aligned up to {@code b}'s alignment. Restricting placements to them loses no packing when
 * the placement order is free (MiniMalloc's canonical solutions: push every buffer down until it
 * rests on 0 or on a buffer placed before it); with a fixed order it may. Of these, the ones where {@code b} fits (no address overlap
 * with a time-overlapping placed buffer, {@code offset + size <= capacity}) are exactly the
 * aligned-up starts of the free gaps of {@code b}'s live range that are long enough, which is how
 * they are computed: one sort of the placed neighbours' starts and a merge of their intervals,
 * {@code O(d log d)} for {@code d} time-overlapping buffers (offsets too large to share a sort
 * key with a neighbour index, beyond 2^43 bytes with a million neighbours, take a second sort).
 * A zero-size buffer has the single candidate 0.
 *
 * <p>The time-overlap graph is built once ({@code O(n log n + edges)}) as compressed rows of
 * {@code int}s; above {@link #MAX_EDGES} stored entries (64 MiB) the class scans every buffer
 * instead. Measured on a 2001-buffer transformer training workload (degree about 1400, half
 * placed): about 25 µs per {@link #fitting} call on a shared 2-core machine.
 * Not thread-safe (scratch arrays): {@link #fork} gives another thread its own, sharing the
 * graph. No allocation per call.
 */
public final class CanonicalOffsets {
  /** The largest number of stored graph entries (two per time-overlapping pair). */
  public static final long MAX_EDGES = 1L << 24;

  private final MemoryInstance instance;
  private final int[] lower;
  private final int[] upper;
  private final long[] size;
  private final int[] alignment;
  private final long capacity;
  private final OverlapGraph graph;
  private final long[] starts;
  private final long[] ends;
  private final long[] keys;
  private final long[] cand;
  private final long[] room;
  /** Bits for a neighbour's index in a packed sort key. */
  private final int indexBits;

  /** Builds the time-overlap graph of {@code instance}. */
  public CanonicalOffsets(MemoryInstance instance) {
    this(instance, MAX_EDGES);
  }

  /** With another graph limit (tests force the scanning fallback with 0). */
  CanonicalOffsets(MemoryInstance instance, long maxEdges) {
    this.instance = instance;
    this.lower = instance.lower();
    this.upper = instance.upper();
    this.size = instance.size();
    this.alignment = instance.alignment();
    this.capacity = instance.capacity();
    this.graph = new OverlapGraph(lower, upper, maxEdges);
    int d = graph.maxDegree();
    this.starts = new long[d + 1];
    this.ends = new long[d + 1];
    this.keys = new long[d + 1];
    this.cand = new long[d + 2];
    this.room = new long[d + 2];
    this.indexBits = 32 - Integer.numberOfLeadingZeros(d + 1);
  }

  private CanonicalOffsets(CanonicalOffsets o) {
    this.instance = o.instance;
    this.lower = o.lower;
    this.upper = o.upper;
    this.size = o.size;
    this.alignment = o.alignment;
    this.capacity = o.capacity;
    this.graph = o.graph;
    this.starts = new long[o.starts.length];
    this.ends = new long[o.ends.length];
    this.keys = new long[o.keys.length];
    this.cand = new long[o.cand.length];
    this.room = new long[o.room.length];
    this.indexBits = o.indexBits;
  }

  /** An instance for another thread: the same graph, its own scratch arrays. */
  public CanonicalOffsets fork() {
    return new CanonicalOffsets(this);
  }

  public MemoryInstance instance() {
    return instance;
  }

  /** The buffers that overlap {@code b} in time (not {@code b} itself), in no set order. */
  public int[] conflicts(int b) {
    return graph.conflicts(b);
  }

  /**
   * Whether buffer {@code b} fits at {@code offset}: aligned, {@code 0 <= offset},
   * {@code offset + size <= capacity}, and no address overlap with a placed buffer live at a
   * common time step.
   */
  public boolean fits(long[] offsets, int b, long offset) {
    long z = size[b];
    if (offset < 0 || offset % alignment[b] != 0 || offset > capacity - z) {
      return false;
    }
    if (z == 0) {
      return true;
    }
    int m = collect(offsets, b);
    long end = offset + z;
    for (int k = 0; k < m; k++) {
      if (starts[k] < end && offset < ends[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the canonical offsets where {@code b} fits, ascending, into {@code into} (as many as
   * it holds) and, when {@code roomInto} is not null, the free bytes from each up to the next
   * occupied address or the capacity (the gap left for {@code b}, at least its size).
   *
   * @return the number of fitting canonical offsets, which may exceed {@code into.length}
   */
  public int fitting(long[] offsets, int b, long[] into, long[] roomInto) {
    int count = gaps(offsets, b);
    int w = Math.min(count, into.length);
    System.arraycopy(cand, 0, into, 0, w);
    if (roomInto != null) {
      System.arraycopy(room, 0, roomInto, 0, Math.min(w, roomInto.length));
    }
    return count;
  }

  /** The lowest canonical offset where {@code b} fits, or {@link MemoryLayout#SLOW}. */
  public long lowestFit(long[] offsets, int b) {
    return gaps(offsets, b) > 0 ? cand[0] : MemoryLayout.SLOW;
  }

  /**
   * The best fit of {@code b} (XLA's heap simulator): the canonical offset whose free gap is the
   * smallest that holds it, the lowest on ties; {@link MemoryLayout#SLOW} when none fits.
   */
  public long bestFit(long[] offsets, int b) {
    int count = gaps(offsets, b);
    int best = -1;
    for (int k = 0; k < count; k++) {
      if (best < 0 || room[k] < room[best]) {
        best = k;
      }
    }
    return best < 0 ? MemoryLayout.SLOW : cand[best];
  }

  /**
   * The lowest address above every placed buffer that overlaps {@code b} in time, aligned up to
   * {@code b}'s alignment (MiniMalloc's candidate offset); 0 when there is none.
   */
  public long floor(long[] offsets, int b) {
    int m = collect(offsets, b);
    long top = 0;
    for (int k = 0; k < m; k++) {
      top = Math.max(top, ends[k]);
    }
    return alignUp(top, alignment[b]);
  }

  /**
   * The most bytes of placed buffers live at one time step of {@code b}'s live range
   * ({@code b} itself excluded): {@code capacity} minus this is the free space at the tightest
   * instant.
   */
  public long livePeak(long[] offsets, int b) {
    int m = 0;
    for (int k = graph.from(b), to = graph.to(b); k < to; k++) {
      int j = graph.neighbour(b, k);
      if (j >= 0 && offsets[j] >= 0 && size[j] > 0) {
        // Event times relative to b's range, clipped to it; index j in the low 31 bits.
        starts[m] = ((long) Math.max(lower[j], lower[b]) - lower[b]) << 31 | j;
        ends[m++] = ((long) Math.min(upper[j], upper[b]) - lower[b]) << 31 | j;
      }
    }
    Arrays.sort(starts, 0, m);
    Arrays.sort(ends, 0, m);
    long live = 0;
    long peak = 0;
    int e = 0;
    for (int s = 0; s < m; s++) {
      while ((ends[e] >>> 31) <= (starts[s] >>> 31)) {
        live -= size[(int) (ends[e++] & 0x7FFF_FFFFL)];
      }
      live += size[(int) (starts[s] & 0x7FFF_FFFFL)];
      peak = Math.max(peak, live);
    }
    return peak;
  }

  /** Fills {@code cand} and {@code room} with the fitting canonical offsets; returns the count. */
  private int gaps(long[] offsets, int b) {
    long z = size[b];
    if (z == 0) {
      cand[0] = 0;
      room[0] = capacity;
      return 1;
    }
    int m = collect(offsets, b);
    int a = alignment[b];
    long maxStart = 0;
    for (int k = 0; k < m; k++) {
      maxStart = Math.max(maxStart, starts[k]);
    }
    return maxStart < 1L << (63 - indexBits) ? mergeByStart(m, z, a) : sweepSorted(m, z, a);
  }

  /**
   * The gaps from one sort of the starts, each packed with its interval's index: a gap opens
   * wherever the next start lies above the highest end so far.
   */
  private int mergeByStart(int m, long z, int a) {
    long mask = (1L << indexBits) - 1;
    for (int k = 0; k < m; k++) {
      keys[k] = starts[k] << indexBits | k;
    }
    Arrays.sort(keys, 0, m);
    int count = 0;
    long reach = 0;
    for (int s = 0; s < m; s++) {
      long start = keys[s] >>> indexBits;
      if (start > reach) {
        count = gap(reach, start, z, a, count);
      }
      reach = Math.max(reach, ends[(int) (keys[s] & mask)]);
    }
    return gap(reach, capacity, z, a, count);
  }

  /** The gaps from sorted starts and sorted ends (for offsets too large to pack). */
  private int sweepSorted(int m, long z, int a) {
    Arrays.sort(starts, 0, m);
    Arrays.sort(ends, 0, m);
    int count = 0;
    int depth = 0;
    long gapStart = 0;
    int e = 0;
    for (int s = 0; s < m; s++) {
      while (ends[e] <= starts[s]) {
        if (--depth == 0) {
          gapStart = ends[e];
        }
        e++;
      }
      if (depth++ == 0) {
        count = gap(gapStart, starts[s], z, a, count);
      }
    }
    gapStart = m == 0 ? 0 : Math.max(gapStart, ends[m - 1]);
    return gap(gapStart, capacity, z, a, count);
  }

  private int gap(long from, long to, long z, int a, int count) {
    long c = alignUp(from, a);
    long limit = Math.min(to, capacity);
    if (c <= limit - z) {
      cand[count] = c;
      room[count] = limit - c;
      return count + 1;
    }
    return count;
  }

  /** Copies the address ranges of the placed positive-size neighbours of {@code b}. */
  private int collect(long[] offsets, int b) {
    int m = 0;
    for (int k = graph.from(b), to = graph.to(b); k < to; k++) {
      int j = graph.neighbour(b, k);
      if (j >= 0) {
        long o = offsets[j];
        if (o >= 0 && size[j] > 0) {
          starts[m] = o;
          ends[m++] = AddressOverlaps.top(o, size[j]);
        }
      }
    }
    return m;
  }

  private static long alignUp(long x, int a) {
    return a == 1 ? x : Math.ceilDiv(x, a) * a;
  }
}
