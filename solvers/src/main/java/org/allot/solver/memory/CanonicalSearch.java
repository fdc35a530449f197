package org.allot.solver.memory;

import java.util.Arrays;
import org.allot.solver.Deadline;

/**
 * MiniMalloc's depth-first search over canonical packings (Moffitt, ASPLOS 2023), re-implemented
 * over primitive arrays. Every unplaced buffer's only candidate offset is its minimum feasible
 * offset (the top of the placed buffers it meets in time, aligned up); candidates are tried by
 * (offset, static pre-order position); placements are canonical (offsets never decrease, equal
 * offsets go in pre-order); a section whose floor plus unplaced total exceeds the capacity prunes
 * (section inference, with the unplaced buffers' minimum offsets and the monotonic floor
 * raising the floor); a candidate at or above the lowest top of any unplaced buffer is dominated;
 * a buffer that meets no unplaced buffer ("hatless") has no alternative worth trying; and where a
 * placement leaves no unplaced buffer spanning a section boundary the two sides are solved apart.
 * The search is complete: it finds a packing or proves there is none.
 *
 * <p>One deliberate difference from MiniMalloc: after a placement, MiniMalloc lifts the floors of
 * the sections of the buffers whose minimum offset rose; this search lifts every section in the
 * hull of those and the placed buffer's own ({@link PlacementState}). The extra lifts are sound
 * (no section floor exceeds the lowest minimum offset of its unplaced buffers), prune a little
 * more (challenging A: 28,636 nodes instead of 116,412) and avoid listing the union, which was
 * the search's hottest loop.
 *
 * <p>This class is the search's control (round-robin pre-orders, node limits, partitions, the
 * node loop); {@link PlacementState} keeps the offsets, minimum offsets and section data
 * incrementally. All state lives in arrays sized once; the trails and stacks grow (rarely) but
 * nothing is allocated per node. Not thread-safe: one search per instance at a time.
 */
final class CanonicalSearch {
  /** A packing was found; {@link #solution()} holds it. */
  static final int FOUND = 0;
  /** The search proved that no packing exists. */
  static final int NOT_FOUND = 1;
  /** The node limit of the current pre-order ran out. */
  static final int NODE_LIMIT = 2;
  /** The deadline passed. */
  static final int TIMEOUT = 3;

  /** Nodes between two looks at the clock. */
  private static final int CLOCK_MASK = 1023;
  /** Up to this many buffers the search runs on the caller's thread (a 1 MB stack holds it). */
  private static final int SHALLOW = 512;
  /** Stack of the search's own thread beyond {@link #SHALLOW}: a base and bytes per level. */
  private static final long STACK_BASE = 1L << 20;
  private static final long STACK_PER_BUFFER = 2048;

  private final LiveSections sweep;
  private final int m;
  private final long[] size;
  private final long[] align;
  private final long[] width;
  private final long[] area;
  private final int shift;
  private final long positionMask;
  private final long keyLimit;
  private final SearchStacks st;
  private final PlacementState state;
  private final int[] cuts;
  private final long[] sectionTotalKey;
  private final int[] sortScratch;

  private long capacity;
  private Deadline deadline;
  private Preorder preorder;
  private long nodesLeft;
  private long nodes;
  private boolean hatless;

  /**
   * A search over {@code size.length} buffers with the given live ranges.
   *
   * @param size per buffer, its size, positive
   * @param alignment per buffer, its offset alignment, positive
   * @param lower per buffer, the first live step
   * @param upper per buffer, the first step no longer live
   */
  CanonicalSearch(long[] size, long[] alignment, int[] lower, int[] upper) {
    this.sweep = LiveSections.of(lower, upper);
    this.m = size.length;
    this.size = size.clone();
    this.align = alignment.clone();
    this.width = new long[m];
    this.area = new long[m];
    for (int b = 0; b < m; b++) {
      width[b] = (long) upper[b] - lower[b];
      area[b] = width[b] * size[b];
    }
    this.shift = Math.max(1, 32 - Integer.numberOfLeadingZeros(m));
    this.positionMask = (1L << shift) - 1;
    this.keyLimit = 1L << (62 - shift);
    this.st = new SearchStacks(m, sweep.sections);
    this.state = new PlacementState(sweep, this.size, this.align, st);
    this.cuts = sweep.cuts.clone();
    this.sectionTotalKey = new long[m];
    this.sortScratch = new int[m];
  }

