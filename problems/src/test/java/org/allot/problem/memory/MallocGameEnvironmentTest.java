package org.allot.problem.memory;

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

/** The mallocGame against the shared environment contract, and its documented rules. */
class MallocGameEnvironmentTest extends EnvironmentContract<MemoryInstance, MemoryLayout> {
  private static final float EPS = 1e-6f;
  private final Memory memory = new Memory();

  @Override
  protected Problem<MemoryInstance, MemoryLayout> problem() {
    return memory;
  }

  /** Mapping instances, and packing ones roomy enough that a random rollout never gets stuck. */
  @Override
  protected List<MemoryInstance> sampleInstances() {
    MemoryInstance roomy = MemoryFixtures.randomPacking(5, 30).instance();
    return List.of(MemoryFixtures.tinyMapping(), MemoryFixtures.randomMapping(1, 30),
        MemoryFixtures.smallWorkload(2), MemoryFixtures.input12().withCapacity(20),
        roomy.withCapacity(64 * 1024));
  }

  @Override
  protected Environment<MemoryLayout> environment(MemoryInstance instance) {
    return new MallocGameEnvironment(instance, 8);
  }

  @Override
  protected double expectedReturn(MemoryInstance instance, Evaluation e) {
    return instance.isMapping() ? instance.costModel().allSlowTime() - e.objective()
        : -e.objective();
  }

  @Override
  protected int maxSteps(MemoryInstance instance) {
    return instance.buffers();
  }

  @Test
  void theTinyMappingGameByHand() {
    MallocGameEnvironment env = new MallocGameEnvironment(MemoryFixtures.tinyMapping(), 2);
    // Benefits: a 9 (step 0), b 4.5 + 4.5 = 9, c 18 + 18 = 36; per sqrt(size) c goes first.
    assertArrayEquals(new int[] {2, 1, 0}, env.order());
    assertEquals(3, env.actionCount());
    assertEquals(MallocGameEnvironment.FEATURES + 4, env.observationSize());
    assertMask(env, true, true, false);
    float[] obs = observe(env);
    assertArrayEquals(new float[] {20 / 25f, 2 / 3f, 1 / 3f, 1, 1, 1, 0, 0, 1, 1, 0.5f, 1,
        0, -1, 25 / 25f, -1}, obs, EPS);
    assertTimeStep(env.step(1), 36, false);
    assertEquals(1, env.current());
    // b (5 bytes) fits above c at 20; saves 4.5 in step 0 and 7 - 4 = 3 in step 1.
    long[] offered = new long[2];
    assertEquals(1, env.offeredOffsets(offered));
    assertEquals(20, offered[0]);
    obs = observe(env);
    assertEquals(7.5f / 36, obs[5], EPS);
    assertTimeStep(env.step(1), 7.5, false);
    // a (10 bytes) does not fit: only SLOW is legal.
    assertMask(env, true, false, false);
    assertThrows(IllegalArgumentException.class, () -> env.step(1));
    assertTimeStep(env.step(0), 0, true);
    assertEquals(new MemoryLayout(new long[] {-1, 20, 0}), env.solution());
    assertEquals(60 - 36 - 7.5, Memory.objectiveOf(env.instance(), env.solution()), 1e-12);
    assertEquals(60 - 36 - 7.5, env.totalTime(), 1e-12);
    assertMask(env, false, false, false);
    assertEquals(-1, env.current());
    assertThrows(IllegalStateException.class, () -> env.step(0));
  }

  @Test
  void aPackingEpisodeIsRewardedByMinusThePeakAndStuckBuffersGoSlowAtACost() {
    MallocGameEnvironment env = new MallocGameEnvironment(MemoryFixtures.input12(), 4);
    env.reset(0);
    // Packing order: decreasing size, then longer range first: b5, b4, b3, b2, b1.
    assertArrayEquals(new int[] {4, 3, 2, 1, 0}, env.order());
    assertMask(env, false, true, false, false, false);
    assertThrows(IllegalArgumentException.class, () -> env.step(0));
    assertTimeStep(env.step(1), -4, false);
    assertTimeStep(env.step(1), -4, false);
    assertTimeStep(env.step(1), 0, false);
    assertTimeStep(env.step(1), -4, false);
    assertTimeStep(env.step(1), 0, true);
    assertEquals(12, Memory.objectiveOf(env.instance(), env.solution()));

    MallocGameEnvironment tight = new MallocGameEnvironment(
        MemoryFixtures.input12().withCapacity(8), 4);
    for (int k = 0; k < 3; k++) {
      tight.step(1);
    }
    // b2 [3, 9) meets b5 at [0, 4) and b3 at [4, 8): nothing fits in 8 bytes.
    assertMask(tight, true, false, false, false, false);
    assertTimeStep(tight.step(0), -8, false);
  }

