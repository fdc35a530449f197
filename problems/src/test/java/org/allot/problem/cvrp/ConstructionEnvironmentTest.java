package org.allot.problem.cvrp;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.allot.problem.Environment;
import org.allot.problem.Evaluation;
import org.allot.problem.Problem;
import org.allot.problem.Step;
import org.allot.problem.contract.EnvironmentContract;
import org.allot.problem.contract.SeededProperty;
import org.junit.jupiter.api.Test;

/** The construction MDP against the shared environment contract, and its documented rules. */
class ConstructionEnvironmentTest extends EnvironmentContract<CvrpInstance, CvrpSolution> {
  private static final float EPS = 1e-6f;
  private final Cvrp cvrp = new Cvrp();

  @Override
  protected Problem<CvrpInstance, CvrpSolution> problem() {
    return cvrp;
  }

  @Override
  protected List<CvrpInstance> sampleInstances() {
    return List.of(CvrpFixtures.tiny(), CvrpFixtures.tinyExplicit(), CvrpFixtures.decimals(),
        fullLoads(), CvrpFixtures.x(4, 20), CvrpFixtures.x(5, 80));
  }

  @Override
  protected Environment<CvrpSolution> environment(CvrpInstance instance) {
    return new ConstructionEnvironment(instance);
  }

  @Override
  protected double expectedReturn(CvrpInstance instance, Evaluation e) {
    return -e.objective();
  }

  @Override
  protected int maxSteps(CvrpInstance instance) {
    return 2 * instance.customers() - 1;
  }

  /** Every demand equals Q: each route serves one customer, so the depot is forced in between. */
  private static CvrpInstance fullLoads() {
    return CvrpInstance.euclidean("full", 3, new int[] {0, 3, 3, 3}, new double[] {0, 1, 2, 3},
        new double[] {0, 0, 0, 0});
  }

  @Test
  void aTinyEpisodeFollowsTheDocumentedObservationMaskAndRewards() {
    ConstructionEnvironment env = new ConstructionEnvironment(CvrpFixtures.tiny());
    env.reset(0);
    assertEquals(5, env.actionCount());
    assertEquals(5 * ConstructionEnvironment.NODE_FEATURES + 2, env.observationSize());
    // Bounding box x -4..6, y -3..8: side 11. Largest distance 15 (node 2 to node 4).
    float s = 11;
    assertObservation(env, new float[] {
        4 / s, 3 / s, 0, 0, 1, 0,
        7 / s, 7 / s, 0.4f, 0, 0, 5 / 15f,
        10 / s, 1, 0.5f, 0, 0, 10 / 15f,
        4 / s, 8 / s, 0.3f, 0, 0, 5 / 15f,
        0, 0, 0.6f, 0, 0, 5 / 15f,
        1, 0});
    assertMask(env, false, true, true, true, true);
    assertStep(env.step(1), -5, false);
    assertMask(env, true, false, true, true, true);
    assertStep(env.step(2), -5, false);
    assertEquals(1, env.remainingCapacity());
    assertMask(env, true, false, false, false, false);
    assertObservation(env, new float[] {
        4 / s, 3 / s, 0, 0, 0, 10 / 15f,
        7 / s, 7 / s, 0.4f, 1, 0, 5 / 15f,
        10 / s, 1, 0.5f, 1, 1, 0,
        4 / s, 8 / s, 0.3f, 0, 0, 7 / 15f,
        0, 0, 0.6f, 0, 0, 1,
        0.1f, 0.5f});
    assertStep(env.step(0), -10, false);
    assertEquals(0, env.currentNode());
    assertEquals(10, env.remainingCapacity());
    assertMask(env, false, false, false, true, true);
    assertStep(env.step(3), -5, false);
    assertStep(env.step(4), -9 - 5, true);
    assertTrue(env.done());
    assertEquals(0, env.currentNode());
    assertMask(env, false, false, false, false, false);
    assertArrayEquals(CvrpFixtures.TINY_ROUTES, env.solution().routes());
  }

  @Test
  void maskedStepsSayWhy() {
    ConstructionEnvironment env = new ConstructionEnvironment(CvrpFixtures.tiny());
    assertEquals("action 0 is masked: the vehicle is at the depot (routes may not be empty)",
        assertThrows(IllegalArgumentException.class, () -> env.step(0)).getMessage());
    env.step(4);
    assertEquals("action 4 is masked: customer 4 is already visited",
        assertThrows(IllegalArgumentException.class, () -> env.step(4)).getMessage());
    env.step(3);
    assertEquals("action 2 is masked: customer 2's demand 5 exceeds the remaining load 1",
        assertThrows(IllegalArgumentException.class, () -> env.step(2)).getMessage());
    assertEquals("action 5 is out of range 0..4",
        assertThrows(IllegalArgumentException.class, () -> env.step(5)).getMessage());
  }

  @Test
  void stepAfterTheEndAndSolutionBeforeTheEndAreRefused() {
    ConstructionEnvironment env = new ConstructionEnvironment(CvrpFixtures.tiny());
    env.reset(0);
    assertEquals("the episode is not over: 0 of 4 customers visited",
        assertThrows(IllegalStateException.class, env::solution).getMessage());
    for (int a : new int[] {1, 2, 0, 3, 4}) {
      env.step(a);
    }
    assertThrows(IllegalStateException.class, () -> env.step(0));
    env.reset(1);
    assertFalse(env.done());
    assertEquals(10, env.remainingCapacity());
  }

  @Test
  void aSingleCustomerEpisodeIsOneStepThereAndBack() {
    CvrpInstance one = CvrpInstance.euclidean("one", 5, new int[] {0, 5}, new double[] {0, 3},
        new double[] {0, 4});
    ConstructionEnvironment env = new ConstructionEnvironment(one);
    assertStep(env.step(1), -10, true);
    assertArrayEquals(new int[][] {{1}}, env.solution().routes());
  }

  @Test
  void everyEpisodeEndsWithAFeasibleSolutionAndNoEmptyRoute() {
    SeededProperty.check("construction episodes end feasibly", 40, random -> {
      CvrpInstance i = XGenerator.random(random.nextInt(1, 60)).generate(random);
      ConstructionEnvironment env = new ConstructionEnvironment(i);
      Rollout r = rollout(env, random.nextLong(), 2 * i.customers());
      CvrpSolution s = env.solution();
      assertEquals(-Cvrp.costOf(i, s), r.total(), 1e-9);
      for (int[] route : s.routes()) {
        assertTrue(route.length > 0, "empty route");
      }
      assertEquals(i.customers() + s.routeCount() - 1, r.actions().length);
    });
  }

  private static void assertObservation(ConstructionEnvironment env, float[] expected) {
    assertObservationWithin(env, expected, EPS);
  }
}
