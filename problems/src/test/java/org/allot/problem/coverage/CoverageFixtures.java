package org.allot.problem.coverage;

import java.util.SplittableRandom;

/** Small coverage instances and walks for the tests. */
public final class CoverageFixtures {
  private CoverageFixtures() {}

  /**
   * A 5 x 4 weighted grid with a wall at x 2, y 0..2 (the '#'), start (0, 0), horizon 6:
   * <pre>
   * 1 2 # 1 1
   * 1 3 # 5 1
   * 0 1 # 1 1
   * 1 1 1 1 9
   * </pre>
   */
  public static CoverageInstance wall() {
    double[] w = {1, 2, 0, 1, 1, 1, 3, 0, 5, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 9};
    boolean[] o = new boolean[20];
    o[2] = o[7] = o[12] = true;
    return new CoverageInstance("wall", 5, 4, o, new CoverageObjective.WeightedCoverage(w), 0, 6,
        Footprint.SUBPO);
  }

  /** A legal walk of {@link #wall()}: down the west side, east along the bottom row. */
  public static CoverageWalk wallWalk() {
    return new CoverageWalk(new int[] {0, 5, 10, 15, 16, 17, 18});
  }

  /** A 4 x 3 item grid with two types, requirements 2 and 1, disk footprint 1. */
  public static CoverageInstance items() {
    int[] type = {0, 0, 1, -1, 0, 1, -1, 0, 1, 1, 0, -1};
    return new CoverageInstance("tiny-items", 4, 3, new boolean[12],
        new CoverageObjective.ItemCollection(type, new int[] {2, 1}), 5, 4,
        new Footprint.Disk(1));
  }

  /**
   * A random small instance: 2..7 x 2..7 cells, about a fifth obstacles, weighted or item
   * collection, square 1..3 or disk 0..2 footprints, horizon 0..12.
   */
  public static CoverageInstance random(SplittableRandom r) {
    int w = 2 + r.nextInt(6);
    int h = 2 + r.nextInt(6);
    int n = w * h;
    boolean[] o = new boolean[n];
    int start = r.nextInt(n);
    for (int c = 0; c < n; c++) {
      o[c] = c != start && r.nextInt(5) == 0;
    }
    CoverageObjective objective;
    if (r.nextBoolean()) {
      double[] weight = new double[n];
      for (int c = 0; c < n; c++) {
        weight[c] = o[c] ? 0 : r.nextInt(4) == 0 ? 0 : r.nextInt(10) / 2.0;
      }
      objective = new CoverageObjective.WeightedCoverage(weight);
    } else {
      int types = 1 + r.nextInt(3);
      int[] type = new int[n];
      int[] req = new int[types];
      for (int k = 0; k < types; k++) {
        req[k] = r.nextInt(4);
      }
      for (int c = 0; c < n; c++) {
        type[c] = o[c] ? -1 : r.nextInt(types + 1) - 1;
      }
      objective = new CoverageObjective.ItemCollection(type, req);
    }
    Footprint f = r.nextBoolean() ? new Footprint.Square(1 + r.nextInt(3))
        : new Footprint.Disk(r.nextInt(5) / 2.0);
    return new CoverageInstance("random", w, h, o, objective, start, r.nextInt(13), f);
  }

  /** A random legal walk of {@code instance}. */
  public static CoverageWalk randomWalk(CoverageInstance instance, SplittableRandom r) {
    int[] cells = new int[instance.horizon() + 1];
    cells[0] = instance.start();
    for (int t = 1; t < cells.length; t++) {
      int to;
      do {
        to = instance.target(cells[t - 1], Move.of(r.nextInt(Move.count())));
      } while (to < 0);
      cells[t] = to;
    }
    return new CoverageWalk(cells);
  }
}
