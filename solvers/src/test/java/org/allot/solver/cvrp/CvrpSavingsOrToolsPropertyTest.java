package org.allot.solver.cvrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.allot.problem.Evaluation;
import org.allot.problem.contract.SeededProperty;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.problem.cvrp.DistanceMatrix;
import org.allot.problem.cvrp.EdgeWeightType;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Status;
import org.junit.jupiter.api.Test;

/**
 * Savings and OR-Tools against the evaluator on small random instances: 1-30 customers,
 * euclidean (points may coincide, with each other or the depot) or an explicit symmetric matrix
 * that need not obey the triangle inequality, demands 0..Q, an unlimited fleet or a limited one.
 * Checked with {@link SeededProperty}, which prints its seed ({@code -Dallot.seed=N} replays a
 * run): jqwik 1.10 asks not to be used by AI coding agents, which wrote these tests.
 */
class CvrpSavingsOrToolsPropertyTest {
  private static final int TRIES = 25;
  private static final Budget BUDGET = Budget.of(Duration.ofMillis(400));
  private final Cvrp evaluator = new Cvrp();

  @Test
  void bothSolversAreFeasibleAndOrToolsNeverLosesToSavings() {
    SeededProperty.check("savings and OR-Tools on small instances", TRIES, random -> {
      CvrpInstance instance = instance(random);
      Outcome<CvrpSolution> savings = new CvrpSavings().solve(instance, BUDGET);
      Outcome<CvrpSolution> orTools = new CvrpOrTools().solve(instance, BUDGET);
      checked(instance, savings, "savings");
      checked(instance, orTools, "ortools");
      if (instance.vehicles() == 0) {
        assertEquals(Status.FEASIBLE, savings.status(), "savings on " + instance);
        assertEquals(Status.FEASIBLE, orTools.status(), "ortools on " + instance);
        assertTrue(orTools.objectiveValue() <= savings.objectiveValue(), "ortools above savings");
      } else if (savings.status() == Status.FEASIBLE) {
        assertEquals(Status.FEASIBLE, orTools.status(), "ortools lost the savings routes");
      }
    });
  }

  /**
   * Savings ends in Clarke and Wright's local optimum: no two routes can still be joined at
   * their ends with a positive saving within the capacity (ends only become interior and loads
   * only grow, so a pair refused once stays refused). And it is deterministic.
   */
  @Test
  void savingsLeavesNoPositiveMergeAndIsDeterministic() {
    SeededProperty.check("savings is a Clarke-Wright local optimum", 300, random -> {
      CvrpInstance instance = instance(random);
      if (instance.vehicles() > 0) {
        return;
      }
      int[][] routes = CvrpSavings.routes(instance);
      assertTrue(evaluator.evaluate(instance, new CvrpSolution(routes)).feasible());
      assertTrue(Arrays.deepEquals(routes, CvrpSavings.routes(instance)));
      for (int a = 0; a < routes.length; a++) {
        for (int b = a + 1; b < routes.length; b++) {
          assertNoPositiveMerge(instance, routes[a], routes[b]);
        }
      }
    });
  }

  private static void assertNoPositiveMerge(CvrpInstance instance, int[] a, int[] b) {
    long load = 0;
    for (int c : a) {
      load += instance.demandOf(c);
    }
    for (int c : b) {
      load += instance.demandOf(c);
    }
    if (load > instance.capacity()) {
      return;
    }
    for (int i : new int[] {a[0], a[a.length - 1]}) {
      for (int j : new int[] {b[0], b[b.length - 1]}) {
        long saving = (long) instance.distance(0, i) + instance.distance(0, j)
            - instance.distance(i, j);
        assertTrue(saving <= 0, "routes ending in " + i + " and " + j + " fit together with"
            + " saving " + saving + " on " + instance);
      }
    }
  }

  private void checked(CvrpInstance instance, Outcome<CvrpSolution> outcome, String solver) {
    outcome.best().ifPresent(solution -> {
      Evaluation e = evaluator.evaluate(instance, solution);
      assertTrue(e.feasible(), () -> solver + " on " + instance + ": " + e.violations());
      assertEquals(e.objective(), outcome.objectiveValue(), solver + ": claimed objective");
      for (int[] route : solution.routes()) {
        assertTrue(route.length > 0, solver + ": an empty route");
      }
    });
  }

  private static CvrpInstance instance(SplittableRandom random) {
    int n = random.nextInt(1, 31);
    int capacity = random.nextInt(1, 60);
    int[] demand = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      demand[i] = random.nextInt(capacity + 1);
    }
    double[] x = new double[n + 1];
    double[] y = new double[n + 1];
    int side = random.nextBoolean() ? 5 : 1000;
    for (int i = 0; i <= n; i++) {
      x[i] = random.nextInt(side + 1);
      y[i] = random.nextInt(side + 1);
    }
    boolean explicit = random.nextInt(4) == 0;
    DistanceMatrix distances = explicit ? explicit(random, n + 1)
        : DistanceMatrix.euclidean(x, y);
    EdgeWeightType type = explicit ? EdgeWeightType.EXPLICIT : EdgeWeightType.EUC_2D;
    long total = 0;
    for (int d : demand) {
      total += d;
    }
    int fewest = (int) Math.max(1, (total + capacity - 1) / capacity);
    int vehicles = random.nextInt(3) == 0 ? fewest + random.nextInt(3) : 0;
    return new CvrpInstance("random" + n, capacity, demand, explicit ? null : x,
        explicit ? null : y, type, distances, vehicles);
  }

  private static DistanceMatrix explicit(SplittableRandom random, int nodes) {
    int[][] d = new int[nodes][nodes];
    for (int i = 0; i < nodes; i++) {
      for (int j = i + 1; j < nodes; j++) {
        d[i][j] = random.nextInt(100);
        d[j][i] = d[i][j];
      }
    }
    return DistanceMatrix.explicit(d);
  }
}
