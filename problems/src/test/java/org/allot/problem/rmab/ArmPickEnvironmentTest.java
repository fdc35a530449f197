package org.allot.problem.rmab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.allot.problem.Environment;
import org.allot.problem.Evaluation;
import org.allot.problem.Problem;
import org.allot.problem.Step;
import org.allot.problem.contract.EnvironmentContract;
import org.junit.jupiter.api.Test;

/**
 * The pick-by-pick bandit MDP against the shared environment contract (on every constraint
 * family, undiscounted so that the summed rewards are the objective), and its documented rules:
 * discounted returns equal the evaluator's objective, random masked policies are always
 * feasible, the observation's layout.
 */
class ArmPickEnvironmentTest extends EnvironmentContract<RmabInstance, RmabSolution> {
  private final Rmab rmab = new Rmab();

  @Override
  protected Problem<RmabInstance, RmabSolution> problem() {
    return rmab;
  }

  /** Every generated kind and every small hand-made one, horizon 4 and no discount. */
  @Override
  protected List<RmabInstance> sampleInstances() {
    List<RmabInstance> list = new ArrayList<>();
    for (RmabInstance i : RmabFixtures.generated()) {
      list.add(reshaped(i, 4, 1.0));
    }
    for (RmabInstance i : PickCases.all()) {
      list.add(reshaped(i, 4, 1.0));
    }
    return list;
  }

  @Override
  protected Environment<RmabSolution> environment(RmabInstance instance) {
    return new ArmPickEnvironment(instance);
  }

  @Override
  protected double expectedReturn(RmabInstance instance, Evaluation e) {
    return e.objective();
  }

  @Override
  protected int maxSteps(RmabInstance instance) {
    return instance.horizon() * new ArmPickEnvironment(instance).actionCount();
  }

  /** {@code i} with another horizon and discount. */
  static RmabInstance reshaped(RmabInstance i, int horizon, double discount) {
    return new RmabInstance(i.name(), i.states(), i.passive(), i.active(), i.reward(),
        i.initial(), horizon, discount, i.constraint());
  }

  private static List<RmabInstance> published() {
    List<RmabInstance> list = new ArrayList<>();
    for (RmabGenerator.Kind k : RmabGenerator.Kind.values()) {
      list.add(RmabGenerator.generate(k, 20, 5, 3));
    }
    return list;
  }

  @Test
  void randomMaskedPoliciesGiveSolutionsTheEvaluatorAccepts() {
    for (RmabInstance instance : published()) {
      for (long seed = 0; seed < 4; seed++) {
        ArmPickEnvironment env = new ArmPickEnvironment(instance);
        rollout(env, seed, maxSteps(instance));
        Evaluation e = rmab.evaluate(instance, env.solution());
        assertTrue(e.feasible(), () -> instance.name() + ": " + e.violations());
        assertEquals(instance.horizon(), env.solution().stepsOf(0));
        assertEquals(seed, env.solution().seedOf(0));
      }
    }
  }

  @Test
  void discountedRewardsOfTheDoneStepsAreTheObjective() {
    for (RmabInstance generated : published()) {
      RmabInstance instance = reshaped(generated, 12, 0.9);
      ArmPickEnvironment env = new ArmPickEnvironment(instance);
      env.reset(11);
      java.util.SplittableRandom random = new java.util.SplittableRandom(5);
      boolean[] mask = new boolean[env.actionCount()];
      double discounted = 0;
      double weight = 1;
      while (!env.done()) {
        env.actionMask(mask);
        int a = pickLegal(mask, random);
        int before = env.time();
        Step s = env.step(a);
        if (a == env.doneAction()) {
          assertEquals(before + 1, env.time());
          discounted += weight * s.reward();
          weight *= instance.discount();
        } else {
          assertEquals(0, s.reward());
        }
      }
      assertEquals(Rmab.objectiveOf(instance, env.solution()), discounted, 1e-9,
          instance.name());
    }
  }

  private static int pickLegal(boolean[] mask, java.util.SplittableRandom random) {
    int a;
    do {
      a = random.nextInt(mask.length);
    } while (!mask[a]);
    return a;
  }

