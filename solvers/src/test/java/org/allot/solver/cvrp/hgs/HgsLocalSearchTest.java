package org.allot.solver.cvrp.hgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.allot.problem.contract.SeededProperty;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.DistanceMatrix;
import org.allot.problem.cvrp.EdgeWeightType;
import org.allot.solver.Deadline;
import org.junit.jupiter.api.Test;

/**
 * Every move the local search applies lowers the penalised cost by exactly what it claimed and
 * leaves loads, lengths, positions and links consistent (checked after each move against a
 * recomputation); the educated individual is a permutation whose evaluation matches.
 */
class HgsLocalSearchTest {
  private static final Deadline NEVER = Deadline.after(Duration.ofDays(1));

  @Test
  void movesNeverIncreaseThePenalisedCostAndKeepRouteDataConsistent() {
    SeededProperty.check("local search moves", 150, random -> {
      CvrpInstance instance = instance(random);
      educateOnce(instance, random);
    });
  }

  @Test
  void movesAreConsistentOnX101() {
    CvrpInstance x = HgsFixtures.shared("X-n101-k25")
        .orElseGet(() -> HgsFixtures.random(new SplittableRandom(101), 100, 100, 4));
    SeededProperty.check("local search moves on " + x.name(), 4, random -> educateOnce(x, random));
  }

  @Test
  void granularNeighbourhoodsHoldTheNearestAndAreSymmetric() {
    SeededProperty.check("granular neighbourhoods", 30, random -> {
      CvrpInstance instance = HgsFixtures.random(random, 2 + random.nextInt(80), 10, 4);
      int k = 1 + random.nextInt(25);
      HgsData data = HgsData.of(instance, k, 0);
      for (int i = 1; i <= data.n; i++) {
        int me = i;
        int[] near = data.neighbours[i];
        for (int t = 1; t < near.length; t++) {
          assertTrue(near[t - 1] < near[t], "not increasing");
        }
        for (int j : near) {
          assertTrue(j != i && Arrays.binarySearch(data.neighbours[j], i) >= 0,
              i + " and " + j + " are not mutual neighbours");
        }
        int[] nearest = IntStream.rangeClosed(1, data.n).filter(j -> j != me).boxed()
            .sorted(Comparator.comparingInt((Integer j) -> data.d(me, j)).thenComparing(j -> j))
            .limit(k).mapToInt(Integer::intValue).toArray();
        for (int j : nearest) {
          assertTrue(Arrays.binarySearch(near, j) >= 0, j + " is not a neighbour of " + i);
        }
      }
    });
  }

  private static void educateOnce(CvrpInstance instance, SplittableRandom random) {
    HgsParameters parameters = HgsParameters.defaults();
    if (random.nextInt(4) == 0) {
      parameters = parameters.withSwapStar(false);
    }
    HgsData data = HgsData.of(instance, 1 + random.nextInt(20), 0);
    HgsLocalSearch search = new HgsLocalSearch(data, parameters, random);
    HgsIndividual individual = new HgsIndividual(data.n, data.fleet, 2);
    HgsSplitTest.randomTour(individual.tour, random);
    double penalty = random.nextInt(3) == 0 ? 1000 : 0.1 + 20 * random.nextDouble();
    new HgsSplit(data).split(individual, 1 + random.nextInt(data.fleet), penalty);
    double before = individual.penalizedCost;
    double[] current = {before};
    search.observeMoves(claimed -> {
      double now = verify(search.routes());
      assertTrue(claimed < 0, "an applied move claimed a change of " + claimed);
      assertEquals(current[0] + claimed, now, 1e-6 * Math.max(1, now), "a move claimed a change"
          + " of " + claimed + " but the penalised cost went from " + current[0] + " to " + now);
      current[0] = now;
    });
    search.run(individual, penalty, penalty, NEVER);
    assertTrue(individual.penalizedCost <= before + 1e-6,
        "education raised the penalised cost from " + before + " to " + individual.penalizedCost);
    boolean[] seen = new boolean[data.n + 1];
    for (int c : individual.tour) {
      assertTrue(!seen[c], "customer " + c + " twice");
      seen[c] = true;
    }
    double cost = individual.penalizedCost;
    individual.evaluate(data, penalty);
    assertEquals(cost, individual.penalizedCost, 1e-6);
    assertTrue(instance.vehicles() == 0 || individual.routes <= instance.vehicles());
  }

  /**
   * Checks every route's links, loads, lengths, positions and cumulated data against a
   * recomputation, and that each customer is visited once; returns the total penalised cost.
   */
  static double verify(HgsRoutes r) {
    double total = 0;
    int[] seen = new int[r.n + 1];
    for (int route = 0; route < r.fleet; route++) {
      int load = 0;
      int length = 0;
      int count = 0;
      for (int c = r.start(route); c != r.end(route); c = r.next[c]) {
        int nx = r.next[c];
        assertTrue(r.prev[nx] == c && r.routeOf[nx] == route,
            "broken link " + c + " -> " + nx + " in route " + route);
        load += r.demand[nx];
        length += r.dist[c * r.stride + nx];
        if (nx <= r.n) {
          count++;
          seen[nx]++;
          assertTrue(r.cumLoad[nx] == load && r.cumDist[nx] == length && r.position[nx] == count,
              "stale data at customer " + nx + " of route " + route);
        }
      }
      assertEquals(load, r.load[route], "load of route " + route);
      assertEquals(length, r.length[route], "length of route " + route);
      assertEquals(count, r.size[route], "size of route " + route);
      total += length + r.excessPenalty(load);
    }
    for (int c = 1; c <= r.n; c++) {
      assertEquals(1, seen[c], "visits of customer " + c);
    }
    return total;
  }

  /** A random instance: sometimes without coordinates, sometimes with a limited fleet. */
  private static CvrpInstance instance(SplittableRandom random) {
    int n = 2 + random.nextInt(60);
    CvrpInstance i = HgsFixtures.random(random, n, 1 + random.nextInt(50), 1 + random.nextInt(8));
    if (random.nextInt(4) == 0) {
      int[][] full = new int[n + 1][n + 1];
      for (int a = 0; a <= n; a++) {
        for (int b = 0; b <= n; b++) {
          full[a][b] = i.distance(a, b);
        }
      }
      i = new CvrpInstance("explicit", i.capacity(), i.demand(), null, null,
          EdgeWeightType.EXPLICIT, DistanceMatrix.explicit(full), 0);
    }
    if (random.nextInt(4) == 0) {
      i = CvrpHgsTest.withVehicles(i, i.minimumRoutes() + random.nextInt(2));
    }
    return i;
  }
}
