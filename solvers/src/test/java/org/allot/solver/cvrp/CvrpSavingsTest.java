package org.allot.solver.cvrp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
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
import org.allot.problem.cvrp.VrpFormat;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.SolverProvider;
import org.allot.solver.Solvers;
import org.allot.solver.Status;
import org.junit.jupiter.api.Test;

/** Savings passes the solver contract, merges as Clarke and Wright do, and respects the fleet. */
class CvrpSavingsTest extends SolverContract<CvrpInstance, CvrpSolution> {
  static final Path SHARED_X = Path.of("../../shared/instances/cvrp/X");

  @Override
  protected Problem<CvrpInstance, CvrpSolution> problem() {
    return new Cvrp();
  }

  @Override
  protected CvrpSavings solver() {
    return new CvrpSavings();
  }

  @Override
  protected List<CvrpInstance> sampleInstances() {
    return samples();
  }

  @Override
  protected Optional<CvrpInstance> largeInstance() {
    return Optional.of(large());
  }

  /** Three random euclidean instances (the last with demands 0..5), and X-n101-k25 if present. */
  static List<CvrpInstance> samples() {
    List<CvrpInstance> list = new ArrayList<>(List.of(random(new SplittableRandom(1), 12, 30),
        random(new SplittableRandom(2), 40, 100), random(new SplittableRandom(3), 25, 5)));
    shared("X-n101-k25").ifPresent(list::add);
    return list;
  }

  /** X-n1001-k43 when the shared folder has it, else 1000 random customers. */
  static CvrpInstance large() {
    return shared("X-n1001-k43")
        .orElseGet(() -> random(new SplittableRandom(1000), 1000, 100));
  }

  /**
   * {@code n} customers uniform on a 1000 x 1000 integer grid with the depot in the middle,
   * demands uniform in {@code 0..maxDemand}, and a capacity of about eight average demands.
   */
  static CvrpInstance random(SplittableRandom random, int n, int maxDemand) {
    double[] x = new double[n + 1];
    double[] y = new double[n + 1];
    int[] demand = new int[n + 1];
    x[0] = 500;
    y[0] = 500;
    for (int i = 1; i <= n; i++) {
      x[i] = random.nextInt(1001);
      y[i] = random.nextInt(1001);
      demand[i] = random.nextInt(maxDemand + 1);
    }
    int capacity = Math.max(maxDemand, 1) * 4 + 1;
    return CvrpInstance.euclidean("rand" + n, capacity, demand, x, y);
  }

