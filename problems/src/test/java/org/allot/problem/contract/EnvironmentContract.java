package org.allot.problem.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.Environment;
import org.allot.problem.Evaluation;
import org.allot.problem.Instance;
import org.allot.problem.Problem;
import org.allot.problem.Solution;
import org.allot.problem.Step;
import org.junit.jupiter.api.Test;

/**
 * The contract every environment passes (after Jumanji's env checker): random masked rollouts
 * end with a solution the evaluator accepts, masked actions are refused, the returns add up to
 * the solution's objective, copies are independent, and the same seed replays the same episode.
 *
 * @param <I> the instance type
 * @param <S> the solution type
 */
public abstract class EnvironmentContract<I extends Instance, S extends Solution> {
  protected abstract Problem<I, S> problem();

  protected abstract List<I> sampleInstances();

  protected abstract Environment<S> environment(I instance);

  /** The summed reward an episode must have earned for a solution evaluated as {@code e}. */
  protected abstract double expectedReturn(I instance, Evaluation e);

  /** A bound on the episode length, to catch environments that never end. */
  protected int maxSteps(I instance) {
    return 1_000_000;
  }

  @Test
  void randomMaskedRolloutsGiveFeasibleSolutionsAndConsistentReturns() {
    for (I instance : sampleInstances()) {
      for (long seed = 0; seed < 5; seed++) {
        Environment<S> env = environment(instance);
        Rollout r = rollout(env, seed, maxSteps(instance));
        Evaluation e = problem().evaluate(instance, env.solution());
        assertTrue(e.feasible(), () -> "rollout solution infeasible: " + e.violations());
        assertEquals(expectedReturn(instance, e), r.total, 1e-6, "summed reward");
      }
    }
  }

  @Test
  void maskedActionsAreRefused() {
    for (I instance : sampleInstances()) {
      Environment<S> env = environment(instance);
      env.reset(0);
      boolean[] mask = new boolean[env.actionCount()];
      SplittableRandom random = new SplittableRandom(1);
      while (!env.done()) {
        env.actionMask(mask);
        for (int a = 0; a < mask.length; a++) {
          if (!mask[a]) {
            int action = a;
            assertThrows(IllegalArgumentException.class, () -> env.step(action));
          }
        }
        env.step(pick(mask, random));
      }
      assertThrows(IllegalArgumentException.class, () -> env.step(-1 - env.actionCount()));
    }
  }

  @Test
  void copiesAreIndependentAndSeedsReplay() {
    for (I instance : sampleInstances()) {
      Environment<S> env = environment(instance);
      env.reset(3);
      Environment<S> copy = env.copy();
      Rollout a = rollout(env, 7, maxSteps(instance));
      float[] before = new float[copy.observationSize()];
      copy.observe(before);
      Environment<S> fresh = environment(instance);
      fresh.reset(3);
      float[] start = new float[fresh.observationSize()];
      fresh.observe(start);
      assertArrayEquals(start, before, 0f, "stepping the original changed its copy");
      Rollout b = rollout(environment(instance), 7, maxSteps(instance));
      assertArrayEquals(a.actions, b.actions, "same seed, different episode");
      assertEquals(a.total, b.total, 0.0);
    }
  }

  /** One rollout's actions and summed reward. */
  public record Rollout(int[] actions, double total) {}

  /** A random masked rollout from {@code reset(seed)}, actions drawn with {@code seed}. */
  public static <S extends Solution> Rollout rollout(Environment<S> env, long seed, int maxSteps) {
    env.reset(seed);
    SplittableRandom random = new SplittableRandom(seed);
    boolean[] mask = new boolean[env.actionCount()];
    float[] obs = new float[env.observationSize()];
    int[] actions = new int[16];
    int steps = 0;
    double total = 0;
    while (!env.done()) {
      if (steps >= maxSteps) {
        throw new AssertionError("episode did not end within " + maxSteps + " steps");
      }
      env.observe(obs);
      for (float f : obs) {
        if (!Float.isFinite(f)) {
          throw new AssertionError("observation has a non-finite value");
        }
      }
      env.actionMask(mask);
      int a = pick(mask, random);
      Step s = env.step(a);
      total += s.reward();
      if (steps == actions.length) {
        actions = java.util.Arrays.copyOf(actions, steps * 2);
      }
      actions[steps++] = a;
    }
    return new Rollout(java.util.Arrays.copyOf(actions, steps), total);
  }

  static int pick(boolean[] mask, SplittableRandom random) {
    int legal = 0;
    for (boolean b : mask) {
      legal += b ? 1 : 0;
    }
    if (legal == 0) {
      throw new AssertionError("no legal action in a running episode");
    }
    int k = random.nextInt(legal);
    for (int a = 0; a < mask.length; a++) {
      if (mask[a] && k-- == 0) {
        return a;
      }
    }
    throw new AssertionError();
  }

  /** Asserts that {@code env}'s observation equals {@code expected} within {@code eps}. */
  public static void assertObservationWithin(Environment<?> env, float[] expected, float eps) {
    float[] obs = new float[env.observationSize()];
    env.observe(obs);
    assertArrayEquals(expected, obs, eps);
  }

  /** Asserts that {@code env}'s action mask equals {@code expected}. */
  public static void assertMask(Environment<?> env, boolean... expected) {
    boolean[] mask = new boolean[env.actionCount()];
    env.actionMask(mask);
    assertArrayEquals(expected, mask);
  }

  /** Asserts a step's reward (exactly), its terminated flag, and that it was not truncated. */
  public static void assertStep(Step step, double reward, boolean terminated) {
    assertEquals(reward, step.reward(), 0.0);
    assertEquals(terminated, step.terminated());
    org.junit.jupiter.api.Assertions.assertFalse(step.truncated());
  }
}
