package org.allot.problem.cvrp;

import java.util.Arrays;
import java.util.Objects;
import org.allot.problem.Solution;

/**
 * A CVRP solution: routes, each the sequence of customers (numbered {@code 1..n}) a vehicle
 * visits after leaving the depot and before returning to it. Empty routes are allowed and cost
 * nothing. Feasibility is decided by the evaluator only.
 *
 * @param routes per route, its customers in visiting order
 */
public record CvrpSolution(int[][] routes) implements Solution {
  public CvrpSolution {
    Objects.requireNonNull(routes, "routes");
    int[][] copy = new int[routes.length][];
    for (int r = 0; r < routes.length; r++) {
      copy[r] = routes[r].clone();
    }
    routes = copy;
  }

  /** The number of routes (empty ones included). */
  public int routeCount() {
    return routes.length;
  }

  /** The customers of route {@code r} (a copy). */
  public int[] route(int r) {
    return routes[r].clone();
  }

  /** A copy of the routes. */
  @Override
  public int[][] routes() {
    return new CvrpSolution(routes).routes;
  }

  /** The cost under {@code instance}'s distances (no feasibility check). */
  public long cost(CvrpInstance instance) {
    long c = 0;
    for (int[] route : routes) {
      int prev = 0;
      for (int v : route) {
        c += instance.distance(prev, v);
        prev = v;
      }
      if (route.length > 0) {
        c += instance.distance(prev, 0);
      }
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CvrpSolution other && Arrays.deepEquals(routes, other.routes);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(routes);
  }

  @Override
  public String toString() {
    return "CvrpSolution" + Arrays.deepToString(routes);
  }
}
