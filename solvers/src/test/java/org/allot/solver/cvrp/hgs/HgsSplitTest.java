package org.allot.solver.cvrp.hgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.allot.problem.contract.SeededProperty;
import org.allot.problem.cvrp.CvrpInstance;
import org.junit.jupiter.api.Test;

/** The linear Split finds the cheapest cut of a giant tour, as a brute force over all cuts. */
class HgsSplitTest {
  @Test
  void splitMatchesBruteForceOnSmallTours() {
    SeededProperty.check("split = brute force", 300, random -> {
      int n = 1 + random.nextInt(10);
      CvrpInstance instance = HgsFixtures.random(random, n, 1 + random.nextInt(30),
          1 + random.nextInt(4));
      if (random.nextInt(3) == 0) {
        instance = CvrpHgsTest.withVehicles(instance,
            instance.minimumRoutes() + random.nextInt(3));
      }
      HgsData data = HgsData.of(instance, 5, 0);
      HgsIndividual individual = new HgsIndividual(n, data.fleet, 2);
      randomTour(individual.tour, random);
      double penalty = random.nextInt(4) == 0 ? 0.1 : 0.1 + 50 * random.nextDouble();
      int maxRoutes = 1 + random.nextInt(data.fleet);
      HgsSplit split = new HgsSplit(data);
      split.split(individual, maxRoutes, penalty);
      int limit = Math.min(data.fleet, Math.max(maxRoutes, data.minRoutes));
      double best = bruteForce(data, individual.tour, penalty, limit);
      assertEquals(best, split.cost(), 1e-3, "split cost");
      assertEquals(best, individual.penalizedCost, 1e-3, "cost of the routes written");
      assertTrue(individual.routes <= limit, "routes " + individual.routes + " > " + limit);
    });
  }

  @Test
  void orderedCrossoverGivesAPermutation() {
    SeededProperty.check("OX child is a permutation", 200, random -> {
      int n = 2 + random.nextInt(30);
      int[] a = new int[n];
      int[] b = new int[n];
      randomTour(a, random);
      randomTour(b, random);
      int[] child = new int[n];
      new HgsOrderCrossover(n).cross(a, b, child, random);
      boolean[] seen = new boolean[n + 1];
      for (int i = 0; i < n; i++) {
        assertTrue(child[i] >= 1 && child[i] <= n && !seen[child[i]], "not a permutation");
        seen[child[i]] = true;
      }
    });
  }

  static void randomTour(int[] tour, SplittableRandom random) {
    for (int i = 0; i < tour.length; i++) {
      tour[i] = i + 1;
    }
    HgsLocalSearch.shuffle(tour, tour.length, random);
  }

  /** The cheapest cut of {@code tour} into at most {@code limit} routes, over all 2^(n-1). */
  static double bruteForce(HgsData data, int[] tour, double penalty, int limit) {
    int n = tour.length;
    double best = Double.POSITIVE_INFINITY;
    for (int mask = 0; mask < 1 << (n - 1); mask++) {
      if (Integer.bitCount(mask) + 1 > limit) {
        continue;
      }
      double cost = 0;
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (i == n - 1 || (mask >> i & 1) != 0) {
          cost += route(data, tour, from, i + 1, penalty);
          from = i + 1;
        }
      }
      best = Math.min(best, cost);
    }
    return best;
  }

  private static double route(HgsData data, int[] tour, int from, int to, double penalty) {
    long load = 0;
    long d = 0;
    int prev = 0;
    for (int i = from; i < to; i++) {
      load += data.demand[tour[i]];
      d += data.d(prev, tour[i]);
      prev = tour[i];
    }
    d += data.d(prev, 0);
    return d + penalty * Math.max(0, load - data.capacity);
  }
}
