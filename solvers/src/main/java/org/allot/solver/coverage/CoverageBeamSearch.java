package org.allot.solver.coverage;

import java.util.Arrays;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageState;
import org.allot.problem.coverage.CoverageWalk;
import org.allot.problem.coverage.Footprints;
import org.allot.problem.coverage.Move;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * The reference for gaps: beam search over walks with duplicate detection, widened until the time
 * limit, with a proven upper bound ({@link CoverageUpperBound}).
 *
 * <p>Two partial walks of the same length that end on the same cell with the same covered set
 * have the same future, so each level keeps one of them; the beam then keeps the {@code W}
 * states with the largest F (ties: generation order, which is deterministic). The search runs
 * with {@code W = 64, 256, 1024, ...} up to {@link #maxWidth()}, each run reporting its best walk
 * as an incumbent; the greedy walk is offered first, so the reference is never below greedy.
 *
 * <p>Result: {@code Optimal} when a run kept every distinct state at every level (the search was
 * exhaustive: small grids and short horizons) or when the best walk meets the upper bound;
 * otherwise {@code Feasible} with the upper bound, so the reference's value is a lower bound on
 * the optimum and the bound an upper one. Stops at the time limit (checked per level); widths are
 * fixed, so a run that finishes within the limit is deterministic. Ignores seed and threads.
 * Thread-safe (each solve has its own buffers).
 *
 * @param maxWidth the widest beam, at least 1
 */
public record CoverageBeamSearch(int maxWidth) implements Solver<CoverageInstance, CoverageWalk> {
  /** The solver's id. */
  public static final String ID = "reference";
  /** The default widest beam. */
  public static final int DEFAULT_WIDTH = 1 << 14;
  /** The first beam width. */
  static final int FIRST_WIDTH = 64;

  public CoverageBeamSearch {
    if (maxWidth < 1 || maxWidth > 1 << 22) {
      throw new IllegalArgumentException("beam width must be in 1.." + (1 << 22) + ", got "
          + maxWidth);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Outcome<CoverageWalk> solve(CoverageInstance instance, Budget budget,
      IncumbentListener<? super CoverageWalk> listener) {
    Deadline deadline = budget.start();
    Incumbents<CoverageInstance, CoverageWalk> incumbents =
        CoverageWalks.incumbents(instance, deadline, listener);
    Footprints footprints = new Footprints(instance);
    incumbents.offer(CoverageGreedy.walk(instance, footprints));
    double bound = CoverageUpperBound.of(instance, footprints);
    if (incumbents.objective() >= bound - 1e-9 * Math.max(1, bound)) {
      return incumbents.optimal();
    }
    for (int w = Math.min(FIRST_WIDTH, maxWidth); ; w = (int) Math.min(maxWidth, 4L * w)) {
      Beam beam = new Beam(instance, footprints, w);
      CoverageWalk walk = beam.run(deadline);
      if (walk == null) {
        break;
      }
      incumbents.offer(walk);
      if (beam.exhaustive()) {
        return incumbents.optimal();
      }
      if (w == maxWidth || deadline.expired()) {
        break;
      }
    }
    return incumbents.outcome(bound);
  }

  /** One beam-search run of width {@code width}: pooled states, parent pointers per level. */
  static final class Beam {
    private final CoverageInstance instance;
    private final int width;
    private final int[][] parent;
    private final int[][] cell;
    private CoverageState[] beam;
    private int[] pos;
    private int size;
    private CoverageState[] kids;
    private int[] kidPos;
    private int[] kidParent;
    private int[] table;
    private boolean truncated;
    private int kidCount;

    Beam(CoverageInstance instance, Footprints footprints, int width) {
      this.instance = instance;
      this.width = width;
      int h = instance.horizon();
      parent = new int[h + 1][];
      cell = new int[h + 1][];
      CoverageState root = CoverageState.atStart(instance, footprints);
      beam = new CoverageState[] {root};
      pos = new int[] {instance.start()};
      size = 1;
      cell[0] = new int[] {instance.start()};
      parent[0] = new int[] {-1};
      kids = new CoverageState[0];
    }

    /** True when no level dropped a distinct state. */
    boolean exhaustive() {
      return !truncated;
    }

    /** The best walk, or null when the deadline expired first. */
    CoverageWalk run(Deadline deadline) {
      for (int t = 1; t <= instance.horizon(); t++) {
        if (deadline.expired()) {
          return null;
        }
        expand();
        select(t);
      }
      int best = 0;
      for (int i = 1; i < size; i++) {
        if (beam[i].value() > beam[best].value()) {
          best = i;
        }
      }
      int[] cells = new int[instance.horizon() + 1];
      for (int t = instance.horizon(), i = best; t >= 0; t--) {
        cells[t] = cell[t][i];
        i = parent[t][i];
      }
      return new CoverageWalk(cells);
    }

    /** Children of every beam state, duplicates (same cell, same coverage) dropped. */
    private void expand() {
      int cap = size * Move.count();
      if (kids.length < cap) {
        int old = kids.length;
        kids = Arrays.copyOf(kids, cap);
        for (int i = old; i < cap; i++) {
          kids[i] = beam[0].copy();
        }
        kidPos = new int[cap];
        kidParent = new int[cap];
        table = new int[Integer.highestOneBit(Math.max(4, cap) * 2 - 1) * 2];
      }
      Arrays.fill(table, -1);
      int n = 0;
      for (int i = 0; i < size; i++) {
        for (int a = 0; a < Move.count(); a++) {
          int to = CoverageWalks.target(instance, pos[i], a);
          if (to < 0) {
            continue;
          }
          CoverageState k = kids[n];
          k.copyFrom(beam[i]);
          k.add(to);
          kidPos[n] = to;
          kidParent[n] = i;
          if (insert(n)) {
            n++;
          }
        }
      }
      kidCount = n;
    }

    /** Adds child {@code n} to the hash table; false when an equal child is there already. */
    private boolean insert(int n) {
      int mask = table.length - 1;
      int h = (kids[n].coverageHash() * 31 + kidPos[n]) * 0x9E3779B9;
      for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
        int other = table[slot];
        if (other < 0) {
          table[slot] = n;
          return true;
        }
        if (kidPos[other] == kidPos[n] && kids[other].sameCoverage(kids[n])) {
          return false;
        }
      }
    }

    /** Keeps the {@code width} children with the largest F (ties: generation order). */
    private void select(int t) {
      int n = kidCount;
      double threshold = Double.NEGATIVE_INFINITY;
      if (n > width) {
        truncated = true;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = kids[i].value();
        }
        Arrays.sort(values);
        threshold = values[n - width];
      }
      int keep = Math.min(n, width);
      if (beam.length < keep) {
        CoverageState[] grown = new CoverageState[keep];
        for (int i = 0; i < grown.length; i++) {
          grown[i] = i < beam.length ? beam[i] : beam[0].copy();
        }
        beam = grown;
      }
      int[] newPos = new int[keep];
      parent[t] = new int[keep];
      cell[t] = new int[keep];
      int k = 0;
      for (int pass = 0; pass < 2 && k < keep; pass++) {
        for (int i = 0; i < n && k < keep; i++) {
          double v = kids[i].value();
          if (pass == 0 ? v > threshold : v == threshold) {
            beam[k].copyFrom(kids[i]);
            newPos[k] = kidPos[i];
            parent[t][k] = kidParent[i];
            cell[t][k] = kidPos[i];
            k++;
          }
        }
      }
      pos = newPos;
      size = k;
    }
  }
}
