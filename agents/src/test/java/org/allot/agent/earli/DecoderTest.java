package org.allot.agent.earli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.Evaluation;
import org.allot.problem.cvrp.Cvrp;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.XGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rollouts visit every customer once within capacity, and offer the right candidates. */
class DecoderTest {
  private static final EarliNetwork NETWORK = new EarliNetwork(Fixtures.WEIGHTS);

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 4, 16})
  void everyRolloutIsAFeasibleSolution(int candidates) {
    Decoder decoder = new Decoder(NETWORK, candidates);
    for (long seed = 1; seed <= 6; seed++) {
      CvrpInstance instance = Fixtures.instance(30 + 10 * (int) seed, seed);
      Encoding e = NETWORK.encode(instance);
      for (Decoder.Rollout r : decoder.decode(e, 5, true, 1, new SplittableRandom(seed), null,
          null)) {
        Evaluation v = new Cvrp().evaluate(instance, r.solution());
        assertTrue(v.feasible(), () -> instance.name() + ": " + v.violations());
        assertEquals(v.objective(), r.cost(), 0);
      }
    }
  }

  @Test
  void aCustomerOffersItsNearestFeasibleUnvisitedCustomersAndTheDepot() {
    CvrpInstance instance = Fixtures.instance(60, 11);
    Encoding e = NETWORK.encode(instance);
    int k = 5;
    List<int[]> seen = new ArrayList<>();
    boolean[] visited = new boolean[instance.nodes()];
    int[] remaining = {instance.capacity()};
    Decoder.Recorder check = (r, current, load, cand, count, chosen, logProb) -> {
      if (current == 0) {
        remaining[0] = instance.capacity(); // forced returns to the depot are not recorded
      } else {
        assertEquals(0, cand[0], "the depot comes first");
        int[] expected = nearestFeasible(instance, e, current, visited, remaining[0], k);
        assertArrayEquals(expected, Arrays.copyOfRange(cand, 1, count), "at " + current);
        seen.add(cand.clone());
      }
      if (chosen == 0) {
        remaining[0] = instance.capacity();
      } else {
        visited[chosen] = true;
        remaining[0] -= instance.demandOf(chosen);
      }
    };
    new Decoder(NETWORK, k).decode(e, 1, false, 1, new SplittableRandom(3), null, check);
    assertTrue(seen.size() > 20);
  }

  private static int[] nearestFeasible(CvrpInstance instance, Encoding e, int from,
      boolean[] visited, int remaining, int k) {
    NodeFeatures f = e.features();
    return java.util.stream.IntStream.range(1, instance.nodes())
        .filter(j -> j != from && !visited[j] && instance.demandOf(j) <= remaining)
        .boxed()
        .sorted((a, b) -> {
          int c = Float.compare((float) Math.hypot(f.x()[from] - f.x()[a], f.y()[from] - f.y()[a]),
              (float) Math.hypot(f.x()[from] - f.x()[b], f.y()[from] - f.y()[b]));
          return c != 0 ? c : Integer.compare(a, b);
        })
        .limit(k).mapToInt(Integer::intValue).toArray();
  }

  @Test
  void theGreedyRolloutTakesTheHighestScoreAndTheSameSeedSamplesTheSameRollouts() {
    CvrpInstance instance = Fixtures.instance(50, 12);
    Encoding e = NETWORK.encode(instance);
    Decoder decoder = new Decoder(NETWORK, 8);
    float[] u = new float[instance.nodes()];
    decoder.decode(e, 1, true, 1, new SplittableRandom(1), null,
        (r, current, load, cand, count, chosen, logProb) -> {
          new Decoder(NETWORK, 8).scores(e, current, load, cand, count, u);
          int best = 0;
          for (int j = 1; j < count; j++) {
            best = u[j] > u[best] ? j : best;
          }
          assertEquals(cand[best], chosen);
        });
    Decoder.Rollout[] a = decoder.decode(e, 4, true, 0.5, new SplittableRandom(9), null, null);
    Decoder.Rollout[] b = decoder.decode(e, 4, true, 0.5, new SplittableRandom(9), null, null);
    for (int r = 0; r < 4; r++) {
      assertEquals(a[r].solution(), b[r].solution());
    }
    assertTrue(a[0].greedy() && !a[1].greedy());
  }

  @Test
  void forcedStartsBeginTheFirstRoute() {
    CvrpInstance instance = Fixtures.instance(20, 13);
    Decoder.Rollout[] out = new Decoder(NETWORK, 4).decode(NETWORK.encode(instance), 3, false, 1,
        new SplittableRandom(2), new int[] {5, 9, 17}, null);
    assertEquals(5, out[0].solution().route(0)[0]);
    assertEquals(9, out[1].solution().route(0)[0]);
    assertEquals(17, out[2].solution().route(0)[0]);
  }

  @Test
  void anInstanceWithoutCoordinatesIsRefusedWithTheReason() {
    CvrpInstance coordinates = Fixtures.instance(5, 14);
    int n = coordinates.nodes();
    int[][] d = new int[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        d[i][j] = coordinates.distance(i, j);
      }
    }
    CvrpInstance matrix = explicit(coordinates, d);
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> NETWORK.encode(matrix));
    assertTrue(x.getMessage().contains("no node coordinates"), x.getMessage());
  }

  private static CvrpInstance explicit(CvrpInstance c, int[][] d) {
    return new CvrpInstance("matrix", c.capacity(), c.demand(), null, null,
        org.allot.problem.cvrp.EdgeWeightType.EXPLICIT,
        org.allot.problem.cvrp.DistanceMatrix.explicit(d), 0);
  }

  @Test
  void unitDemandsAndFullLoadsStillCloseEveryRoute() {
    CvrpInstance instance = new XGenerator(40, XGenerator.DepotPositioning.ECCENTRIC,
        XGenerator.CustomerPositioning.CLUSTERED, XGenerator.DemandDistribution.UNITARY, 3.0)
        .generate(new SplittableRandom(15));
    for (Decoder.Rollout r : new Decoder(NETWORK, 2).decode(NETWORK.encode(instance), 3, true, 1,
        new SplittableRandom(1), null, null)) {
      assertTrue(new Cvrp().evaluate(instance, r.solution()).feasible());
    }
  }
}
