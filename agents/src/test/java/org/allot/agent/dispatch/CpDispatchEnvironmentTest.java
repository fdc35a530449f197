package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.Environment;
import org.allot.problem.Evaluation;
import org.allot.problem.Problem;
import org.allot.problem.contract.EnvironmentContract;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.allot.solver.jobshop.NonDelayDispatcher;
import org.allot.solver.jobshop.PriorityRule;
import org.junit.jupiter.api.Test;

/** The CP dispatching MDP against the environment contract, and its documented semantics. */
class CpDispatchEnvironmentTest extends EnvironmentContract<JobShopInstance, JobShopSchedule> {
  private final JobShop jobShop = new JobShop();

  @Override
  protected Problem<JobShopInstance, JobShopSchedule> problem() {
    return jobShop;
  }

  @Override
  protected List<JobShopInstance> sampleInstances() {
    return List.of(Fixtures.tiny(), Fixtures.ft06(), Fixtures.withZeroDuration(),
        RandomJobShopGenerator.taillardLike(8, 5).generate(new SplittableRandom(5)));
  }

  @Override
  protected Environment<JobShopSchedule> environment(JobShopInstance instance) {
    return new CpDispatchEnvironment(instance);
  }

  @Override
  protected double expectedReturn(JobShopInstance instance, Evaluation e) {
    return -e.objective();
  }

  @Override
  protected int maxSteps(JobShopInstance instance) {
    return 2 * instance.totalOperations() + 1;
  }

  @Test
  void timeIsTheSmallestEarliestStartAndNoOpWaitsForTheNextTimePoint() {
    // Job 0: (m0, 3) (m1, 2); job 1: (m1, 4) (m0, 1).
    CpDispatchEnvironment env = new CpDispatchEnvironment(Fixtures.tiny());
    env.reset(0);
    assertMask(env, true, true, false);
    env.step(0);
    assertEquals(0, env.time());
    assertMask(env, false, true, true);
    env.step(2);
    // No-Op: job 1's op on m1 may no longer start at 0; the next time point is 3 (job 0 ready).
    assertEquals(3, env.time());
    assertMask(env, true, true, false);
    env.step(1);
    assertEquals(3, env.startOf(1, 0));
    assertEquals(7, env.time());
  }

  @Test
  void observationIsFiniteAndMarksLegalJobsAndMachines() {
    JobShopInstance instance = Fixtures.ft06();
    CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
    env.reset(0);
    float[] obs = new float[env.observationSize()];
    env.observe(obs);
    for (int j = 0; j < instance.jobs(); j++) {
      int b = j * DispatchObservation.PER_JOB;
      assertEquals(1f, obs[b + DispatchObservation.IS_START]);
      assertEquals(1f, obs[b + DispatchObservation.SLOT + DispatchObservation.IS_LEGAL]);
      assertEquals(instance.machineOf(j, 0), (int) obs[b + DispatchObservation.WINDOW
          * DispatchObservation.SLOT]);
    }
    assertFalse(new CpDispatchEnvironment(instance).noOpLegal());
  }

  @Test
  void positionsAreRelativeAndRemainingWorkFallsAlongTheJob() {
    SplittableRandom random = new SplittableRandom(3);
    for (int machines : new int[] {15, 20, 7}) {
      JobShopInstance instance = RandomJobShopGenerator.taillardLike(4, machines)
          .generate(random);
      CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
      env.reset(0);
      float[] obs = new float[env.observationSize()];
      env.observe(obs);
      // Slots 1-4 of each job hold operations 0-3 (slot 0 is the START token).
      for (int j = 0; j < instance.jobs(); j++) {
        float previousWork = Float.POSITIVE_INFINITY;
        for (int s = 1; s < DispatchObservation.WINDOW; s++) {
          int q = j * DispatchObservation.PER_JOB + s * DispatchObservation.SLOT;
          float position = obs[q + DispatchObservation.POSITION];
          assertEquals(s * DispatchObservation.POSITIONS / (machines + 1), position, 1e-5);
          float work = obs[q + DispatchObservation.REMAINING];
          assertTrue(work > 0 && work < previousWork, "remaining work " + work);
          previousWork = work;
        }
      }
    }
  }

  @Test
  void nonDelayRuleSchedulesAreReachable() {
    JobShopInstance instance = Fixtures.ft06();
    JobShopSchedule target = NonDelayDispatcher.dispatch(instance, PriorityRule.MWKR, 0);
    CpDispatchEnvironment env = ExpertReplay.replayAll(instance, target);
    assertEquals(target, env.solution());
  }
}
