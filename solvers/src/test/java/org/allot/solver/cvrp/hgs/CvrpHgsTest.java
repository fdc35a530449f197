package org.allot.solver.cvrp.hgs;

import static org.allot.problem.cvrp.CvrpFixtures.nextFit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.allot.problem.Problem;
import org.allot.problem.contract.SolverContract;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.problem.cvrp.DistanceMatrix;
import org.allot.problem.cvrp.EdgeWeightType;
import org.allot.problem.cvrp.SolutionFile;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.SolverProvider;
import org.allot.solver.Solvers;
import org.allot.solver.Status;
import org.junit.jupiter.api.Test;

/**
 * HGS passes the solver contract (iteration-limited, so runs are reproducible), uses given
 * solutions, handles edge cases of the fleet and the data, and is the family's default solver.
 */
class CvrpHgsTest extends SolverContract<CvrpInstance, CvrpSolution> {
  /** Iterations of the contract's runs: enough to exercise penalties and survivor selection. */
  static final long ITERATIONS = 600;

  @Override
  protected Problem<CvrpInstance, CvrpSolution> problem() {
    return new Cvrp();
  }

  @Override
  protected CvrpHgs solver() {
    return CvrpHgs.with(HgsParameters.defaults().withMaxIterations(ITERATIONS));
  }

  /** Generous, so that the iteration limit ends every sample run even on a loaded machine. */
  @Override
  protected Budget budget() {
    return Budget.of(Duration.ofSeconds(60));
  }

  @Override
  protected List<CvrpInstance> sampleInstances() {
    List<CvrpInstance> list = new ArrayList<>(List.of(
        HgsFixtures.random(new SplittableRandom(1), 12, 30, 4),
        HgsFixtures.random(new SplittableRandom(2), 40, 100, 6),
        HgsFixtures.random(new SplittableRandom(3), 25, 5, 8)));
    HgsFixtures.shared("X-n101-k25").ifPresent(list::add);
    return list;
  }

  @Override
  protected Optional<CvrpInstance> largeInstance() {
    return Optional.of(HgsFixtures.shared("X-n1001-k43")
        .orElseGet(() -> HgsFixtures.random(new SplittableRandom(1000), 1000, 100, 10)));
  }

  @Test
  void isTheDefaultCvrpSolver() {
    SolverProvider p = Solvers.defaultProvider(Cvrp.ID);
    assertEquals(CvrpHgs.ID, p.id());
    assertInstanceOf(CvrpHgs.class, p.create());
    assertTrue(p.description().contains("SWAP*"));
  }

  @Test
  void aGivenSolutionIsTheFirstIncumbentOrBeaten() {
    CvrpInstance instance = HgsFixtures.random(new SplittableRandom(7), 60, 20, 5);
    CvrpSolution given = nextFit(instance);
    long givenCost = Cvrp.costOf(instance, given);
    List<Double> incumbents = new ArrayList<>();
    Outcome<CvrpSolution> outcome = solver().withInitialPopulation(List.of(given))
        .solve(instance, budget().withSeed(3), (s, objective, t) -> incumbents.add(objective));
    assertFalse(incumbents.isEmpty());
    assertTrue(incumbents.getFirst() <= givenCost, () -> "first incumbent "
        + incumbents.getFirst() + " is worse than the given " + givenCost);
    assertTrue(outcome.objectiveValue() < givenCost);
  }

  @Test
  void theBestKnownSolutionGivenIsKept() throws IOException {
    CvrpInstance instance = sharedOrSkip("X-n101-k25");
    CvrpSolution bks = SolutionFile.read(HgsFixtures.SHARED_CVRP.resolve("X/X-n101-k25.sol"),
        instance).solution();
    List<Double> incumbents = new ArrayList<>();
    Outcome<CvrpSolution> outcome = CvrpHgs.with(HgsParameters.defaults().withMaxIterations(10))
        .withInitialPopulation(List.of(bks))
        .solve(instance, budget(), (s, objective, t) -> incumbents.add(objective));
    assertEquals(List.of(27591.0), incumbents);
    assertEquals(27591, outcome.objectiveValue());
  }

