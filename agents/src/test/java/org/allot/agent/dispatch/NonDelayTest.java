package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.SplittableRandom;
import org.allot.agent.Adam;
import org.allot.agent.Weights;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.allot.solver.jobshop.NonDelayDispatcher;
import org.allot.solver.jobshop.PriorityRule;
import org.junit.jupiter.api.Test;

/**
 * The non-delay model ({@link DispatchNetwork#WAITS}): it never waits while a job can start, its
 * flag survives files and optimiser steps, the non-delay expert replay reproduces non-delay
 * targets, and sampled experts are legal continuations of the agent's prefix.
 */
class NonDelayTest {
  private static DispatchNetwork nonDelay(SplittableRandom random) {
    return new DispatchNetwork(DispatchNetwork.withWaits(Fixtures.perturbed(
        DispatchNetwork.initial(random), random), false));
  }

  @Test
  void aNonDelayModelNeverWaitsWhileAJobCanStart() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 20; trial++) {
      DispatchNetwork network = nonDelay(random);
      assertFalse(network.waits());
      JobShopInstance instance = RandomJobShopGenerator.taillardLike(3 + trial % 6,
          2 + trial % 4).generate(random);
      // The perturbed No-Op head would often win: the mask must forbid it.
      Episode e = Episode.sample(0, instance, DispatchPolicy.sampling(network, 1.0), random);
      for (Episode.Decision d : e.agent) {
        assertNotEquals(d.mask().length - 1, d.action(), "waited while a job could start");
        assertFalse(d.mask()[d.mask().length - 1], "No-Op left in the recorded mask");
      }
      assertEquals(instance.totalOperations(), e.agent.size(), "one decision per operation");
      Episode greedy = Episode.play(instance, DispatchPolicy.greedy(network), random);
      assertTrue(new JobShop().evaluate(instance, greedy.toSchedule()).feasible());
    }
  }

  @Test
  void theWaitsFlagSurvivesFilesAndOptimiserSteps() throws IOException {
    Weights w = DispatchNetwork.initial(new SplittableRandom(1), false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(out);
    Weights back = Weights.read(new ByteArrayInputStream(out.toByteArray()), "memory");
    assertFalse(new DispatchNetwork(back).waits());
    Weights stepped = new Adam(0.9, 0.999, 1e-8).step(back,
        Map.of("in.b", new float[DispatchNetwork.D]), 1e-3);
    assertFalse(new DispatchNetwork(stepped).waits());
    assertTrue(new DispatchNetwork(DispatchNetwork.withWaits(stepped, true)).waits());
    assertTrue(new DispatchNetwork(DispatchNetwork.initial(new SplittableRandom(1))).waits(),
        "models without the flag may wait, as in the paper");
    assertEquals(w.parameterCount() - 1,
        DispatchNetwork.withWaits(w, true).parameterCount(), "the flag is one float");
  }

  @Test
  void restrictKeepsNoOpOnlyWhenNoJobCanStart() {
    DispatchNetwork network = new DispatchNetwork(
        DispatchNetwork.initial(new SplittableRandom(2), false));
    boolean[] some = {false, true, false, true};
    network.restrict(some);
    assertFalse(some[3]);
    boolean[] none = {false, false, false, true};
    network.restrict(none);
    assertTrue(none[3]);
  }

  @Test
  void nonDelayReplayReproducesNonDelayTargets() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 30; trial++) {
      JobShopInstance instance = RandomJobShopGenerator.taillardLike(2 + trial % 9,
          2 + trial % 5).generate(random);
      PriorityRule rule = PriorityRule.values()[trial % PriorityRule.values().length];
      JobShopSchedule target = NonDelayDispatcher.dispatch(instance, rule, trial);
      CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
      env.reset(0);
      ExpertReplay.replayNonDelay(env, target.start(), (e, a) ->
          assertNotEquals(e.noOp(), a, "a non-delay replay never waits"));
      assertEquals(target, env.solution(), rule + " on " + instance.name());
    }
  }

  @Test
  void sampledExpertsContinueTheAgentsPrefixLegally() {
    SplittableRandom random = new SplittableRandom(9);
    for (int trial = 0; trial < 6; trial++) {
      DispatchNetwork network = nonDelay(random);
      JobShopInstance instance = RandomJobShopGenerator.taillardLike(6, 4).generate(random);
      Episode e = Episode.sample(0, instance, DispatchPolicy.sampling(network, 1.0), random);
      int cut = 1 + random.nextInt(e.agent.size() - 1);
      e.improve(cut, 0.2, 3, network, 8, random);
      CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
      env.reset(0);
      for (int k = 0; k < cut; k++) {
        env.step(e.agent.get(k).action());
      }
      boolean[] mask = new boolean[env.actionCount()];
      for (Episode.Decision d : e.expert) {
        env.actionMask(mask);
        network.restrict(mask);
        assertTrue(mask[d.action()], "expert action " + d.action() + " is not legal");
        assertNotEquals(mask.length - 1, d.action());
        env.step(d.action());
      }
      assertTrue(env.done());
      assertEquals(e.expertMakespan, env.solution().makespan(instance));
      assertTrue(new JobShop().evaluate(instance, env.solution()).feasible());
    }
  }
}
