package org.allot.solver.cvrp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * Clarke and Wright's parallel savings heuristic: every customer starts on a route of its own;
 * pairs {@code (i, j)} are taken in decreasing order of their saving
 * {@code s(i,j) = d(0,i) + d(0,j) - d(i,j)}, and when {@code i} and {@code j} are both ends of two
 * different routes whose loads fit in one vehicle, the two routes are joined at those ends.
 * Only positive savings are used, unless the instance limits the fleet
 * ({@link CvrpInstance#vehicles()} positive) and there are still more routes than vehicles: then
 * merges go on with the best non-positive savings until the routes fit the fleet, if capacity
 * allows (best effort).
 *
 * <p>Up to {@value #ALL_PAIRS_LIMIT} customers every pair is a candidate ({@code O(n^2 log n)}
 * time, {@code 8 n^2 / 2} bytes); beyond, each customer's candidates are its nearest
 * {@code 2 * ALL_PAIRS_LIMIT^2 / (2 n)} customers, to keep the memory bounded. Ties are broken by
 * the customer numbers, so the result is deterministic. It ignores the budget (it takes about
 * 0.1 s for 1000 customers) and is thread-safe.
 */
public final class CvrpSavings implements Solver<CvrpInstance, CvrpSolution> {
  /** The solver's id. */
  public static final String ID = "savings";

  /** The largest number of customers for which every pair is a merge candidate. */
  static final int ALL_PAIRS_LIMIT = 3000;

  /** The largest number of customers the pair encoding supports. */
  private static final int MAX_CUSTOMERS = 65_534;

  @Override
  public String id() {
    return ID;
  }

  /**
   * Runs the savings heuristic once. The outcome is {@link Outcome.Feasible} without a bound, or
   * {@link Outcome.Unknown} when a limited fleet cannot hold the routes (see the class comment).
   */
  @Override
  public Outcome<CvrpSolution> solve(CvrpInstance instance, Budget budget,
      IncumbentListener<? super CvrpSolution> listener) {
    Deadline deadline = budget.start();
    int[][] routes = routes(instance);
    if (instance.vehicles() > 0 && routes.length > instance.vehicles()) {
      return new Outcome.Unknown<>(deadline.elapsed());
    }
    CvrpSolution solution = new CvrpSolution(routes);
    double cost = solution.cost(instance);
    listener.improved(solution, cost, deadline.elapsed());
    return new Outcome.Feasible<>(solution, cost, deadline.elapsed());
  }

  /**
   * The savings routes of {@code instance}: per route, its customers ({@code 1..n}) in visiting
   * order; no route is empty. Routes are listed by their smallest end customer and start from it.
   * With a limited fleet there may be more routes than vehicles (see the class comment).
   *
   * @throws IllegalArgumentException when the instance has more than 65,534 customers
   */
  public static int[][] routes(CvrpInstance instance) {
    int n = instance.customers();
    if (n > MAX_CUSTOMERS) {
      throw new IllegalArgumentException(instance.name() + " has " + n
          + " customers; savings supports at most " + MAX_CUSTOMERS);
    }
    Merger merger = new Merger(instance);
    merger.merge(candidates(instance));
    return merger.routes();
  }

  /**
   * The candidate pairs, sorted by decreasing saving then by {@code i} and {@code j}: each packed
   * as {@code (-saving) << 32 | (i * (n + 1) + j)} so that one primitive sort orders them.
   */
  static long[] candidates(CvrpInstance instance) {
    int n = instance.customers();
    long[] keys = n <= ALL_PAIRS_LIMIT ? allPairs(instance) : nearPairs(instance);
    Arrays.sort(keys);
    return keys;
  }

  private static long[] allPairs(CvrpInstance instance) {
    int n = instance.customers();
    long[] keys = new long[n * (n - 1) / 2];
    int k = 0;
    for (int i = 1; i <= n; i++) {
      for (int j = i + 1; j <= n; j++) {
        keys[k++] = key(instance, i, j);
      }
    }
    return keys;
  }

  /** Each customer paired with its nearest {@code m} customers (a pair may appear twice). */
  private static long[] nearPairs(CvrpInstance instance) {
    int n = instance.customers();
    int m = Math.max(1, (int) ((long) ALL_PAIRS_LIMIT * ALL_PAIRS_LIMIT / (2L * n)));
    long[] keys = new long[n * m];
    long[] byDistance = new long[n - 1];
    int k = 0;
    for (int i = 1; i <= n; i++) {
      int c = 0;
      for (int j = 1; j <= n; j++) {
        if (j != i) {
          byDistance[c++] = (long) instance.distance(i, j) << 32 | j;
        }
      }
      Arrays.sort(byDistance);
      for (int r = 0; r < m; r++) {
        int j = (int) byDistance[r];
        keys[k++] = key(instance, Math.min(i, j), Math.max(i, j));
      }
    }
    return keys;
  }

  /** The packed key of pair {@code i < j}; a saving beyond the int range is clamped. */
  private static long key(CvrpInstance instance, int i, int j) {
    long saving = (long) instance.distance(0, i) + instance.distance(0, j)
        - instance.distance(i, j);
    long clamped = Math.clamp(saving, Integer.MIN_VALUE + 1, Integer.MAX_VALUE);
    return -clamped << 32 | ((long) i * (instance.customers() + 1) + j);
  }

  /**
   * Routes as undirected chains of customers: {@code link[2c]} and {@code link[2c + 1]} are the
   * neighbours of customer {@code c} (0 for the depot), so {@code c} is a route end when one of
   * them is 0. Routes are the sets of a union-find, with their loads at the roots.
   */
  private static final class Merger {
    private final CvrpInstance instance;
    private final int n;
    private final int[] link;
    private final int[] parent;
    private final long[] load;
    private int routeCount;

    Merger(CvrpInstance instance) {
      this.instance = instance;
      this.n = instance.customers();
      this.link = new int[2 * (n + 1)];
      this.parent = new int[n + 1];
      this.load = new long[n + 1];
      for (int c = 1; c <= n; c++) {
        parent[c] = c;
        load[c] = instance.demandOf(c);
      }
      this.routeCount = n;
    }

    void merge(long[] keys) {
      int fleet = instance.vehicles();
      for (long key : keys) {
        long saving = -(key >> 32);
        if (saving <= 0 && (fleet == 0 || routeCount <= fleet)) {
          return;
        }
        int pair = (int) key;
        int i = Integer.divideUnsigned(pair, n + 1);
        int j = Integer.remainderUnsigned(pair, n + 1);
        tryJoin(i, j);
      }
    }

    private void tryJoin(int i, int j) {
      if (!isEnd(i) || !isEnd(j)) {
        return;
      }
      int ri = find(i);
      int rj = find(j);
      if (ri == rj || load[ri] + load[rj] > instance.capacity()) {
        return;
      }
      attach(i, j);
      attach(j, i);
      parent[rj] = ri;
      load[ri] += load[rj];
      routeCount--;
    }

    private boolean isEnd(int c) {
      return link[2 * c] == 0 || link[2 * c + 1] == 0;
    }

    private void attach(int c, int to) {
      link[link[2 * c] == 0 ? 2 * c : 2 * c + 1] = to;
    }

    private int find(int c) {
      int root = c;
      while (parent[root] != root) {
        root = parent[root];
      }
      while (parent[c] != root) {
        int next = parent[c];
        parent[c] = root;
        c = next;
      }
      return root;
    }

    /** Walks every chain from its smaller end. */
    int[][] routes() {
      boolean[] seen = new boolean[n + 1];
      List<int[]> routes = new ArrayList<>(routeCount);
      int[] buffer = new int[n];
      for (int c = 1; c <= n; c++) {
        if (seen[c] || !isEnd(c)) {
          continue;
        }
        int length = 0;
        int previous = 0;
        for (int at = c; at != 0; ) {
          seen[at] = true;
          buffer[length++] = at;
          int next = link[2 * at] == previous ? link[2 * at + 1] : link[2 * at];
          previous = at;
          at = next;
        }
        routes.add(Arrays.copyOf(buffer, length));
      }
      return routes.toArray(int[][]::new);
    }
  }
}