  /** The largest total size live at one step: a lower bound on any packing's peak. */
  long peakLive() {
    return sweep.peakLive(size);
  }

  /** The offsets of the last packing found, per buffer. */
  long[] solution() {
    return state.solution.clone();
  }

  /** The nodes visited since this search was made. */
  long nodes() {
    return nodes;
  }

  /**
   * Looks for a packing into {@code capacity}, trying the pre-orders round-robin under a node
   * limit that starts at twice the number of buffers and doubles after each round.
   *
   * @return {@link #FOUND}, {@link #NOT_FOUND} or {@link #TIMEOUT}
   * @throws IllegalArgumentException when the capacity is too large for the search's keys
   */
  int solve(long newCapacity, Deadline newDeadline) {
    return solve(newCapacity, newDeadline, Long.MAX_VALUE);
  }

  /**
   * As {@link #solve(long, Deadline)}, but gives up with {@link #NODE_LIMIT} once a round's node
   * limit would exceed {@code nodeCap} (after a last round at {@code nodeCap}).
   */
  int solve(long newCapacity, Deadline newDeadline, long nodeCap) {
    if (m <= SHALLOW) {
      return solveHere(newCapacity, newDeadline, nodeCap);
    }
    // The recursion goes one level per buffer: give it a thread with a stack to match.
    return DeepStack.call(() -> solveHere(newCapacity, newDeadline, nodeCap),
        STACK_BASE + STACK_PER_BUFFER * m);
  }

  private int solveHere(long newCapacity, Deadline newDeadline, long nodeCap) {
    long maxAlign = 1;
    for (long a : align) {
      maxAlign = Math.max(maxAlign, a);
    }
    if (newCapacity >= keyLimit / 2 - maxAlign) {
      throw new IllegalArgumentException("capacity " + newCapacity + " with " + m
          + " buffers is beyond the exact search's offset keys (" + (keyLimit / 2 - maxAlign)
          + "); divide sizes, alignments and capacity by a common factor");
    }
    this.capacity = newCapacity;
    this.deadline = newDeadline;
    if (m == 0) {
      return FOUND;
    }
    if (peakLive() > newCapacity) {
      return NOT_FOUND;
    }
    long limit = m;
    while (limit < nodeCap) {
      limit = limit > nodeCap / 2 ? nodeCap : limit * 2;
      for (Preorder p : Preorder.values()) {
        preorder = p;
        nodesLeft = limit;
        int status = solvePartitions();
        if (status != NODE_LIMIT) {
          return status;
        }
      }
    }
    return NODE_LIMIT;
  }

  /** Solves the partitions of the sweep (separated by cuts of 0) one after the other. */
  private int solvePartitions() {
    int lo = 0;
    for (int k = 0; k < sweep.sections; k++) {
      if (k == sweep.sections - 1 || cuts[k] == 0) {
        int from = st.partTop;
        for (int b = 0; b < m; b++) {
          if (sweep.first[b] >= lo && sweep.end[b] <= k + 1) {
            st.pushPart(b);
          }
        }
        int status = subSolve(lo, k + 1, from, st.partTop);
        st.partTop = from;
        if (status != FOUND) {
          return status;
        }
        lo = k + 1;
      }
    }
    return FOUND;
  }

  /** Sorts the partition's buffers into the current pre-order and searches it from scratch. */
  private int subSolve(int lo, int hi, int from, int to) {
    int[] part = st.part;
    for (int k = from; k < to; k++) {
      int b = part[k];
      long t = 0;
      for (int s = sweep.first[b]; s < sweep.end[b]; s++) {
        t = Math.max(t, state.total[s]);
      }
      sectionTotalKey[b] = t;
    }
    preorder.sort(part, from, to, width, area, sectionTotalKey, sortScratch);
    return search(lo, hi, from, to, 0L);
  }

