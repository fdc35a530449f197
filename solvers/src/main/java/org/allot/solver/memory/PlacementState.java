package org.allot.solver.memory;

import java.util.Arrays;

/**
 * The incrementally kept state of {@link CanonicalSearch}: per buffer its offset (or -1) and its
 * minimum feasible offset, per section its floor and the total size of its unplaced buffers.
 * {@link #place} updates all of it from the overlap lists and section ranges of the placed buffer
 * and records every overwritten value on a trail; {@link #undo} rolls the trail back to a
 * {@link #mark}. Primitive arrays only; nothing is allocated per placement. Not thread-safe.
 */
final class PlacementState {
  final long[] minOffset;
  final long[] offset;
  final long[] solution;
  final long[] total;
  private final LiveSections sweep;
  private final long[] size;
  private final long[] align;
  private final long[] floor;
  private final SearchStacks st;
  private int liftFrom;
  private int liftTo;

  PlacementState(LiveSections sweep, long[] size, long[] align, SearchStacks st) {
    int m = size.length;
    this.sweep = sweep;
    this.size = size;
    this.align = align;
    this.st = st;
    this.minOffset = new long[m];
    this.offset = new long[m];
    this.solution = new long[m];
    this.floor = new long[sweep.sections];
    this.total = new long[sweep.sections];
    Arrays.fill(offset, -1);
    for (int b = 0; b < m; b++) {
      for (int s = sweep.first[b]; s < sweep.end[b]; s++) {
        total[s] += size[b];
      }
    }
  }

  /** The trail position to {@link #undo} back to: raised offsets high, floors low. */
  long mark() {
    return ((long) st.raisedTop << 32) | st.floorTop;
  }

  /**
   * Places {@code b} at its minimum offset: raises the minimum offsets of the unplaced buffers
   * it meets to its top (aligned up), stacks it on its sections (floor = its top, total less its
   * size), then lifts the floor of each section in the hull of {@code b}'s and the raised
   * buffers' sections to the lowest minimum offset of its unplaced buffers (MiniMalloc's
   * unallocated floor, over a superset of MiniMalloc's sections).
   *
   * @return true when {@code b} meets no unplaced buffer ("hatless")
   */
  boolean place(int b) {
    long off = minOffset[b];
    long top = off + size[b];
    offset[b] = off;
    solution[b] = off;
    boolean alone = raiseNeighbours(b, top);
    for (int s = sweep.first[b]; s < sweep.end[b]; s++) {
      st.pushFloor(s, floor[s]);
      floor[s] = top;
      total[s] -= size[b];
    }
    raiseFloors();
    return alone;
  }

  /** Takes {@code b} out again and restores everything changed since {@code mark}. */
  void undo(int b, long mark) {
    int floorMark = (int) mark;
    int raisedMark = (int) (mark >>> 32);
    while (st.floorTop > floorMark) {
      st.floorTop--;
      floor[st.floorSection[st.floorTop]] = st.floorOld[st.floorTop];
    }
    for (int s = sweep.first[b]; s < sweep.end[b]; s++) {
      total[s] += size[b];
    }
    while (st.raisedTop > raisedMark) {
      st.raisedTop--;
      minOffset[st.raisedBuffer[st.raisedTop]] = st.raisedOld[st.raisedTop];
    }
    offset[b] = -1;
  }

  /**
   * Section inference over sections {@code [lo, hi)}: each floor, at least {@code off} (later
   * placements never go lower), plus the unplaced total must fit in {@code capacity}.
   */
  boolean fits(int lo, int hi, long off, long capacity) {
    for (int s = lo; s < hi; s++) {
      if (Math.max(floor[s], off) + total[s] > capacity) {
        return false;
      }
    }
    return true;
  }

  /**
   * Raises the neighbours of {@code b}, and sets the range of sections whose floors may lift:
   * the hull of {@code b}'s sections and those of every raised buffer. All of these meet
   * {@code b}'s range, so the hull is their union plus sections of {@code b} where nothing was
   * raised; lifting those too is sound (a floor is never above the lowest unplaced minimum
   * offset) and cheaper than listing the union.
   */
  private boolean raiseNeighbours(int b, long top) {
    int lo = sweep.first[b];
    int hi = sweep.end[b];
    boolean alone = true;
    boolean raised = false;
    for (int p = sweep.overlapStart[b]; p < sweep.overlapStart[b + 1]; p++) {
      int o = sweep.overlaps[p];
      if (offset[o] >= 0) {
        continue;
      }
      alone = false;
      long a = align[o];
      long h = a == 1 ? top : (top + a - 1) / a * a;
      if (minOffset[o] < h) {
        st.pushRaised(o, minOffset[o]);
        minOffset[o] = h;
        raised = true;
        lo = Math.min(lo, sweep.first[o]);
        hi = Math.max(hi, sweep.end[o]);
      }
    }
    liftFrom = raised ? lo : 0;
    liftTo = raised ? hi : 0;
    return alone;
  }

  /** Stops scanning a section at the first unplaced buffer at or below its floor. */
  private void raiseFloors() {
    for (int s = liftFrom; s < liftTo; s++) {
      long f = floor[s];
      long low = Long.MAX_VALUE;
      for (int p = sweep.memberStart[s]; p < sweep.memberStart[s + 1] && low > f; p++) {
        int o = sweep.members[p];
        if (offset[o] < 0) {
          low = Math.min(low, minOffset[o]);
        }
      }
      if (low != Long.MAX_VALUE && low > f) {
        st.pushFloor(s, f);
        floor[s] = low;
      }
    }
  }
}