  @Test
  void actionsAndObservationsFollowTheDocumentedLayout() {
    RmabInstance instance = PickCases.budget();
    ArmPickEnvironment env = new ArmPickEnvironment(instance);
    env.reset(0);
    assertEquals(5, env.actionCount());
    assertEquals(4, env.doneAction());
    assertEquals(4 * (2 + 3) + 2, env.observationSize());
    // Arms start in state 0; acted they reach reward 1 surely, passive 0.
    assertObservationWithin(env, new float[] {1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1,
        1, 0, 0, 0, 1, 1, 1}, 0f);
    assertStep(env.step(2), 0, false);
    assertStep(env.step(0), 0, false);
    assertMask(env, false, false, false, false, true);
    assertEquals(JointAction.of(0, 2), env.pending());
    assertObservationWithin(env, new float[] {1, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1,
        1, 0, 0, 0, 1, 1, 0}, 0f);
    assertStep(env.step(4), 2, false);
    assertEquals(1, env.time());
    assertObservationWithin(env, new float[] {0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1,
        1, 0, 0, 0, 1, 0.5f, 1}, 0f);
    assertStep(env.step(4), 0, true);
    assertTrue(env.done());
    assertThrows(IllegalStateException.class, () -> env.step(4));
    assertEquals(List.of(JointAction.of(0, 2), JointAction.none()),
        List.of(env.solution().actions()[0]));
  }

  @Test
  void interventionsNeedExactlyTheBudgetBeforeDone() {
    ArmPickEnvironment env = new ArmPickEnvironment(PickCases.interventions());
    env.reset(1);
    assertFalse(mask(env)[env.doneAction()]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> env.step(env.doneAction()));
    assertTrue(e.getMessage().contains("exactly 2 must be picked, 0 are"), e.getMessage());
    env.step(1);
    env.step(3);
    assertTrue(mask(env)[env.doneAction()]);
    assertEquals(JointAction.of(1, 3), env.pending());
  }

  @Test
  void capacityPicksNameTheWorkerAndPathPicksBuildTheWalk() {
    ArmPickEnvironment capacity = new ArmPickEnvironment(PickCases.capacity());
    capacity.reset(0);
    assertEquals(4 * 2 + 1, capacity.actionCount());
    capacity.step(1 * 2 + 1);
    capacity.step(2 * 2 + 1);
    assertEquals(new JointAction(new int[] {1, 2}, new int[] {1, 1}), capacity.pending());
    IllegalArgumentException full = assertThrows(IllegalArgumentException.class,
        () -> capacity.step(0 * 2 + 1));
    assertTrue(full.getMessage().contains("arm 0 costs 2, worker 1 has 0 of its capacity left"),
        full.getMessage());
    ArmPickEnvironment path = new ArmPickEnvironment(PickCases.path());
    path.reset(0);
    path.step(2);
    assertEquals(new JointAction(new int[] {2}, new int[] {0, 1, 2, 1, 0}), path.pending());
    IllegalArgumentException far = assertThrows(IllegalArgumentException.class,
        () -> path.step(4));
    assertTrue(far.getMessage().contains("it would take 5, more than 4"), far.getMessage());
  }

  @Test
  void aCopyInTheMiddleOfAStepPlaysOnAsTheOriginal() {
    for (RmabInstance instance : published()) {
      ArmPickEnvironment env = new ArmPickEnvironment(instance);
      env.reset(4);
      java.util.SplittableRandom random = new java.util.SplittableRandom(2);
      boolean[] m = new boolean[env.actionCount()];
      while (env.time() < 3 || env.pending().size() == 0) {
        env.actionMask(m);
        env.step(pickLegal(m, random));
      }
      ArmPickEnvironment copy = env.copy();
      assertEquals(env.pending(), copy.pending());
      java.util.SplittableRandom r1 = new java.util.SplittableRandom(9);
      java.util.SplittableRandom r2 = new java.util.SplittableRandom(9);
      boolean[] m2 = new boolean[copy.actionCount()];
      while (!env.done()) {
        env.actionMask(m);
        copy.actionMask(m2);
        assertEquals(java.util.Arrays.toString(m), java.util.Arrays.toString(m2));
        assertEquals(env.step(pickLegal(m, r1)), copy.step(pickLegal(m2, r2)));
      }
      assertEquals(env.solution(), copy.solution(), instance.name());
    }
  }

  private static boolean[] mask(ArmPickEnvironment env) {
    boolean[] m = new boolean[env.actionCount()];
    env.actionMask(m);
    return m;
  }
}
