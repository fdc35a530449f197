package org.allot.solver.coverage;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageObjective;
import org.allot.problem.coverage.CoverageState;
import org.allot.problem.coverage.Footprints;
import org.allot.problem.coverage.Move;

/**
 * A proven upper bound on F over every legal walk, for the reference's gap. Two relaxations:
 *
 * <ol>
 *   <li><b>Reach.</b> A cell can first be covered at step {@code tau(c)}, the fewest steps from
 *       the start to a free cell whose footprint covers it (breadth-first over legal moves);
 *       cells with {@code tau > H} are never covered.
 *   <li><b>Rate.</b> One step to a 4-neighbour newly covers at most {@code m} cells
 *       ({@link org.allot.problem.coverage.Footprint#newCellsPerMove()}: {@code k} for a
 *       {@code k x k} square), so at most {@code m (H - j + 1)} cells are first covered at steps
 *       {@code j..H}; a cell with {@code tau(c) >= j} can only be covered then, which gives the
 *       laminar constraints {@code #{chosen c : tau(c) >= j} <= m (H - j + 1)}, {@code j = 1..H}.
 * </ol>
 *
 * <p>Weighted coverage: {@code F(start footprint)} plus the heaviest set of uncovered cells that
 * meets both constraints, picked greedily by weight, which is optimal because the constraints
 * form a laminar matroid. Item collection: {@code F(start)} plus the smaller of the per-type room
 * left ({@code sum_k min(D_k - start count, reachable items of type k)}) and the most item cells
 * the rate constraints allow. Runs in {@code O(cells * (footprint + H))}. Public so that any
 * coverage solver (the reference, SubPO) can prove a walk optimal when it meets the bound.
 */
public final class CoverageUpperBound {
  private CoverageUpperBound() {}

  /** The bound for {@code instance}, whose footprint table is {@code footprints}. */
  public static double of(CoverageInstance instance, Footprints footprints) {
    int[] tau = firstCover(instance, footprints);
    CoverageState start = CoverageState.atStart(instance, footprints);
    int h = instance.horizon();
    int m = instance.footprint().newCellsPerMove();
    return start.value() + switch (instance.objective()) {
      case CoverageObjective.WeightedCoverage w -> weighted(w, tau, start, h, m);
      case CoverageObjective.ItemCollection i -> items(i, tau, start, h, m);
    };
  }

  private static double weighted(CoverageObjective.WeightedCoverage w, int[] tau,
      CoverageState start, int h, int m) {
    java.util.List<Integer> order = new java.util.ArrayList<>();
    for (int c = 0; c < tau.length; c++) {
      if (!start.isCovered(c) && tau[c] <= h && w.weightOf(c) > 0) {
        order.add(c);
      }
    }
    order.sort((a, b) -> Double.compare(w.weightOf(b), w.weightOf(a)));
    Laminar lam = new Laminar(h, m);
    double sum = 0;
    for (int c : order) {
      if (lam.take(tau[c])) {
        sum += w.weightOf(c);
      }
    }
    return sum;
  }

  private static double items(CoverageObjective.ItemCollection items, int[] tau,
      CoverageState start, int h, int m) {
    int[] startCount = new int[items.types()];
    int[] reachable = new int[items.types()];
    Laminar lam = new Laminar(h, m);
    int cells = 0;
    for (int c = 0; c < tau.length; c++) {
      int t = items.typeOf(c);
      if (t < 0) {
        continue;
      }
      if (start.isCovered(c)) {
        startCount[t]++;
      } else if (tau[c] <= h) {
        reachable[t]++;
      }
    }
    int byType = 0;
    for (int t = 0; t < items.types(); t++) {
      byType += Math.min(Math.max(0, items.requirementOf(t) - startCount[t]), reachable[t]);
    }
    int[] byTau = new int[h + 2];
    for (int c = 0; c < tau.length; c++) {
      int t = items.typeOf(c);
      if (t >= 0 && !start.isCovered(c) && tau[c] <= h && items.requirementOf(t) > 0) {
        byTau[tau[c]]++;
      }
    }
    for (int j = 1; j <= h; j++) {
      for (int i = 0; i < byTau[j]; i++) {
        cells += lam.take(j) ? 1 : 0;
      }
    }
    return Math.min(byType, cells);
  }

  /** The first step at which each cell can be covered, {@code Integer.MAX_VALUE} when never. */
  static int[] firstCover(CoverageInstance instance, Footprints footprints) {
    int n = instance.cells();
    int[] dist = new int[n];
    Arrays.fill(dist, Integer.MAX_VALUE);
    int[] tau = new int[n];
    Arrays.fill(tau, Integer.MAX_VALUE);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    dist[instance.start()] = 0;
    queue.add(instance.start());
    while (!queue.isEmpty()) {
      int p = queue.poll();
      for (int i = footprints.first(p); i < footprints.end(p); i++) {
        int c = footprints.cellAt(i);
        tau[c] = Math.min(tau[c], dist[p]);
      }
      if (dist[p] >= instance.horizon()) {
        continue;
      }
      for (int a = 1; a < Move.count(); a++) {
        int q = instance.target(p, Move.of(a));
        if (q >= 0 && dist[q] == Integer.MAX_VALUE) {
          dist[q] = dist[p] + 1;
          queue.add(q);
        }
      }
    }
    return tau;
  }

  /** The laminar capacity constraints {@code #{tau >= j} <= m (H - j + 1)}. */
  private static final class Laminar {
    private final int[] used;
    private final long m;
    private final int h;

    Laminar(int h, int m) {
      this.used = new int[h + 2];
      this.m = m;
      this.h = h;
    }

    /** Takes a cell first coverable at step {@code tau >= 1} when every constraint allows it. */
    boolean take(int tau) {
      for (int j = 1; j <= tau; j++) {
        if (used[j] + 1 > m * (h - j + 1)) {
          return false;
        }
      }
      for (int j = 1; j <= tau; j++) {
        used[j]++;
      }
      return true;
    }
  }
}
