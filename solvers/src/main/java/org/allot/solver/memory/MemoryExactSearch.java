package org.allot.solver.memory;

import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * The exact packing search of MiniMalloc (Moffitt, ASPLOS 2023): a complete depth-first search
 * over canonical packings with section inference, dominance and "hatless" pruning, dynamic
 * decomposition at cut-lines, and the static pre-orders WAT, TAW and TWA tried round-robin under
 * a node limit that starts at twice the number of buffers and doubles (see
 * {@link CanonicalSearch}). The family's default solver for packing instances.
 *
 * <p><b>Packing</b> (the decision problem): when the decreasing-size best fit
 * ({@link MemoryGreedy}) already packs, that packing is the answer and the search does not run
 * (it answers the decision problem, and is cheap next to a search; it settles the aligned
 * one-section packings on which the canonical search, like MiniMalloc's, can be exponential).
 * Otherwise a packing found is reported as the one incumbent and returned as
 * {@link Outcome.Feasible} with objective its peak address and bound the peak live size (the
 * largest total size live at one step), or as {@link Outcome.Optimal} when the two meet; {@link Outcome.Infeasible} when the search proves that nothing fits the capacity;
 * {@link Outcome.Unknown} (bound the peak live size) when the time limit comes first. With
 * {@link #minimizingPeak()} it then binary-searches the smallest capacity that still packs,
 * reporting each better packing, and returns {@code Optimal} once the bound meets the peak.
 *
 * <p><b>Mapping</b> instances are not the search's problem (which buffers to keep in fast memory
 * is an optimisation over benefits, not a packing). {@code exact} runs {@link MemoryGreedy} and
 * then repacks (see {@link MappingRepack}): slow buffers are admitted one at a time, by
 * benefit, when the exact search still packs the enlarged fast set within a node limit. It never
 * does worse than the greedy and returns {@code Feasible} with bound the all-fast time
 * ({@code Optimal} only when it reaches it); {@link MemoryCpSat} is the mapping default.
 *
 * <p>The time limit counts everything from the call. One search is single-threaded and fully
 * deterministic (no randomness; the seed and thread count are ignored). Thread-safe: every call
 * builds its own search.
 */
public final class MemoryExactSearch implements Solver<MemoryInstance, MemoryLayout> {
  /** The solver's id. */
  public static final String ID = "exact";

  private final boolean minimizePeak;

  /** The decision search: stops at the first packing. */
  public MemoryExactSearch() {
    this(false);
  }

  private MemoryExactSearch(boolean minimizePeak) {
    this.minimizePeak = minimizePeak;
  }

  /** A search that goes on after the first packing to minimise the peak address. */
  public static MemoryExactSearch minimizingPeak() {
    return new MemoryExactSearch(true);
  }

  /** True when this search minimises the peak after the first packing. */
  public boolean minimizesPeak() {
    return minimizePeak;
  }

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
      return MappingRepack.solve(instance, deadline, incumbents);
    }
    ScaledPacking packing = ScaledPacking.of(instance);
    CanonicalSearch search = new CanonicalSearch(packing.size, packing.alignment, packing.lower,
        packing.upper);
    long lower = search.peakLive();
    BestFitHeap greedy = MemoryGreedy.decreasingSize(instance);
    if (greedy.peak() <= instance.capacity()) {
      incumbents.offer(greedy.offsets());
      return minimizePeak
          ? minimize(search, packing, packing.scaled(greedy.peak()), lower, deadline, incumbents)
          : incumbents.outcome(lower * packing.unit);
    }
    int status = search.solve(packing.scaled(instance.capacity()), deadline);
    if (status == CanonicalSearch.NOT_FOUND) {
      return incumbents.infeasible();
    }
    if (status == CanonicalSearch.TIMEOUT) {
      return incumbents.outcome(lower * packing.unit);
    }
    long[] found = search.solution();
    incumbents.offer(packing.layout(found, null));
    if (!minimizePeak) {
      return incumbents.outcome(lower * packing.unit);
    }
    return minimize(search, packing, packing.height(found), lower, deadline, incumbents);
  }

  /**
   * Binary search on the capacity between the peak live size and the best height: a packing at
   * {@code mid} lowers the upper end to its height, a proof that none exists raises the lower.
   */
  private static Outcome<MemoryLayout> minimize(CanonicalSearch search, ScaledPacking packing,
      long height, long lower, Deadline deadline, LayoutIncumbents incumbents) {
    long lo = lower;
    long hi = height - 1;
    while (lo <= hi && !deadline.expired()) {
      long mid = lo + (hi - lo) / 2;
      int status = search.solve(mid, deadline);
      if (status == CanonicalSearch.TIMEOUT) {
        break;
      }
      if (status == CanonicalSearch.NOT_FOUND) {
        lo = mid + 1;
      } else {
        long[] found = search.solution();
        incumbents.offer(packing.layout(found, null));
        hi = packing.height(found) - 1;
      }
    }
    return incumbents.outcome(lo * packing.unit);
  }
}