  @Test
  void onlyTheLowestKFittingOffsetsAreOffered() {
    SeededProperty.check("offered = the lowest K fitting offsets", 20, random -> {
      MemoryInstance in = MemoryFixtures.randomMapping(random.nextLong(), 60);
      int k = random.nextInt(1, 4);
      MallocGameEnvironment env = new MallocGameEnvironment(in, k);
      CanonicalOffsets canonical = new CanonicalOffsets(in);
      long[] offsets = new long[in.buffers()];
      java.util.Arrays.fill(offsets, MemoryLayout.SLOW);
      long[] offered = new long[k];
      long[] all = new long[in.buffers() + 1];
      float[] obs = new float[env.observationSize()];
      while (!env.done()) {
        int b = env.current();
        int total = canonical.fitting(offsets, b, all, null);
        int legal = env.offeredOffsets(offered);
        assertEquals(Math.min(total, k), legal);
        assertArrayEquals(java.util.Arrays.copyOf(all, legal),
            java.util.Arrays.copyOf(offered, legal));
        env.observe(obs);
        assertEquals(Math.min(1f, (float) total / k), obs[10], EPS);
        int action = legal == 0 ? 0 : random.nextInt(legal + 1);
        offsets[b] = action == 0 ? MemoryLayout.SLOW : offered[action - 1];
        env.step(action);
      }
      assertArrayEquals(offsets, env.solution().offsets());
    });
  }

  @Test
  void resetStartsAgainAndTheOrderFollowsBenefitPerSqrtSize() {
    MemoryInstance in = MemoryFixtures.smallWorkload(7);
    MallocGameEnvironment env = new MallocGameEnvironment(in);
    float[] fresh = observe(env);
    rollout(env, 3, in.buffers());
    env.reset(9);
    assertArrayEquals(fresh, observe(env), 0f);
    double[] benefit = MemoryBoundedness.benefits(in);
    int[] order = env.order();
    for (int k = 1; k < order.length; k++) {
      double before = benefit[order[k - 1]] / Math.sqrt(in.sizeOf(order[k - 1]));
      double after = benefit[order[k]] / Math.sqrt(in.sizeOf(order[k]));
      assertTrue(before >= after, "order broken at " + k);
    }
  }

  @Test
  void benefitsAreTheTimeSavedAlone() {
    SeededProperty.check("benefit = allSlow - time with only i fast", 20, random -> {
      MemoryInstance in = MemoryFixtures.randomMapping(random.nextLong(), random.nextInt(2, 30));
      double[] benefit = MemoryBoundedness.benefits(in);
      for (int i = 0; i < in.buffers(); i++) {
        boolean[] alone = new boolean[in.buffers()];
        alone[i] = true;
        assertEquals(in.costModel().allSlowTime() - in.costModel().totalTime(alone), benefit[i],
            1e-12);
      }
    });
  }

  @Test
  void randomMaskedRolloutsEarnTheEvaluatorsTimeSaved() {
    SeededProperty.check("summed reward = allSlow - objective", 40, random -> {
      MemoryInstance in = random.nextBoolean()
          ? MemoryFixtures.randomMapping(random.nextLong(), random.nextInt(2, 60))
          : MemoryFixtures.smallWorkload(random.nextLong());
      MallocGameEnvironment env = new MallocGameEnvironment(in, random.nextInt(1, 10));
      Rollout r = rollout(env, random.nextLong(), in.buffers());
      Evaluation e = memory.evaluate(in, env.solution());
      assertTrue(e.feasible(), e.violations()::toString);
      assertEquals(in.costModel().allSlowTime() - e.objective(), r.total(), 1e-9);
      assertEquals(e.objective(), env.totalTime(), 1e-9);
    });
  }

  @Test
  void tightPackingRolloutsReturnMinusPeakMinusCapacityPerStuckBuffer() {
    SeededProperty.check("packing return", 40, random -> {
      MemoryInstance in = MemoryFixtures.randomPacking(random.nextLong(), random.nextInt(1, 40))
          .instance();
      MallocGameEnvironment env = new MallocGameEnvironment(in, random.nextInt(1, 10));
      Rollout r = rollout(env, random.nextLong(), in.buffers());
      Evaluation e = memory.evaluate(in, env.solution());
      long stuck = e.violations().stream().filter(v -> v.constraint().equals("slow-in-packing"))
          .count();
      assertEquals(e.violations().size(), stuck, e.violations()::toString);
      assertEquals(-e.objective() - stuck * in.capacity(), r.total(), 0.0);
    });
  }

  private static float[] observe(MallocGameEnvironment env) {
    float[] obs = new float[env.observationSize()];
    env.observe(obs);
    return obs;
  }

  /** A step whose reward is a floating-point time saving: compared within 1e-12. */
  private static void assertTimeStep(Step step, double reward, boolean terminated) {
    assertEquals(reward, step.reward(), 1e-12);
    assertEquals(terminated, step.terminated());
    assertFalse(step.truncated());
  }
}
