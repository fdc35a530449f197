package org.allot.solver.cvrp.hgs;

import java.util.Arrays;
import org.allot.problem.cvrp.CvrpSolution;

/**
 * One solution of the genetic search: a giant tour (a permutation of the customers) cut into
 * {@code fleet} consecutive routes, some possibly empty, with its cost, capacity excess and the
 * distances to the other members of its subpopulation. Outside this package it is a handle made
 * and changed by {@link Hgs}, read through its accessors. Mutable and not thread-safe.
 */
public final class HgsIndividual {
  /** The customers in visiting order, route after route. */
  final int[] tour;
  /** Route r visits {@code tour[routeStart[r] .. routeStart[r + 1])}. */
  final int[] routeStart;
  /** Per customer, the next customer on its route, 0 after the last. */
  final int[] successor;
  /** Per customer, the previous customer on its route, 0 before the first. */
  final int[] predecessor;
  long distance;
  /** The total load above capacity, summed over routes. */
  long excess;
  /** The number of non-empty routes. */
  int routes;
  double penalizedCost;
  double biasedFitness;
  /** The other members of the subpopulation by increasing broken-pairs distance. */
  private final double[] closeDistance;
  private final HgsIndividual[] closeOther;
  private int closeCount;

  HgsIndividual(int n, int fleet, int maxNeighbours) {
    tour = new int[n];
    routeStart = new int[fleet + 1];
    successor = new int[n + 1];
    predecessor = new int[n + 1];
    closeDistance = new double[maxNeighbours];
    closeOther = new HgsIndividual[maxNeighbours];
  }

  /** Whether no route exceeds the capacity. */
  public boolean feasible() {
    return excess == 0;
  }

  /** The total distance of the routes. */
  public long distance() {
    return distance;
  }

  /** The total load above capacity, summed over the routes; 0 when feasible. */
  public long excess() {
    return excess;
  }

  /** The number of non-empty routes. */
  public int routeCount() {
    return routes;
  }

  /** The distance plus the capacity penalty times the excess, as last evaluated. */
  public double penalizedCost() {
    return penalizedCost;
  }

  /** A copy of the giant tour: the customers in visiting order, route after route. */
  public int[] tour() {
    return tour.clone();
  }

  /**
   * Copies the solution of {@code other}, an individual of the same instance and fleet (not its
   * neighbours).
   */
  public void copySolution(HgsIndividual other) {
    System.arraycopy(other.tour, 0, tour, 0, tour.length);
    System.arraycopy(other.routeStart, 0, routeStart, 0, routeStart.length);
    System.arraycopy(other.successor, 0, successor, 0, successor.length);
    System.arraycopy(other.predecessor, 0, predecessor, 0, predecessor.length);
    distance = other.distance;
    excess = other.excess;
    routes = other.routes;
    penalizedCost = other.penalizedCost;
  }

  /** Recomputes cost, excess, route count and neighbour arrays from the tour and the cuts. */
  void evaluate(HgsData data, double penalty) {
    distance = 0;
    excess = 0;
    routes = 0;
    int fleet = routeStart.length - 1;
    for (int r = 0; r < fleet; r++) {
      int from = routeStart[r];
      int to = routeStart[r + 1];
      if (from == to) {
        continue;
      }
      routes++;
      long load = 0;
      int prev = 0;
      for (int p = from; p < to; p++) {
        int c = tour[p];
        load += data.demand[c];
        distance += data.d(prev, c);
        predecessor[c] = prev;
        if (prev != 0) {
          successor[prev] = c;
        }
        prev = c;
      }
      successor[prev] = 0;
      distance += data.d(prev, 0);
      excess += Math.max(0, load - data.capacity);
    }
    penalize(penalty);
  }

  /** Recomputes the penalised cost under another penalty. */
  void penalize(double penalty) {
    penalizedCost = distance + penalty * excess;
  }

  /** The broken-pairs distance to {@code other}: the fraction of customer links not shared. */
  double brokenPairs(HgsIndividual other) {
    int differences = 0;
    int n = tour.length;
    for (int j = 1; j <= n; j++) {
      int s = successor[j];
      if (s != other.successor[j] && s != other.predecessor[j]) {
        differences++;
      }
      if (predecessor[j] == 0 && other.predecessor[j] != 0 && other.successor[j] != 0) {
        differences++;
      }
    }
    return (double) differences / n;
  }

  /** Records {@code other} at distance {@code d}, keeping the list sorted. */
  void addClose(double d, HgsIndividual other) {
    int p = closeCount;
    while (p > 0 && closeDistance[p - 1] > d) {
      closeDistance[p] = closeDistance[p - 1];
      closeOther[p] = closeOther[p - 1];
      p--;
    }
    closeDistance[p] = d;
    closeOther[p] = other;
    closeCount++;
  }

  /** Forgets {@code other}. */
  void removeClose(HgsIndividual other) {
    int p = 0;
    while (closeOther[p] != other) {
      p++;
    }
    System.arraycopy(closeDistance, p + 1, closeDistance, p, closeCount - p - 1);
    System.arraycopy(closeOther, p + 1, closeOther, p, closeCount - p - 1);
    closeOther[--closeCount] = null;
  }

  void clearClose() {
    Arrays.fill(closeOther, 0, closeCount, null);
    closeCount = 0;
  }

  /** The mean distance to the {@code k} closest others (0 when there are none). */
  double averageClosest(int k) {
    int m = Math.min(k, closeCount);
    if (m == 0) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < m; i++) {
      sum += closeDistance[i];
    }
    return sum / m;
  }

  /**
   * Sets the giant tour to {@code routes} in order; when there are at most {@code fleet}
   * non-empty ones, also the cuts at their boundaries (the empty routes last), and evaluates.
   *
   * @param routes routes that visit every customer exactly once
   * @return whether the routes fit the fleet; when not, only the tour is set and the caller
   *     splits it
   */
  boolean assign(int[][] routes, HgsData data, double penalty) {
    int nonEmpty = 0;
    int pos = 0;
    for (int[] route : routes) {
      if (route.length > 0) {
        if (nonEmpty < routeStart.length) {
          routeStart[nonEmpty] = pos;
        }
        nonEmpty++;
        System.arraycopy(route, 0, tour, pos, route.length);
        pos += route.length;
      }
    }
    if (nonEmpty > data.fleet) {
      return false;
    }
    for (int r = nonEmpty; r <= data.fleet; r++) {
      routeStart[r] = pos;
    }
    evaluate(data, penalty);
    return true;
  }

  /** The non-empty routes as a solution. */
  public CvrpSolution toSolution() {
    int[][] r = new int[routes][];
    int k = 0;
    for (int i = 0; i + 1 < routeStart.length; i++) {
      if (routeStart[i + 1] > routeStart[i]) {
        r[k++] = Arrays.copyOfRange(tour, routeStart[i], routeStart[i + 1]);
      }
    }
    return new CvrpSolution(r);
  }
}
