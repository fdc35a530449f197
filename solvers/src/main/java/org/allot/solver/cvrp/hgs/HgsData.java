package org.allot.solver.cvrp.hgs;

import java.util.Arrays;
import org.allot.problem.cvrp.CvrpInstance;

/**
 * One instance as {@link CvrpHgs} reads it: primitive arrays over an extended node numbering.
 * Nodes {@code 0..n} are the depot and the customers; for each of the {@code fleet} routes of the
 * local search, node {@code n + 1 + r} is its start depot and {@code n + 1 + fleet + r} its end
 * depot, copies of node 0. {@link #dist} is the full distance matrix over all {@link #stride}
 * nodes, so that moves never translate depot copies back to 0. Immutable after construction;
 * shared read-only by the parts of one solve.
 */
final class HgsData {
  /** The number of customers n. */
  final int n;
  /** The number of routes the search may use. */
  final int fleet;
  /** The number of extended nodes, {@code n + 1 + 2 fleet}: the row length of {@link #dist}. */
  final int stride;
  final int capacity;
  /** Per extended node, its demand (0 for depot copies). */
  final int[] demand;
  /** Row-major distances between extended nodes. */
  final int[] dist;
  /** Per customer, its granular neighbours (customers), in increasing number. */
  final int[][] neighbours;
  /** Per node 0..n, the polar angle around the depot in [0, 65536), when coordinates are known. */
  final int[] polar;
  /** Per node 0..n, the coordinates, or {@code null}. */
  final double[] x;
  final double[] y;
  final long totalDemand;
  /** {@code ceil(total demand / capacity)}: the fewest routes that can carry the demand. */
  final int minRoutes;
  /** The initial capacity penalty of HGS: {@code maxDist / maxDemand} within [0.1, 1000]. */
  final double initialPenalty;

  private HgsData(CvrpInstance instance, int fleet, int granular) {
    this.n = instance.customers();
    this.fleet = fleet;
    this.stride = n + 1 + 2 * fleet;
    this.capacity = instance.capacity();
    if ((long) stride * stride > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(instance.name() + ": " + n + " customers and " + fleet
          + " routes need a distance matrix of " + stride + "^2 entries, too large for HGS");
    }
    this.demand = new int[stride];
    System.arraycopy(instance.demand(), 0, demand, 0, n + 1);
    this.dist = matrix(instance, n, stride);
    this.x = instance.x();
    this.y = instance.y();
    this.polar = x == null ? null : polarAngles(x, y);
    this.totalDemand = instance.totalDemand();
    this.minRoutes = instance.minimumRoutes();
    this.neighbours = neighbours(granular);
    int maxDist = 0;
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= n; j++) {
        maxDist = Math.max(maxDist, dist[i * stride + j]);
      }
    }
    if ((long) maxDist * (n + 2) > Integer.MAX_VALUE / 2
        || 2 * totalDemand + 4L * capacity > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(instance.name() + ": distances up to " + maxDist
          + " and a total demand of " + totalDemand + " with capacity " + capacity
          + " would overflow HGS's int route data; scale the instance down");
    }
    int maxDemand = Math.max(1, Arrays.stream(demand).max().orElse(1));
    this.initialPenalty = Math.max(0.1, Math.min(1000.0, (double) maxDist / maxDemand));
  }

  /**
   * The data of {@code instance} for a search with at least {@code minFleet} routes.
   *
   * @param minFleet routes the caller needs, for example the route count of a given solution
   */
  static HgsData of(CvrpInstance instance, int granular, int minFleet) {
    return new HgsData(instance, fleet(instance, minFleet), granular);
  }

  /**
   * The fleet: the instance's when it is limited; otherwise HGS's {@code ceil(1.3 sum d / Q) + 3},
   * raised to a first-fit-decreasing packing of the demands so that a feasible solution always
   * fits (the {@code k} of an instance's name is never used).
   */
  static int fleet(CvrpInstance instance, int minFleet) {
    if (instance.vehicles() > 0) {
      return instance.vehicles();
    }
    long hgs = (long) Math.ceil(1.3 * instance.totalDemand() / instance.capacity()) + 3;
    return (int) Math.max(Math.max(hgs, firstFitDecreasing(instance)), minFleet);
  }

  /** The number of bins that first-fit decreasing packs the demands into. */
  static int firstFitDecreasing(CvrpInstance instance) {
    int[] d = instance.demand();
    Arrays.sort(d);
    int[] free = new int[d.length];
    int bins = 0;
    for (int i = d.length - 1; i >= 0 && d[i] > 0; i--) {
      int b = 0;
      while (b < bins && free[b] < d[i]) {
        b++;
      }
      if (b == bins) {
        free[bins++] = instance.capacity();
      }
      free[b] -= d[i];
    }
    return bins;
  }

  int d(int i, int j) {
    return dist[i * stride + j];
  }

  boolean hasCoordinates() {
    return polar != null;
  }

  private static int[] matrix(CvrpInstance instance, int n, int stride) {
    int[] m = new int[stride * stride];
    for (int i = 0; i < stride; i++) {
      int a = i <= n ? i : 0;
      for (int j = 0; j < stride; j++) {
        int b = j <= n ? j : 0;
        m[i * stride + j] = i == j ? 0 : instance.distance(a, b);
      }
    }
    return m;
  }

  /** HGS's angles: {@code 32768 atan2(dy, dx) / pi}, truncated, modulo 65536. */
  private static int[] polarAngles(double[] x, double[] y) {
    int[] a = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      a[i] = HgsSector.positiveMod((int) (32768.0 * Math.atan2(y[i] - y[0], x[i] - x[0])
          / Math.PI));
    }
    return a;
  }

  /**
   * For each customer, its {@code granular} nearest customers (ties by number), made symmetric:
   * when j is near i, i is also a neighbour of j. Lists are in increasing customer number.
   */
  private int[][] neighbours(int granular) {
    int k = Math.min(granular, n - 1);
    int[][] nearest = new int[n + 1][k];
    int[] reverseCount = new int[n + 1];
    long[] keys = new long[Math.max(0, n - 1)];
    for (int i = 1; i <= n; i++) {
      int m = 0;
      for (int j = 1; j <= n; j++) {
        if (j != i) {
          keys[m++] = (long) d(i, j) << 32 | j;
        }
      }
      Arrays.sort(keys);
      for (int t = 0; t < k; t++) {
        nearest[i][t] = (int) keys[t];
        reverseCount[nearest[i][t]]++;
      }
    }
    int[][] reverse = new int[n + 1][];
    for (int j = 1; j <= n; j++) {
      reverse[j] = new int[reverseCount[j]];
      reverseCount[j] = 0;
    }
    for (int i = 1; i <= n; i++) {
      for (int j : nearest[i]) {
        reverse[j][reverseCount[j]++] = i;
      }
    }
    int[][] lists = new int[n + 1][];
    lists[0] = new int[0];
    int[] mark = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      int[] union = new int[nearest[i].length + reverse[i].length];
      int m = 0;
      for (int[] part : new int[][] {nearest[i], reverse[i]}) {
        for (int j : part) {
          if (mark[j] != i) {
            mark[j] = i;
            union[m++] = j;
          }
        }
      }
      lists[i] = Arrays.copyOf(union, m);
      Arrays.sort(lists[i]);
    }
    return lists;
  }
}