  @Test
  void brokenGivenSolutionsAreRejectedNamingTheCustomer() {
    CvrpInstance instance = HgsFixtures.random(new SplittableRandom(8), 5, 10, 3);
    CvrpHgs missing = solver().withInitialPopulation(List.of(
        new CvrpSolution(new int[][] {{1, 2}, {3, 4}})));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> missing.solve(instance, budget()));
    assertTrue(e.getMessage().contains("customer 5 is never visited"), e.getMessage());
    CvrpHgs twice = solver().withInitialPopulation(List.of(
        new CvrpSolution(new int[][] {{1, 2, 3}, {3, 4, 5}})));
    e = assertThrows(IllegalArgumentException.class, () -> twice.solve(instance, budget()));
    assertTrue(e.getMessage().contains("customer 3 is visited twice"), e.getMessage());
  }

  @Test
  void aLimitedFleetIsRespectedAndATooSmallOneIsInfeasible() {
    CvrpInstance free = HgsFixtures.random(new SplittableRandom(9), 30, 10, 10);
    int k = free.minimumRoutes();
    CvrpInstance limited = withVehicles(free, k + 1);
    CvrpSolution s = solver().solve(limited, budget()).best().orElseThrow();
    assertTrue(new Cvrp().evaluate(limited, s).feasible());
    assertTrue(s.routeCount() <= k + 1);
    Outcome<CvrpSolution> none = solver().solve(withVehicles(free, k - 1), budget());
    assertEquals(Status.INFEASIBLE, none.status());
  }

  @Test
  void instancesWithoutCoordinatesOneCustomerOrZeroDemandsAreSolved() {
    CvrpInstance euclid = HgsFixtures.random(new SplittableRandom(10), 20, 10, 4);
    int[][] full = new int[21][21];
    for (int i = 0; i <= 20; i++) {
      for (int j = 0; j <= 20; j++) {
        full[i][j] = euclid.distance(i, j);
      }
    }
    CvrpInstance explicit = new CvrpInstance("explicit", euclid.capacity(), euclid.demand(), null,
        null, EdgeWeightType.EXPLICIT, DistanceMatrix.explicit(full), 0);
    CvrpInstance one = CvrpInstance.euclidean("one", 5, new int[] {0, 5}, new double[] {0, 3},
        new double[] {0, 4});
    CvrpInstance zero = CvrpInstance.euclidean("zero", 1, new int[] {0, 0, 0, 0},
        new double[] {0, 1, 2, 3}, new double[] {0, 1, 0, 2});
    Cvrp cvrp = new Cvrp();
    for (CvrpInstance instance : List.of(explicit, one, zero)) {
      Outcome<CvrpSolution> o = solver().solve(instance, budget());
      assertTrue(cvrp.evaluate(instance, o.best().orElseThrow()).feasible(), instance.name());
    }
    assertEquals(10, solver().solve(one, budget()).objectiveValue());
    assertEquals(solver().solve(euclid, budget()).objectiveValue(),
        solver().solve(explicit, budget().withSeed(1)).objectiveValue(),
        0.02 * solver().solve(euclid, budget()).objectiveValue());
  }

  @Test
  void parametersAreValidated() {
    HgsParameters d = HgsParameters.defaults();
    assertEquals(20, d.granular());
    assertEquals(25, d.mu());
    assertEquals(40, d.lambda());
    assertEquals(4, d.elite());
    assertEquals(5, d.close());
    assertEquals(100, d.initialRandom());
    assertThrows(IllegalArgumentException.class, () -> d.withMaxIterations(-1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new HgsParameters(20, 0, 40, 4, 5, 0.2, 1.2, 0.85, 100, 0.1, 1e5, 0.5, 10, 20000,
            true, 0));
    assertTrue(e.getMessage().contains("mu must be at least 1, got 0"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new HgsParameters(20, 25, 40, 4, 5, 1.5, 1.2, 0.85, 100, 0.1, 1e5, 0.5, 10, 20000,
            true, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new HgsParameters(20, 25, 40, 4, 5, 0.2, 0.9, 0.85, 100, 0.1, 1e5, 0.5, 10, 20000,
            true, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new HgsParameters(20, 25, 40, 4, 5, 0.2, 1.2, 0.85, 100, 10, 1, 0.5, 10, 20000,
            true, 0));
  }

  @Test
  void theFleetIsNeverTheNameK() {
    CvrpInstance x = sharedOrSkip("X-n101-k25");
    assertTrue(HgsData.fleet(x, 0) >= (int) Math.ceil(1.3 * x.totalDemand() / x.capacity()) + 3);
    // Demands just above Q/2: a packing needs one route per customer, far above 1.3 sum d / Q.
    int[] demand = new int[21];
    java.util.Arrays.fill(demand, 1, 21, 51);
    double[] xs = new double[21];
    double[] ys = new double[21];
    for (int i = 1; i <= 20; i++) {
      xs[i] = i;
      ys[i] = 20 - i;
    }
    CvrpInstance halves = CvrpInstance.euclidean("halves", 100, demand, xs, ys);
    assertEquals(20, HgsData.fleet(halves, 0));
    // Merging two customers saves much distance for an excess of only 2: the penalty needs a
    // few thousand iterations to grow enough.
    CvrpSolution s = CvrpHgs.with(HgsParameters.defaults().withMaxIterations(5000))
        .solve(halves, budget()).best().orElseThrow();
    assertEquals(20, s.routeCount());
  }

  static CvrpInstance withVehicles(CvrpInstance i, int vehicles) {
    return new CvrpInstance(i.name() + "-v" + vehicles, i.capacity(), i.demand(), i.x(), i.y(),
        i.edgeWeightType(), i.distances(), vehicles);
  }

  static CvrpInstance sharedOrSkip(String name) {
    Optional<CvrpInstance> i = HgsFixtures.shared(name);
    assumeTrue(i.isPresent(), () -> Path.of(name) + " is absent from the shared folder: skipping");
    return i.get();
  }
}
