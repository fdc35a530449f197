package org.allot.solver.cvrp.hgs;

/**
 * The linear-time Split of Vidal (2016, "Split algorithm in O(n) for the capacitated vehicle
 * routing problem"): cuts a giant tour into routes that minimise distance plus penalised
 * capacity excess, by a shortest path over the tour's positions whose candidate predecessors are
 * kept in a monotone deque. When the best cut uses more routes than allowed, the limited-fleet
 * variant runs one such pass per route count ({@code O(n K)}). Not thread-safe: it reuses its
 * arrays across calls.
 */
final class HgsSplit {
  private static final double EPSILON = 1e-5;
  private static final double INFINITY = 1e30;

  private final HgsData data;
  private final int n;
  /** Per position i (1-based), the sum of the tour's arc lengths from position 1 to i. */
  private final long[] sumDistance;
  private final long[] sumLoad;
  /** Per position i, the distance between the depot and the customer at i. */
  private final int[] depotDistance;
  private final double[][] potential;
  private final int[][] pred;
  private final int[] deque;
  private final int[] cuts;
  private double penalty;
  private double cost;

  HgsSplit(HgsData data) {
    this.data = data;
    this.n = data.n;
    sumDistance = new long[n + 2];
    sumLoad = new long[n + 1];
    depotDistance = new int[n + 2];
    potential = new double[data.fleet + 1][n + 1];
    pred = new int[data.fleet + 1][n + 1];
    deque = new int[n + 1];
    cuts = new int[n + 1];
  }

  /**
   * Cuts {@code individual}'s tour into at most {@code max(maxRoutes, minimum routes)} routes and
   * evaluates it; the non-empty routes come first.
   */
  void split(HgsIndividual individual, int maxRoutes, double capacityPenalty) {
    int limit = Math.min(data.fleet, Math.max(maxRoutes, data.minRoutes));
    penalty = capacityPenalty;
    prepare(individual.tour);
    if (!simple(individual, limit)) {
      limited(individual, limit);
    }
    individual.evaluate(data, capacityPenalty);
  }

  /** The penalised cost of the last split (for tests). */
  double cost() {
    return cost;
  }

  private void prepare(int[] tour) {
    for (int i = 1; i <= n; i++) {
      int c = tour[i - 1];
      sumLoad[i] = sumLoad[i - 1] + data.demand[c];
      depotDistance[i] = data.d(0, c);
      sumDistance[i] = i == 1 ? 0 : sumDistance[i - 1] + data.d(tour[i - 2], c);
    }
  }

  /** The cost of reaching position j from label i of layer k: route i+1..j appended. */
  private double propagate(double[] layer, int i, int j) {
    return layer[i] + sumDistance[j] - sumDistance[i + 1] + depotDistance[i + 1]
        + depotDistance[j] + penalty * Math.max(sumLoad[j] - sumLoad[i] - data.capacity, 0);
  }

  /** Whether label i dominates label j (i before j) for every later position. */
  private boolean dominates(double[] layer, int i, int j) {
    return layer[j] + depotDistance[j + 1] > layer[i] + depotDistance[i + 1]
        + sumDistance[j + 1] - sumDistance[i + 1] + penalty * (sumLoad[j] - sumLoad[i]);
  }

  /** Whether label j dominates label i (i before j) for every later position. */
  private boolean dominatesRight(double[] layer, int i, int j) {
    return layer[j] + depotDistance[j + 1] < layer[i] + depotDistance[i + 1]
        + sumDistance[j + 1] - sumDistance[i + 1] + EPSILON;
  }

  /** One deque pass from layer {@code from} into layer {@code to}, starting at position k. */
  private void pass(double[] from, double[] to, int[] predTo, int k) {
    int front = 0;
    int back = 0;
    deque[0] = k;
    for (int i = k + 1; i <= n && back >= front; i++) {
      to[i] = propagate(from, deque[front], i);
      predTo[i] = deque[front];
      if (i < n) {
        if (!dominates(from, deque[back], i)) {
          while (back >= front && dominatesRight(from, deque[back], i)) {
            back--;
          }
          deque[++back] = i;
        }
        while (back > front
            && propagate(from, deque[front], i + 1)
                > propagate(from, deque[front + 1], i + 1) - EPSILON) {
          front++;
        }
      }
    }
  }

  /** Split with an unlimited fleet; false when it needs more than {@code limit} routes. */
  private boolean simple(HgsIndividual individual, int limit) {
    double[] p = potential[0];
    p[0] = 0;
    for (int i = 1; i <= n; i++) {
      p[i] = INFINITY;
    }
    pass(p, p, pred[0], 0);
    int routes = 0;
    for (int end = n; end > 0; end = pred[0][end]) {
      if (routes == limit) {
        return false;
      }
      cuts[routes++] = end;
    }
    cost = p[n];
    write(individual, routes);
    return true;
  }

  /** Split with at most {@code limit} routes, the cheapest route count chosen. */
  private void limited(HgsIndividual individual, int limit) {
    for (int k = 0; k <= limit; k++) {
      java.util.Arrays.fill(potential[k], INFINITY);
    }
    potential[0][0] = 0;
    for (int k = 0; k < limit; k++) {
      pass(potential[k], potential[k + 1], pred[k + 1], k);
    }
    int best = limit;
    for (int k = 1; k < limit; k++) {
      if (potential[k][n] < potential[best][n]) {
        best = k;
      }
    }
    if (potential[best][n] >= INFINITY / 10) {
      throw new IllegalStateException("Split reached no end with " + limit + " routes");
    }
    cost = potential[best][n];
    int end = n;
    for (int k = best; k > 0; k--) {
      cuts[best - k] = end;
      end = pred[k][end];
    }
    write(individual, best);
  }

  /** Writes routes from {@code cuts} (route ends, last route first) into the individual. */
  private void write(HgsIndividual individual, int routes) {
    int[] start = individual.routeStart;
    start[0] = 0;
    for (int r = 1; r <= routes; r++) {
      start[r] = cuts[routes - r];
    }
    for (int r = routes + 1; r < start.length; r++) {
      start[r] = n;
    }
  }
}
