package org.allot.problem.cvrp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Instances and solutions shared by the CVRP tests. */
public final class CvrpFixtures {
  /** The shared CVRPLIB folder (relative to the module directory); absent on some machines. */
  static final Path SHARED_CVRP = Path.of("../../shared/instances/cvrp");

  /**
   * The distances of {@link #tiny()}: depot (0,0), customers (3,4) (6,8) (0,5) (-4,-3).
   * Rounded: 3.16 to 3, 6.71 to 7, 9.90 to 10, 14.87 to 15, 8.94 to 9.
   */
  static final int[][] TINY_DISTANCES = {
    {0, 5, 10, 5, 5},
    {5, 0, 5, 3, 10},
    {10, 5, 0, 7, 15},
    {5, 3, 7, 0, 9},
    {5, 10, 15, 9, 0},
  };

  /** The demands of {@link #tiny()}, per node; Q = 10, so at least 2 routes. */
  static final int[] TINY_DEMANDS = {0, 4, 5, 3, 6};

  /** A feasible solution of {@link #tiny()}: [1 2] (load 9, cost 20), [3 4] (9, 19). */
  static final int[][] TINY_ROUTES = {{1, 2}, {3, 4}};

  /** Its cost. */
  static final int TINY_COST = 39;

  private CvrpFixtures() {}

  /** Four customers with integer coordinates and easily checked rounded distances. */
  static CvrpInstance tiny() {
    return CvrpInstance.euclidean("tiny", 10, TINY_DEMANDS, new double[] {0, 3, 6, 0, -4},
        new double[] {0, 4, 8, 5, -3});
  }

  /** {@link #tiny()}'s distances as an EXPLICIT matrix without coordinates. */
  static CvrpInstance tinyExplicit() {
    return new CvrpInstance("tiny-explicit", 10, TINY_DEMANDS, null, null,
        EdgeWeightType.EXPLICIT, DistanceMatrix.explicit(TINY_DISTANCES), 0);
  }

  /** {@link #tiny()} with a fleet of two vehicles. */
  static CvrpInstance tinyTwoVehicles() {
    CvrpInstance t = tiny();
    return new CvrpInstance("tiny-k2", t.capacity(), t.demand(), t.x(), t.y(), t.edgeWeightType(),
        t.distances(), 2);
  }

  /** Decimal and negative coordinates (as in F-n45-k4) and a zero-demand customer. */
  static CvrpInstance decimals() {
    return CvrpInstance.euclidean("decimals", 7, new int[] {0, 2, 0, 7, 3},
        new double[] {0.5, -12.25, 3, 40.125, -0.75}, new double[] {-1.5, 8, 2.5, -30, 11});
  }

  /** An X-like instance with n customers. */
  static CvrpInstance x(long seed, int n) {
    return XGenerator.random(n).generate(new SplittableRandom(seed));
  }

  /** Routes filled in customer order, a new route whenever the next customer does not fit. */
  public static CvrpSolution nextFit(CvrpInstance instance) {
    List<int[]> routes = new ArrayList<>();
    List<Integer> route = new ArrayList<>();
    int load = 0;
    for (int c = 1; c <= instance.customers(); c++) {
      if (load + instance.demandOf(c) > instance.capacity()) {
        routes.add(route.stream().mapToInt(Integer::intValue).toArray());
        route.clear();
        load = 0;
      }
      route.add(c);
      load += instance.demandOf(c);
    }
    routes.add(route.stream().mapToInt(Integer::intValue).toArray());
    return new CvrpSolution(routes.toArray(int[][]::new));
  }

  /** Skips the calling test when the shared CVRPLIB folder is not there. */
  static Path sharedOrSkip() {
    assumeTrue(Files.isDirectory(SHARED_CVRP), () -> "the shared benchmark folder "
        + SHARED_CVRP.toAbsolutePath().normalize() + " is absent");
    return SHARED_CVRP;
  }
}
