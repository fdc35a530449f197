package org.allot.problem.coverage;

import java.util.Arrays;

/**
 * The cells covered so far by a walk and their value {@code F}, updated incrementally: the hot
 * loop of every coverage solver and of the environment. {@link #gain} is the marginal gain
 * {@code F(covered + footprint(cell)) - F(covered)} in {@code O(footprint)} time without
 * allocation; {@link #add} applies it. Weighted coverage keeps a bitset; item collection also
 * keeps the covered count per item type. Not thread-safe; {@link #copy} for search.
 */
public final class CoverageState {
  private final Footprints footprints;
  private final double[] weight;
  private final int[] type;
  private final int[] need;
  private final long[] covered;
  private final int[] count;
  private final int[] scratch;
  private int coveredCells;
  private double value;

  private CoverageState(Footprints footprints, double[] weight, int[] type, int[] need) {
    this.footprints = footprints;
    this.weight = weight;
    this.type = type;
    this.need = need;
    this.covered = new long[(footprints.cells() + 63) >>> 6];
    this.count = need == null ? null : new int[need.length];
    this.scratch = need == null ? null : new int[need.length];
  }

  private CoverageState(CoverageState o) {
    footprints = o.footprints;
    weight = o.weight;
    type = o.type;
    need = o.need;
    covered = o.covered.clone();
    count = o.count == null ? null : o.count.clone();
    scratch = o.scratch == null ? null : new int[o.scratch.length];
    coveredCells = o.coveredCells;
    value = o.value;
  }

  /** An empty state (nothing covered, F = 0) of {@code instance}; the start is not yet added. */
  public static CoverageState empty(CoverageInstance instance) {
    return empty(instance, new Footprints(instance));
  }

  /** An empty state sharing a precomputed footprint table of {@code instance}. */
  public static CoverageState empty(CoverageInstance instance, Footprints footprints) {
    return switch (instance.objective()) {
      case CoverageObjective.WeightedCoverage w ->
          new CoverageState(footprints, w.weight(), null, null);
      case CoverageObjective.ItemCollection i ->
          new CoverageState(footprints, null, i.itemType(), i.requirement());
    };
  }

  /** A state that has visited the start cell only. */
  public static CoverageState atStart(CoverageInstance instance, Footprints footprints) {
    CoverageState s = empty(instance, footprints);
    s.add(instance.start());
    return s;
  }

  /** The marginal gain of visiting {@code cell} now, {@code >= 0}. */
  public double gain(int cell) {
    int from = footprints.first(cell);
    int to = footprints.end(cell);
    if (weight != null) {
      double g = 0;
      for (int i = from; i < to; i++) {
        int c = footprints.cellAt(i);
        if ((covered[c >>> 6] & (1L << c)) == 0) {
          g += weight[c];
        }
      }
      return g;
    }
    int g = 0;
    for (int i = from; i < to; i++) {
      int c = footprints.cellAt(i);
      int k = type[c];
      if (k >= 0 && (covered[c >>> 6] & (1L << c)) == 0 && count[k] + scratch[k]++ < need[k]) {
        g++;
      }
    }
    for (int i = from; i < to; i++) {
      int k = type[footprints.cellAt(i)];
      if (k >= 0) {
        scratch[k] = 0;
      }
    }
    return g;
  }

  /**
   * Visits {@code cell}: covers its footprint.
   *
   * @return the marginal gain
   */
  public double add(int cell) {
    double before = value;
    int from = footprints.first(cell);
    int to = footprints.end(cell);
    for (int i = from; i < to; i++) {
      int c = footprints.cellAt(i);
      long bit = 1L << c;
      if ((covered[c >>> 6] & bit) != 0) {
        continue;
      }
      covered[c >>> 6] |= bit;
      coveredCells++;
      if (weight != null) {
        value += weight[c];
      } else if (type[c] >= 0 && count[type[c]]++ < need[type[c]]) {
        value += 1;
      }
    }
    return value - before;
  }

  /**
   * What covering {@code cell} alone would add now: its weight when it is not yet covered
   * (weighted coverage), or 1 when it is uncovered and holds an item of a type still short of
   * its requirement (item collection); 0 for covered cells (obstacles are never covered: callers
   * skip them). A map of the value
   * left, for observations; not a marginal gain of a visit (see {@link #gain}).
   */
  public double cellValue(int cell) {
    if ((covered[cell >>> 6] & (1L << cell)) != 0) {
      return 0;
    }
    if (weight != null) {
      return weight[cell];
    }
    int k = type[cell];
    return k >= 0 && count[k] < need[k] ? 1 : 0;
  }

  /** F of the covered cells. */
  public double value() {
    return value;
  }

  public boolean isCovered(int cell) {
    return (covered[cell >>> 6] & (1L << cell)) != 0;
  }

  /** The number of covered cells. */
  public int coveredCells() {
    return coveredCells;
  }

  /** An independent copy. */
  public CoverageState copy() {
    return new CoverageState(this);
  }

  /**
   * Makes this state equal to {@code other} (a state of the same instance) without allocating,
   * for search that reuses states.
   */
  public void copyFrom(CoverageState other) {
    System.arraycopy(other.covered, 0, covered, 0, covered.length);
    if (count != null) {
      System.arraycopy(other.count, 0, count, 0, count.length);
    }
    coveredCells = other.coveredCells;
    value = other.value;
  }

  /** True when both states cover the same cells (of the same instance). */
  public boolean sameCoverage(CoverageState other) {
    return Arrays.equals(covered, other.covered);
  }

  /** A hash of the covered cells, consistent with {@link #sameCoverage}. */
  public int coverageHash() {
    return Arrays.hashCode(covered);
  }

  /** The footprint table this state uses. */
  public Footprints footprints() {
    return footprints;
  }
}