  /** An instance of the shared X set, empty when the folder or the file is absent. */
  static Optional<CvrpInstance> shared(String name) {
    Path file = SHARED_X.resolve(name + ".vrp");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(VrpFormat.INSTANCE.read(file));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** An instance of the shared X set; skips the test when it is absent. */
  static CvrpInstance sharedOrSkip(String name) {
    Optional<CvrpInstance> instance = shared(name);
    assumeTrue(instance.isPresent(),
        () -> SHARED_X.resolve(name + ".vrp") + " is absent: skipping");
    return instance.get();
  }

  /** Four customers on a line east of the depot and one west; capacity fits three. */
  @Test
  void mergesTheBestSavingsAtRouteEnds() {
    double[] x = {0, 10, 20, 30, 40, -10};
    double[] y = {0, 0, 0, 0, 0, 0};
    CvrpInstance line = CvrpInstance.euclidean("line", 3, new int[] {0, 1, 1, 1, 1, 1}, x, y);
    int[][] routes = CvrpSavings.routes(line);
    // s(3,4) = 60 joins 3-4, then s(2,3) = 40 (before s(2,4), its tie) adds 2; customer 1 no
    // longer fits, and s(i,5) = 0 is never used with an unlimited fleet.
    assertArrayEquals(new int[][] {{1}, {2, 3, 4}, {5}}, routes);
  }

  /** Customers on both sides of the depot: every saving across it is 0. */
  @Test
  void aLimitedFleetMergesWithNonPositiveSavingsUntilTheRoutesFit() {
    double[] x = {0, 10, -10, -20};
    double[] y = {0, 0, 0, 0};
    int[] demand = {0, 1, 1, 1};
    CvrpInstance unlimited = CvrpInstance.euclidean("across", 3, demand, x, y);
    CvrpInstance oneVehicle = new CvrpInstance("across1", 3, demand, x, y,
        unlimited.edgeWeightType(), unlimited.distances(), 1);
    assertEquals(2, CvrpSavings.routes(unlimited).length);
    Outcome<CvrpSolution> outcome = solver().solve(oneVehicle, Budget.of(Duration.ofSeconds(1)));
    assertEquals(Status.FEASIBLE, outcome.status());
    assertEquals(1, outcome.best().orElseThrow().routeCount());
    assertTrue(new Cvrp().evaluate(oneVehicle, outcome.best().orElseThrow()).feasible());
  }

  @Test
  void aFleetTooSmallForTheRoutesGivesUnknown() {
    double[] x = {0, 10, -10, 0};
    double[] y = {0, 0, 0, 10};
    int[] demand = {0, 2, 2, 2};
    CvrpInstance euclidean = CvrpInstance.euclidean("tight", 3, demand, x, y);
    CvrpInstance twoVehicles = new CvrpInstance("tight2", 3, demand, x, y,
        euclidean.edgeWeightType(), euclidean.distances(), 2);
    Outcome<CvrpSolution> outcome = solver().solve(twoVehicles, Budget.of(Duration.ofSeconds(1)));
    assertEquals(Status.UNKNOWN, outcome.status());
    assertTrue(outcome.best().isEmpty());
  }

  @Test
  void oneCustomerIsOneRoute() {
    CvrpInstance one = CvrpInstance.euclidean("one", 5, new int[] {0, 5}, new double[] {0, 3},
        new double[] {0, 4});
    Outcome<CvrpSolution> outcome = solver().solve(one, Budget.of(Duration.ofSeconds(1)));
    assertEquals(new CvrpSolution(new int[][] {{1}}), outcome.best().orElseThrow());
    assertEquals(10, outcome.objectiveValue());
  }

  /** Beyond the all-pairs limit the candidates are near neighbours; routes stay feasible. */
  @Test
  void manyCustomersUseNearNeighbourCandidates() {
    CvrpInstance big = random(new SplittableRandom(7), CvrpSavings.ALL_PAIRS_LIMIT + 200, 20);
    long[] keys = CvrpSavings.candidates(big);
    assertTrue(keys.length < (long) big.customers() * (big.customers() - 1) / 2);
    CvrpSolution solution = new CvrpSolution(CvrpSavings.routes(big));
    assertTrue(new Cvrp().evaluate(big, solution).feasible());
    int singletons = 0;
    for (int[] route : solution.routes()) {
      singletons += route.length == 1 ? 1 : 0;
    }
    assertTrue(singletons < 10, singletons + " customers left alone");
  }

  /** 28986 on X-n101-k25 (BKS 27591, gap 5.06 %): a regression anchor, not a target. */
  @Test
  void x101IsWithinSixPercentOfTheBestKnown() {
    CvrpInstance x101 = sharedOrSkip("X-n101-k25");
    Outcome<CvrpSolution> outcome = solver().solve(x101, Budget.of(Duration.ofSeconds(1)));
    assertEquals(28986, outcome.objectiveValue());
    assertTrue(outcome.objectiveValue() <= 1.06 * 27591);
  }

  @Test
  void isRegisteredButNotTheDefault() {
    SolverProvider provider = Solvers.provider(Cvrp.ID, CvrpSavings.ID);
    assertFalse(provider.isDefault());
    assertInstanceOf(CvrpSavings.class, Solvers.create(new Cvrp(), CvrpSavings.ID));
  }
}
