package org.allot.solver.memory;

import org.allot.problem.memory.CostModel;
import org.allot.problem.memory.MemoryBoundedness;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.solver.Deadline;
import org.allot.solver.Outcome;

/**
 * What {@link MemoryExactSearch} does with a mapping instance: the XLA-style greedy layout, then
 * repacking in the spirit of XLA's repacker, with the exact search as the packer. Slow buffers
 * with a benefit are tried in memory-boundedness order; one whose move to fast memory lowers the
 * execution time is admitted when the exact search packs the enlarged fast set within
 * {@link #nodeCap} nodes (the whole fast set is re-packed, so earlier offsets may move). Each
 * admitted buffer strictly lowers the execution time, so the result is never worse than the
 * greedy's. It is a heuristic: the selection is not searched exhaustively.
 */
final class MappingRepack {
  private MappingRepack() {}

  static Outcome<MemoryLayout> solve(MemoryInstance instance, Deadline deadline,
      LayoutIncumbents incumbents) {
    CostModel cost = instance.costModel();
    long[] layout = MemoryGreedy.mappingLayout(instance);
    incumbents.offer(layout);
    boolean[] fast = new MemoryLayout(layout).inFast();
    double time = cost.totalTime(fast);
    double[] benefit = MemoryBoundedness.benefits(instance);
    for (int b : MemoryBoundedness.order(instance, benefit)) {
      if (deadline.expired()) {
        break;
      }
      if (fast[b] || benefit[b] <= 0) {
        continue;
      }
      fast[b] = true;
      double t = cost.totalTime(fast);
      long[] packed = t < time ? pack(instance, fast, deadline) : null;
      if (packed == null) {
        fast[b] = false;
      } else {
        incumbents.offer(packed);
        time = t;
      }
    }
    return incumbents.outcome(MemoryGreedy.allFastTime(cost));
  }

  /** A layout placing exactly the buffers with {@code fast[i]}, or null when none was found. */
  private static long[] pack(MemoryInstance instance, boolean[] fast, Deadline deadline) {
    ScaledPacking packing = ScaledPacking.of(instance, fast);
    CanonicalSearch search = new CanonicalSearch(packing.size, packing.alignment, packing.lower,
        packing.upper);
    int status = search.solve(packing.scaled(instance.capacity()), deadline,
        nodeCap(packing.size.length));
    return status == CanonicalSearch.FOUND ? packing.layout(search.solution(), fast) : null;
  }

  /** The node budget of one repacking attempt. */
  static long nodeCap(int buffers) {
    return 10_000L + 64L * buffers;
  }
}
