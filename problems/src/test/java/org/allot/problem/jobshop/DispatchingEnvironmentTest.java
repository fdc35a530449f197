package org.allot.problem.jobshop;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.Environment;
import org.allot.problem.Evaluation;
import org.allot.problem.Problem;
import org.allot.problem.Step;
import org.allot.problem.contract.EnvironmentContract;
import org.junit.jupiter.api.Test;

/** The dispatching MDP against the shared environment contract, and its documented features. */
class DispatchingEnvironmentTest extends EnvironmentContract<JobShopInstance, JobShopSchedule> {
  private static final float EPS = 1e-6f;
  private final JobShop jobShop = new JobShop();

  @Override
  protected Problem<JobShopInstance, JobShopSchedule> problem() {
    return jobShop;
  }

  @Override
  protected List<JobShopInstance> sampleInstances() {
    return List.of(JobShopFixtures.tiny(), JobShopFixtures.ft06(),
        JobShopFixtures.withZeroDuration(), JobShopFixtures.random(5, 6, 4, 0, 9));
  }

  @Override
  protected Environment<JobShopSchedule> environment(JobShopInstance instance) {
    return new DispatchingEnvironment(instance);
  }

  @Override
  protected double expectedReturn(JobShopInstance instance, Evaluation e) {
    return -e.objective();
  }

  @Override
  protected int maxSteps(JobShopInstance instance) {
    return instance.totalOperations();
  }

  @Test
  void observationFollowsTheDocumentedFeaturesOnATinyInstance() {
    DispatchingEnvironment env = new DispatchingEnvironment(JobShopFixtures.tiny());
    env.reset(0);
    assertEquals(2, env.actionCount());
    assertEquals(2 * DispatchingEnvironment.FEATURES, env.observationSize());
    // Largest duration 4. Job 0: (m0, 3) (m1, 2); job 1: (m1, 4) (m0, 1).
    assertObservation(env, new float[] {
        0, 0.75f, 1, 1, 0, 0,
        0, 1, 1, 1, 0, 0});
    assertStep(env.step(0), -3, false);
    // Job 0 waits for itself until 3 on an idle m1; job 1 can start on m1 at 0.
    assertObservation(env, new float[] {
        0, 0.5f, 0.4f, 0.5f, 0.75f, 0.75f,
        0, 1, 1, 1, 0, 0});
    assertStep(env.step(1), -1, false);
    // m1 is busy until 4; job 1's next op (m0, free at 3) waits for its job until 4.
    assertObservation(env, new float[] {
        0, 0.5f, 0.4f, 0.5f, 0, 0,
        0, 0.25f, 0.2f, 0.5f, 0, 0.25f});
    assertStep(env.step(0), -2, false);
    assertObservation(env, new float[] {
        1, 0, 0, 0, 0, 0,
        0, 0.25f, 0.2f, 0.5f, 0, 0.25f});
    assertMask(env, false, true);
    assertStep(env.step(1), 0, true);
    assertTrue(env.done());
    assertObservation(env, new float[] {1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0});
    assertMask(env, false, false);
    assertArrayEquals(new int[][] {{0, 4}, {0, 4}}, env.solution().start());
    assertEquals(6, JobShop.makespanOf(env.instance(), env.solution()));
  }

  @Test
  void stepAfterTheEndAndSolutionBeforeTheEndAreRefused() {
    DispatchingEnvironment env = new DispatchingEnvironment(JobShopFixtures.tiny());
    env.reset(0);
    assertThrows(IllegalStateException.class, env::solution);
    assertThrows(IllegalArgumentException.class, () -> env.step(2));
    for (int a : new int[] {0, 0, 1, 1}) {
      env.step(a);
    }
    assertThrows(IllegalStateException.class, () -> env.step(0));
  }

  @Test
  void resetStartsAFreshEpisode() {
    DispatchingEnvironment env = new DispatchingEnvironment(JobShopFixtures.ft06());
    float[] fresh = new float[env.observationSize()];
    env.reset(0);
    env.observe(fresh);
    rollout(env, 4, 36);
    env.reset(1);
    float[] again = new float[env.observationSize()];
    env.observe(again);
    assertArrayEquals(fresh, again, 0f);
  }

