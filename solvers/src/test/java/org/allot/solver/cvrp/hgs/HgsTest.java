package org.allot.solver.cvrp.hgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.Evaluation;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.junit.jupiter.api.Test;

/** {@link Hgs}: HGS's Split, evaluation and local search through the public seam. */
class HgsTest {
  private static final Deadline NEVER = Deadline.after(Duration.ofDays(1));
  private final Cvrp cvrp = new Cvrp();

  private static CvrpInstance instance(long seed) {
    return HgsFixtures.random(new SplittableRandom(seed), 60, 20, 6);
  }

  private static Hgs hgs(CvrpInstance instance) {
    return Hgs.of(instance, HgsParameters.defaults(), new SplittableRandom(7));
  }

  /** One route per customer: feasible whenever no demand exceeds the capacity. */
  private static CvrpSolution singletons(CvrpInstance instance) {
    int[][] routes = new int[instance.customers()][];
    for (int c = 1; c <= instance.customers(); c++) {
      routes[c - 1] = new int[] {c};
    }
    return new CvrpSolution(routes);
  }

  @Test
  void aGiantTourIsSplitIntoRoutesThatTheEvaluatorAgreesWith() {
    CvrpInstance instance = instance(1);
    Hgs hgs = hgs(instance);
    HgsIndividual individual =
        hgs.individual(Hgs.randomTour(instance.customers(), new SplittableRandom(3)));
    CvrpSolution solution = individual.toSolution();
    Evaluation e = cvrp.evaluate(instance, solution);
    assertEquals(solution.cost(instance), individual.distance());
    assertEquals(individual.feasible(), e.feasible());
    assertEquals(individual.distance() + hgs.penalty() * individual.excess(),
        individual.penalizedCost(), 1e-9);
    assertTrue(individual.routeCount() <= hgs.fleet());
  }

  @Test
  void aSolutionKeepsItsRoutesUntilImproved() {
    CvrpInstance instance = instance(2);
    Hgs hgs = hgs(instance);
    CvrpSolution given = hgs.individual(Hgs.randomTour(instance.customers(),
        new SplittableRandom(8))).toSolution();
    HgsIndividual individual = hgs.individual(given);
    assertEquals(given, individual.toSolution());
    long before = individual.distance();
    long pairs = hgs.pairsEvaluated();
    hgs.improve(individual, NEVER);
    assertTrue(individual.distance() < before, "the descent shortens a split random tour");
    assertTrue(hgs.pairsEvaluated() > pairs && hgs.movesApplied() > 0);
    assertEquals(cvrp.evaluate(instance, individual.toSolution()).feasible(),
        individual.feasible(), "the penalised descent may end over capacity; it says so");
  }

  @Test
  void polishingRepairsAnOverloadedSolutionAndIsReproducible() {
    CvrpInstance instance = instance(3);
    int[] all = Hgs.randomTour(instance.customers(), new SplittableRandom(4));
    CvrpSolution overloaded = new CvrpSolution(new int[][] {all});
    assertTrue(!cvrp.evaluate(instance, overloaded).feasible());
    HgsIndividual polished = hgs(instance).polish(overloaded, NEVER);
    assertTrue(polished.feasible(), "repaired");
    assertTrue(cvrp.evaluate(instance, polished.toSolution()).feasible());
    assertEquals(polished.toSolution(), hgs(instance).polish(overloaded, NEVER).toSolution(),
        "the same seed gives the same local optimum");
  }

  @Test
  void brokenToursAndSolutionsAreRefusedNamingTheCustomer() {
    CvrpInstance instance = HgsFixtures.random(new SplittableRandom(5), 5, 10, 3);
    Hgs hgs = hgs(instance);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> hgs.individual(new int[] {1, 2, 3, 3, 5}));
    assertTrue(e.getMessage().contains("customer 3 is visited twice"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> hgs.polish(new CvrpSolution(new int[][] {{1, 2}, {3, 4}}), NEVER));
    assertTrue(e.getMessage().contains("customer 5 is never visited"), e.getMessage());
  }

  @Test
  void moreRoutesThanALimitedFleetAreSplitAgain() {
    CvrpInstance free = instance(6);
    CvrpInstance limited = CvrpHgsTest.withVehicles(free, free.minimumRoutes() + 1);
    HgsIndividual individual = hgs(limited).individual(singletons(limited));
    assertTrue(individual.routeCount() <= limited.vehicles());
    CvrpSolution best = CvrpHgs.with(HgsParameters.defaults().withMaxIterations(50))
        .withInitialPopulation(List.of(singletons(limited)))
        .solve(limited, Budget.of(Duration.ofSeconds(60))).best().orElseThrow();
    assertTrue(cvrp.evaluate(limited, best).feasible());
  }
}
