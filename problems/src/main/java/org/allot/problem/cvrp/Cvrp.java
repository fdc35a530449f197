package org.allot.problem.cvrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allot.problem.Evaluation;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problem;
import org.allot.problem.Sense;
import org.allot.problem.Violation;

/**
 * The capacitated vehicle routing problem: visit every customer exactly once with routes that
 * start and end at the depot and carry at most the capacity, minimising the total distance under
 * the instance's integer distances (CVRPLIB's rounding; depot arcs included). The fleet is
 * unlimited unless {@link CvrpInstance#vehicles()} is positive; the {@code k} in an instance's
 * name is a lower bound on the routes, never a limit. Stateless and thread-safe.
 */
public final class Cvrp implements Problem<CvrpInstance, CvrpSolution> {
  /** The family's id. */
  public static final String ID = "cvrp";
  private static final CvrpGenerators GENERATORS = new CvrpGenerators();

  /** Customers listed by name in one violation before the rest are only counted. */
  private static final int LISTED = 20;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "capacitated vehicle routing, minimise distance (CVRPLIB .vrp and .sol)";
  }

  @Override
  public Sense sense() {
    return Sense.MINIMIZE;
  }

  @Override
  public Class<CvrpInstance> instanceType() {
    return CvrpInstance.class;
  }

  @Override
  public Class<CvrpSolution> solutionType() {
    return CvrpSolution.class;
  }

  /** The family's generators; see {@link CvrpGenerators}. */
  @Override
  public Optional<GeneratorFamily<CvrpInstance>> generators() {
    return Optional.of(GENERATORS);
  }

  @Override
  public List<InstanceFormat<CvrpInstance>> formats() {
    return List.of(VrpFormat.INSTANCE);
  }

  /**
   * Checks a solution and recomputes its cost. Routes are numbered from 0 as in
   * {@link CvrpSolution#routes()}, positions within a route from 0. Violations:
   * <ul>
   *   <li>{@code unknown-customer}: a number outside {@code 1..n}, or the depot 0 inside a route
   *       (one per occurrence; amount 1; such entries are left out of loads and costs);
   *   <li>{@code duplicate-customer}: a customer visited more than once, naming its routes
   *       (amount = extra visits);
   *   <li>{@code missing-customer}: the customers never visited (amount = how many);
   *   <li>{@code capacity}: a route's load above the capacity (amount = the excess);
   *   <li>{@code vehicle-count}: more non-empty routes than {@link CvrpInstance#vehicles()}, only
   *       when that is positive (amount = the excess).
   * </ul>
   * The objective is the total distance of all routes, depot arcs included; empty routes cost
   * nothing. Never throws for a bad solution.
   */
  @Override
  public Evaluation evaluate(CvrpInstance instance, CvrpSolution solution) {
    int n = instance.customers();
    int[][] routes = solution.routes();
    int[] visits = new int[n + 1];
    List<Violation> violations = new ArrayList<>();
    long cost = 0;
    int used = 0;
    for (int r = 0; r < routes.length; r++) {
      int[] route = routes[r];
      long load = 0;
      int prev = 0;
      for (int p = 0; p < route.length; p++) {
        int c = route[p];
        if (c < 1 || c > n) {
          violations.add(unknown(r, p, c, n));
          continue;
        }
        visits[c]++;
        load += instance.demandOf(c);
        cost += instance.distance(prev, c);
        prev = c;
      }
      cost += instance.distance(prev, 0);
      used += route.length > 0 ? 1 : 0;
      if (load > instance.capacity()) {
        violations.add(new Violation("capacity", "route " + r + ": load " + load
            + " > capacity " + instance.capacity(), load - instance.capacity()));
      }
    }
    checkVisits(routes, visits, violations);
    if (instance.vehicles() > 0 && used > instance.vehicles()) {
      violations.add(new Violation("vehicle-count", used + " non-empty routes, the instance has "
          + instance.vehicles() + " vehicles", used - instance.vehicles()));
    }
    return Evaluation.of(cost, violations);
  }

  private static Violation unknown(int route, int position, int customer, int n) {
    String what = customer == 0
        ? "the depot 0 inside a route (routes list customers only; the depot is implicit)"
        : "customer " + customer + " is outside 1.." + n;
    return new Violation("unknown-customer", "route " + route + ", position " + position + ": "
        + what, 1);
  }

  private static void checkVisits(int[][] routes, int[] visits, List<Violation> violations) {
    List<Integer> missing = new ArrayList<>();
    for (int c = 1; c < visits.length; c++) {
      if (visits[c] == 0) {
        missing.add(c);
      } else if (visits[c] > 1) {
        violations.add(new Violation("duplicate-customer", "customer " + c + " is visited "
            + visits[c] + " times, " + routesOf(routes, c), visits[c] - 1));
      }
    }
    if (!missing.isEmpty()) {
      violations.add(new Violation("missing-customer", (missing.size() == 1 ? "customer "
          : "customers ") + list(missing), missing.size()));
    }
  }

  /** "in route 3" or "in routes 1, 4": the distinct routes that visit {@code customer}. */
  private static String routesOf(int[][] routes, int customer) {
    List<Integer> in = new ArrayList<>();
    for (int r = 0; r < routes.length; r++) {
      for (int c : routes[r]) {
        if (c == customer) {
          in.add(r);
          break;
        }
      }
    }
    return (in.size() == 1 ? "in route " : "in routes ") + list(in);
  }

  private static String list(List<Integer> items) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(items.size(), LISTED); i++) {
      b.append(i == 0 ? "" : ", ").append(items.get(i));
    }
    if (items.size() > LISTED) {
      b.append(" and ").append(items.size() - LISTED).append(" more");
    }
    return b.toString();
  }

  /**
   * The cost of a feasible solution.
   *
   * @throws IllegalArgumentException naming the first violation when it is infeasible
   */
  public static long costOf(CvrpInstance instance, CvrpSolution solution) {
    Evaluation e = new Cvrp().evaluate(instance, solution);
    if (!e.feasible()) {
      throw new IllegalArgumentException("infeasible solution: " + e.violations().getFirst());
    }
    return (long) e.objective();
  }

  @Override
  public String toString() {
    return ID;
  }
}