  @Test
  void theOptimalFt06ScheduleIsReachableByDispatchingInStartOrder() {
    JobShopInstance ft06 = JobShopFixtures.ft06();
    JobShopSchedule optimal = new JobShopSchedule(JobShopFixtures.FT06_OPTIMAL_STARTS);
    assertEquals(JobShopFixtures.FT06_OPTIMUM, JobShop.makespanOf(ft06, optimal));
    DispatchingEnvironment env = new DispatchingEnvironment(ft06);
    env.reset(0);
    double total = 0;
    for (int job : jobsInStartOrder(ft06, optimal)) {
      total += env.step(job).reward();
    }
    assertTrue(env.done());
    assertEquals(JobShopFixtures.FT06_OPTIMUM, JobShop.makespanOf(ft06, env.solution()));
    assertEquals(-JobShopFixtures.FT06_OPTIMUM, total, 0.0);
    assertEquals(optimal, env.solution(), "the optimum found offline is semi-active");
  }

  @Test
  void dispatchingAnyFeasibleScheduleInStartOrderNeverStartsLater() {
    SplittableRandom random = new SplittableRandom(2024);
    for (JobShopInstance instance : sampleInstances()) {
      for (int t = 0; t < 20; t++) {
        JobShopSchedule original = delayed(instance,
            JobShopFixtures.randomDispatch(instance, random).toSchedule(), random);
        int makespan = JobShop.makespanOf(instance, original);
        SemiActiveSchedule again = JobShopFixtures.dispatchInStartOrder(instance, original);
        assertTrue(again.makespan() <= makespan, instance.name());
        for (int j = 0; j < instance.jobs(); j++) {
          for (int o = 0; o < instance.operations(j); o++) {
            assertTrue(again.startOf(j, o) <= original.startOf(j, o),
                instance.name() + ": job " + j + ", op " + o + " starts later");
          }
        }
      }
    }
  }

  @Test
  void aZeroLengthOperationMayRunInsideAnotherOnItsMachine() {
    // Job 0: (m1, 5) (m0, 0) (m2, 5); job 1: (m0, 10). Optimum 10: job 0's zero-length operation
    // runs at 5 while job 1 occupies m0 over [0, 10).
    JobShopInstance instance = new JobShopInstance("inside", 3,
        new int[][] {{1, 0, 2}, {0}}, new int[][] {{5, 0, 5}, {10}});
    JobShopSchedule optimal = new JobShopSchedule(new int[][] {{0, 5, 5}, {0}});
    assertEquals(10, JobShop.makespanOf(instance, optimal));
    SemiActiveSchedule again = JobShopFixtures.dispatchInStartOrder(instance, optimal);
    assertEquals(10, again.makespan());
    assertEquals(optimal, again.toSchedule());
  }

  /** Delays random operations (and all that follow them in time), keeping the schedule feasible. */
  private static JobShopSchedule delayed(JobShopInstance instance, JobShopSchedule schedule,
      SplittableRandom random) {
    int[][] start = schedule.start();
    for (int k = 0; k < 3; k++) {
      int threshold = start[random.nextInt(start.length)][0];
      int by = random.nextInt(1, 20);
      for (int[] row : start) {
        for (int o = 0; o < row.length; o++) {
          row[o] += row[o] >= threshold ? by : 0;
        }
      }
    }
    JobShopSchedule d = new JobShopSchedule(start);
    JobShop.makespanOf(instance, d);
    return d;
  }

  private static int[] jobsInStartOrder(JobShopInstance instance, JobShopSchedule schedule) {
    SemiActiveSchedule probe = new SemiActiveSchedule(instance);
    int[] order = new int[instance.totalOperations()];
    int k = 0;
    while (!probe.complete()) {
      int best = -1;
      for (int j = 0; j < instance.jobs(); j++) {
        if (probe.unfinished(j) && (best < 0
            || schedule.startOf(j, probe.nextOp(j)) < schedule.startOf(best, probe.nextOp(best)))) {
          best = j;
        }
      }
      probe.dispatch(best);
      order[k++] = best;
    }
    return order;
  }

  private static void assertObservation(DispatchingEnvironment env, float[] expected) {
    assertObservationWithin(env, expected, EPS);
  }
}
