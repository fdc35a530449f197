package org.allot.solver.memory;

import org.allot.problem.memory.CostModel;
import org.allot.problem.memory.MemoryBoundedness;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * XLA's one-pass baselines, no backtracking (see {@link BestFitHeap} for the placement rule).
 *
 * <p><b>Mapping</b>: memory-space assignment's order ({@link MemoryBoundedness}, shared with the
 * mallocGame). Buffers go by {@code benefit / sqrt(size)} descending, then size descending,
 * live-range length descending and index, where the benefit is the execution time saved by
 * putting that buffer alone in fast memory. Each is placed by best fit over its live range below
 * the capacity, else left in slow memory. Buffers with no benefit stay slow (moving them never saves time, so
 * they would only take space). Returns {@code Feasible} with bound the all-fast execution time
 * ({@code Optimal} when it reaches it).
 *
 * <p><b>Packing</b>: decreasing size (then live-range length, then index), best fit in a heap
 * that grows above the capacity as XLA's does. When the heap stays within the capacity the layout
 * is returned ({@code Feasible}, bound the peak live size, {@code Optimal} when they meet);
 * otherwise the result is {@link Outcome.Unknown} and no incumbent is reported, since a layout
 * above the capacity is not a solution. {@link #requiredCapacity} gives the capacity it would
 * have needed, for reporting.
 *
 * <p>Deterministic, single-threaded, ignores seed and threads; {@code O(n log n + n d log d)} for
 * {@code d} the most buffers any buffer meets in time. Thread-safe (stateless).
 */
public final class MemoryGreedy implements Solver<MemoryInstance, MemoryLayout> {
  /** The solver's id. */
  public static final String ID = "greedy";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Outcome<MemoryLayout> solve(MemoryInstance instance, Budget budget,
      IncumbentListener<? super MemoryLayout> listener) {
    Deadline deadline = budget.start();
    LayoutIncumbents incumbents = new LayoutIncumbents(instance, deadline, listener);
    if (instance.isMapping()) {
      incumbents.offer(mappingLayout(instance));
      return incumbents.outcome(allFastTime(instance.costModel()));
    }
    BestFitHeap heap = decreasingSize(instance);
    if (heap.peak() <= instance.capacity()) {
      incumbents.offer(heap.offsets());
    }
    return incumbents.outcome(BestFitHeap.peakLive(instance));
  }

  /**
   * The capacity decreasing-size best fit needs to place every buffer of {@code instance}: the
   * peak address of its layout in a heap that grows without limit. Above the instance's capacity
   * the greedy fails; the ratio to the capacity is how far it falls short.
   */
  public static long requiredCapacity(MemoryInstance instance) {
    return decreasingSize(instance).peak();
  }

  /** Decreasing-size best fit (then live-range length, then index) in a heap that grows. */
  static BestFitHeap decreasingSize(MemoryInstance instance) {
    int n = instance.buffers();
    long[] size = instance.size();
    long[] width = new long[n];
    for (int i = 0; i < n; i++) {
      width[i] = (long) instance.upperOf(i) - instance.lowerOf(i);
    }
    int[] order = identity(n);
    int[] scratch = new int[n];
    IndexSort.sort(order, 0, n, width, true, scratch);
    IndexSort.sort(order, 0, n, size, true, scratch);
    BestFitHeap heap = new BestFitHeap(instance);
    for (int b : order) {
      heap.place(b, heap.bestFit(b, Long.MAX_VALUE));
    }
    return heap;
  }

  /** The XLA-style mapping layout of a mapping instance (see the class comment). */
  static long[] mappingLayout(MemoryInstance instance) {
    double[] benefit = MemoryBoundedness.benefits(instance);
    BestFitHeap heap = new BestFitHeap(instance);
    for (int b : MemoryBoundedness.order(instance, benefit)) {
      if (benefit[b] > 0) {
        heap.place(b, heap.bestFit(b, instance.capacity()));
      }
    }
    return heap.offsets();
  }

  /** The execution time with every buffer in fast memory: a lower bound for any mapping. */
  static double allFastTime(CostModel cost) {
    boolean[] all = new boolean[cost.buffers()];
    java.util.Arrays.fill(all, true);
    return cost.totalTime(all);
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }
}