  /**
   * One node: the partition's unplaced buffers are {@code part[from..to)} (placed ones are
   * skipped), in pre-order; {@code minKey} packs the last placement's offset and position, below
   * which a placement would not be canonical.
   */
  private int search(int lo, int hi, int from, int to, long minKey) {
    if (--nodesLeft < 0) {
      return NODE_LIMIT;
    }
    if ((++nodes & CLOCK_MASK) == 0 && deadline.expired()) {
      return TIMEOUT;
    }
    int[] part = st.part;
    long[] offset = state.offset;
    long[] minOffset = state.minOffset;
    long minHeight = Long.MAX_VALUE;
    for (int k = from; k < to; k++) {
      int b = part[k];
      if (offset[b] < 0) {
        minHeight = Math.min(minHeight, minOffset[b] + size[b]);
      }
    }
    if (minHeight == Long.MAX_VALUE) {
      return FOUND;
    }
    int candFrom = st.candTop;
    for (int k = from; k < to; k++) {
      int b = part[k];
      long mo = minOffset[b];
      if (offset[b] < 0 && mo < minHeight) {
        long key = (mo << shift) | (k - from);
        if (key >= minKey) {
          st.pushCandidate(key);
        }
      }
    }
    int candTo = st.candTop;
    if (candTo - candFrom > 1) {
      Arrays.sort(st.cand, candFrom, candTo);
    }
    int status = NOT_FOUND;
    for (int c = candFrom; c < candTo && status == NOT_FOUND; c++) {
      long key = st.cand[c];
      status = place(st.part[from + (int) (key & positionMask)], key, lo, hi, from, to);
      if (hatless) {
        break;
      }
    }
    st.candTop = candFrom;
    return status;
  }

  /** Places {@code b} at its minimum offset, recurses, and undoes the placement. */
  private int place(int b, long key, int lo, int hi, int from, int to) {
    long off = state.minOffset[b];
    long mark = state.mark();
    boolean alone = state.place(b);
    int status = state.fits(lo, hi, off, capacity) ? decompose(b, key, lo, hi, from, to)
        : NOT_FOUND;
    state.undo(b, mark);
    hatless = alone;
    return status;
  }

  /**
   * After placing {@code b}: where no unplaced buffer spans a boundary any more, solves the
   * pieces apart; otherwise goes on searching the partition.
   */
  private int decompose(int b, long key, int lo, int hi, int from, int to) {
    int cutFrom = st.cutTop;
    int last = sweep.end[b] - 1;
    for (int s = sweep.first[b]; s < last; s++) {
      if (--cuts[s] == 0) {
        st.pushCut(s + 1);
      }
    }
    int status = st.cutTop == cutFrom ? search(lo, hi, from, to, key)
        : solveApart(lo, hi, from, to, cutFrom);
    for (int s = sweep.first[b]; s < last; s++) {
      cuts[s]++;
    }
    st.cutTop = cutFrom;
    return status;
  }

  /** Solves the pieces of {@code [lo, hi)} between the new cut points one after the other. */
  private int solveApart(int lo, int hi, int from, int to, int cutFrom) {
    int cutTo = st.cutTop;
    int a = lo;
    int status = FOUND;
    for (int c = cutFrom; c <= cutTo && status == FOUND; c++) {
      int z = c < cutTo ? st.cutPoint[c] : hi;
      int pieceFrom = st.partTop;
      for (int k = from; k < to; k++) {
        int o = st.part[k];
        if (state.offset[o] < 0 && sweep.first[o] < z && sweep.end[o] > a) {
          st.pushPart(o);
        }
      }
      if (st.partTop > pieceFrom) {
        status = subSolve(a, z, pieceFrom, st.partTop);
      }
      st.partTop = pieceFrom;
      a = z;
    }
    return status;
  }
}
