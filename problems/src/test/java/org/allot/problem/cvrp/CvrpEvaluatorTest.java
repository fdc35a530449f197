package org.allot.problem.cvrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.allot.problem.Evaluation;
import org.allot.problem.Violation;
import org.junit.jupiter.api.Test;

/**
 * The CVRP evaluator: every violation kind is named and located, the cost is recomputed with the
 * depot arcs, and nothing a solution holds makes it throw.
 */
class CvrpEvaluatorTest {
  private final Cvrp cvrp = new Cvrp();
  private final CvrpInstance tiny = CvrpFixtures.tiny();

  @Test
  void aFeasibleSolutionEvaluatesToItsCostWithDepotArcs() {
    Evaluation e = cvrp.evaluate(tiny, new CvrpSolution(CvrpFixtures.TINY_ROUTES));
    assertInstanceOf(Evaluation.Feasible.class, e);
    assertEquals(CvrpFixtures.TINY_COST, e.objective());
    assertEquals(CvrpFixtures.TINY_COST, Cvrp.costOf(tiny, new CvrpSolution(CvrpFixtures.TINY_ROUTES)));
    assertEquals(CvrpFixtures.TINY_COST, new CvrpSolution(CvrpFixtures.TINY_ROUTES).cost(tiny));
  }

  @Test
  void emptyRoutesCostNothingAndDirectionDoesNotMatter() {
    Evaluation e = cvrp.evaluate(tiny, new CvrpSolution(new int[][] {{}, {2, 1}, {}, {4, 3}}));
    assertTrue(e.feasible());
    assertEquals(CvrpFixtures.TINY_COST, e.objective());
  }

  @Test
  void theRouteCountIsNotCappedByTheKInTheName() {
    Evaluation e = cvrp.evaluate(tiny, new CvrpSolution(new int[][] {{1}, {2}, {3}, {4}}));
    assertTrue(e.feasible(), e.violations()::toString);
    assertEquals(2 * (5 + 10 + 5 + 5), e.objective());
  }

  @Test
  void explicitDistancesAreUsedAsGiven() {
    Evaluation e = cvrp.evaluate(CvrpFixtures.tinyExplicit(),
        new CvrpSolution(CvrpFixtures.TINY_ROUTES));
    assertEquals(CvrpFixtures.TINY_COST, e.objective());
  }

  @Test
  void missingCustomersAreNamedTogether() {
    Violation v = only(new int[][] {{1}, {4}});
    assertEquals(new Violation("missing-customer", "customers 2, 3", 2), v);
    assertEquals(new Violation("missing-customer", "customer 3", 1), only(new int[][] {{1, 2}, {4}}));
  }

  @Test
  void manyMissingCustomersAreListedThenCounted() {
    CvrpInstance big = CvrpFixtures.x(3, 30);
    List<Violation> vs = cvrp.evaluate(big, new CvrpSolution(new int[][] {{1, 2, 3, 4, 5}}))
        .violations();
    Violation missing = vs.stream().filter(v -> v.constraint().equals("missing-customer"))
        .findFirst().orElseThrow();
    assertEquals("customers 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,"
        + " 24, 25 and 5 more", missing.where());
    assertEquals(25.0, missing.amount());
  }

  @Test
  void duplicateCustomersNameTheirRoutes() {
    assertEquals(new Violation("duplicate-customer", "customer 1 is visited 2 times, in routes 0, 1",
        1), only(new int[][] {{1, 2}, {1, 3}, {4}}));
    assertEquals(new Violation("duplicate-customer", "customer 3 is visited 3 times, in route 2",
        2), only(new int[][] {{1, 2}, {4}, {3, 3, 3}}));
  }

  @Test
  void unknownCustomersAndTheDepotInsideARouteAreLocated() {
    List<Violation> vs = violations(new int[][] {{1, 2}, {3, 5, 4, -2}, {0}});
    assertEquals(List.of(
        new Violation("unknown-customer", "route 1, position 1: customer 5 is outside 1..4", 1),
        new Violation("unknown-customer", "route 1, position 3: customer -2 is outside 1..4", 1),
        new Violation("unknown-customer", "route 2, position 0: the depot 0 inside a route"
            + " (routes list customers only; the depot is implicit)", 1)), vs);
    assertEquals(CvrpFixtures.TINY_COST, cvrp.evaluate(tiny,
        new CvrpSolution(new int[][] {{1, 2}, {3, 5, 4, -2}, {0}})).objective(),
        "unknown entries are left out of the cost");
  }

  @Test
  void capacityNamesTheRouteTheLoadAndTheExcess() {
    // [1 2 3] carries 12 > 10.
    Evaluation e = cvrp.evaluate(tiny, new CvrpSolution(new int[][] {{1, 2, 3}, {4}}));
    assertEquals(List.of(new Violation("capacity", "route 0: load 12 > capacity 10", 2)),
        e.violations());
    assertEquals(5 + 5 + 7 + 5 + 10, e.objective(), "the cost is still computed");
  }

  @Test
  void vehicleCountOnlyWhenTheFleetIsLimited() {
    CvrpSolution three = new CvrpSolution(new int[][] {{1, 2}, {}, {3}, {4}});
    assertTrue(cvrp.evaluate(tiny, three).feasible());
    assertEquals(List.of(new Violation("vehicle-count",
        "3 non-empty routes, the instance has 2 vehicles", 1)),
        cvrp.evaluate(CvrpFixtures.tinyTwoVehicles(), three).violations());
    assertTrue(cvrp.evaluate(CvrpFixtures.tinyTwoVehicles(),
        new CvrpSolution(new int[][] {{}, {1, 2}, {}, {3, 4}})).feasible());
  }

  @Test
  void garbageNeverThrows() {
    for (int[][] routes : new int[][][] {{}, {{}}, {{Integer.MIN_VALUE, Integer.MAX_VALUE}},
        {{0, 0, 0}}, {{1, 1, 1, 1, 1}}}) {
      Evaluation e = cvrp.evaluate(tiny, new CvrpSolution(routes));
      assertTrue(!e.feasible() && !e.violations().isEmpty());
    }
  }

  @Test
  void costOfRefusesAnInfeasibleSolution() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Cvrp.costOf(tiny, new CvrpSolution(new int[][] {{1, 2, 3, 4}})));
    assertEquals("infeasible solution: capacity at route 0: load 18 > capacity 10 (by 8)",
        e.getMessage());
  }

  @Test
  void theFamilyDescribesItself() {
    assertEquals("cvrp", cvrp.id());
    assertEquals(org.allot.problem.Sense.MINIMIZE, cvrp.sense());
    assertEquals(List.of(VrpFormat.INSTANCE), cvrp.formats());
    assertEquals(CvrpInstance.class, cvrp.instanceType());
    assertEquals(CvrpSolution.class, cvrp.solutionType());
  }

  private List<Violation> violations(int[][] routes) {
    return cvrp.evaluate(tiny, new CvrpSolution(routes)).violations();
  }

  private Violation only(int[][] routes) {
    List<Violation> vs = violations(routes);
    assertEquals(1, vs.size(), vs::toString);
    return vs.getFirst();
  }
}
