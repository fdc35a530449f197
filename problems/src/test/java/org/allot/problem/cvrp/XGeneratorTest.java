package org.allot.problem.cvrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.allot.problem.contract.SeededProperty;
import org.allot.problem.cvrp.XGenerator.CustomerPositioning;
import org.allot.problem.cvrp.XGenerator.DemandDistribution;
import org.allot.problem.cvrp.XGenerator.DepotPositioning;
import org.junit.jupiter.api.Test;

/**
 * The X generator: seeded, X-like (grid, distinct points, demand ranges, Q and k), and faithful
 * to each attribute it is given.
 */
class XGeneratorTest {

  @Test
  void theSameRandomStateGivesTheSameInstance() {
    SeededProperty.check("X generator: same seed, same instance", 30, random -> {
      XGenerator g = XGenerator.random(random.nextInt(1, 150));
      long seed = random.nextLong();
      assertEquals(g.generate(new SplittableRandom(seed)), g.generate(new SplittableRandom(seed)));
    });
    XGenerator g = XGenerator.random(50);
    assertNotEquals(g.generate(new SplittableRandom(1)), g.generate(new SplittableRandom(2)));
  }

  @Test
  void everyInstanceIsXLike() {
    SeededProperty.check("X generator: X-like instances", 60, random -> {
      int n = random.nextInt(1, 300);
      CvrpInstance i = XGenerator.random(n).generate(random);
      assertEquals(n, i.customers());
      assertEquals(EdgeWeightType.EUC_2D, i.edgeWeightType());
      assertEquals(0, i.vehicles());
      Set<Long> points = new HashSet<>();
      int maxDemand = 0;
      for (int v = 0; v <= n; v++) {
        double x = i.xOf(v);
        double y = i.yOf(v);
        assertTrue(x == Math.rint(x) && y == Math.rint(y), "integer coordinates");
        assertTrue(x >= 0 && x <= 1000 && y >= 0 && y <= 1000, "(" + x + ", " + y + ")");
        assertTrue(points.add((long) x * 1001 + (long) y), "point (" + x + ", " + y + ") twice");
        if (v > 0) {
          assertTrue(i.demandOf(v) >= 1 && i.demandOf(v) <= 100, "demand " + i.demandOf(v));
          maxDemand = Math.max(maxDemand, i.demandOf(v));
        }
      }
      assertTrue(i.capacity() >= maxDemand, "Q < max demand");
      double r = (double) i.capacity() * n / i.totalDemand();
      assertTrue(r < 25 + (double) n * maxDemand / i.totalDemand(), "r = " + r);
      assertTrue(i.name().startsWith("X-n" + (n + 1) + "-k" + i.minimumRoutes() + "_"), i.name());
      assertTrue(i.name().matches("X-n\\d+-k\\d+_[CER]_(R|C|RC)_(U|1-10|5-10|1-100|50-100|Q|SL)"),
          i.name());
    });
  }

  @Test
  void givenAttributesAreHonoured() {
    SplittableRandom random = new SplittableRandom(5);
    CvrpInstance c = new XGenerator(200, DepotPositioning.CENTRAL, CustomerPositioning.RANDOM,
        DemandDistribution.UNITARY, 6.2).generate(random);
    assertEquals(500, c.xOf(0));
    assertEquals(500, c.yOf(0));
    assertEquals(7, c.capacity(), "ceil(6.2 * 200 / 200)");
    assertEquals("X-n201-k29_C_R_U", c.name());
    CvrpInstance e = new XGenerator(100, DepotPositioning.ECCENTRIC, null, null, null)
        .generate(random, "mine");
    assertEquals(0, e.xOf(0) + e.yOf(0));
    assertEquals("mine", e.name());
  }

  @Test
  void demandRangesFollowTheDistribution() {
    int[][] ranges = {{1, 1}, {1, 10}, {5, 10}, {1, 100}, {50, 100}, {1, 100}, {1, 100}};
    for (DemandDistribution d : DemandDistribution.values()) {
      CvrpInstance i = new XGenerator(1000, null, null, d, null).generate(new SplittableRandom(9));
      int lo = Integer.MAX_VALUE;
      int hi = 0;
      for (int v = 1; v <= i.customers(); v++) {
        lo = Math.min(lo, i.demandOf(v));
        hi = Math.max(hi, i.demandOf(v));
        if (d == DemandDistribution.QUADRANT) {
          boolean large = (i.xOf(v) < 500) == (i.yOf(v) < 500);
          assertEquals(large, i.demandOf(v) > 50, "quadrant of customer " + v);
        }
        if (d == DemandDistribution.MANY_SMALL_FEW_LARGE) {
          assertTrue(i.demandOf(v) <= 10 || i.demandOf(v) >= 50, "demand " + i.demandOf(v));
        }
      }
      int[] range = ranges[d.ordinal()];
      assertEquals(range[0], lo, d + " min");
      assertEquals(range[1], hi, d + " max");
    }
  }

  @Test
  void clusteredCustomersLieCloserTogetherThanRandomOnes() {
    double random = meanNearestNeighbour(CustomerPositioning.RANDOM);
    double clustered = meanNearestNeighbour(CustomerPositioning.CLUSTERED);
    double mixed = meanNearestNeighbour(CustomerPositioning.RANDOM_CLUSTERED);
    assertTrue(clustered < 0.6 * random, clustered + " vs " + random);
    assertTrue(clustered < mixed && mixed < random, clustered + " < " + mixed + " < " + random);
  }

  @Test
  void theRouteSizeFollowsTriangular3To6To25() {
    SplittableRandom random = new SplittableRandom(11);
    int draws = 20_000;
    double sum = 0;
    int belowMode = 0;
    for (int k = 0; k < draws; k++) {
      double r = XGenerator.triangular(random, 3, 6, 25);
      assertTrue(r >= 3 && r <= 25, "r = " + r);
      sum += r;
      belowMode += r < 6 ? 1 : 0;
    }
    assertEquals((3 + 6 + 25) / 3.0, sum / draws, 0.15, "mean");
    assertEquals(3.0 / 22, (double) belowMode / draws, 0.01, "P(r < 6)");
  }

  @Test
  void aThousandClusteredCustomersAreQuick() {
    long t0 = System.nanoTime();
    CvrpInstance i = new XGenerator(1000, DepotPositioning.RANDOM, CustomerPositioning.CLUSTERED,
        null, null).generate(new SplittableRandom(3));
    assertEquals(1000, i.customers());
    assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "took over 2 s");
  }

  @Test
  void badArgumentsAreNamed() {
    assertEquals("customers must be in 1..100000, got 0", assertThrows(
        IllegalArgumentException.class, () -> XGenerator.random(0)).getMessage());
    assertEquals("routeSize must be positive and finite, got -1.0", assertThrows(
        IllegalArgumentException.class, () -> new XGenerator(5, null, null, null, -1.0))
        .getMessage());
  }

  private static double meanNearestNeighbour(CustomerPositioning positioning) {
    double total = 0;
    int count = 0;
    for (long seed = 0; seed < 5; seed++) {
      CvrpInstance i = new XGenerator(300, DepotPositioning.CENTRAL, positioning,
          DemandDistribution.UNITARY, 10.0).generate(new SplittableRandom(seed));
      for (int a = 1; a <= i.customers(); a++) {
        int best = Integer.MAX_VALUE;
        for (int b = 1; b <= i.customers(); b++) {
          if (a != b) {
            best = Math.min(best, i.distance(a, b));
          }
        }
        total += best;
        count++;
      }
    }
    return total / count;
  }
}
