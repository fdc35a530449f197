package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.allot.solver.jobshop.NonDelayDispatcher;
import org.allot.solver.jobshop.PriorityRule;
import org.junit.jupiter.api.Test;

/** The pilot expert: its rule is the dispatcher's rule, and it never does worse than the rule. */
class PilotExpertTest {
  @Test
  void theRuleRolloutIsTheNonDelayDispatcher() {
    SplittableRandom random = new SplittableRandom(41);
    for (PriorityRule rule : new PriorityRule[] {PriorityRule.FDD_MWKR, PriorityRule.MWKR,
        PriorityRule.SPT}) {
      JobShopInstance instance = RandomJobShopGenerator.taillardLike(10, 6).generate(random);
      CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
      env.reset(0);
      new PilotExpert(instance, rule).rollout(env);
      assertEquals(NonDelayDispatcher.dispatch(instance, rule, 0), env.solution(), rule.id());
    }
  }

  @Test
  void thePilotIsFeasibleLegalAndNeverWorseThanItsRule() {
    SplittableRandom random = new SplittableRandom(42);
    int better = 0;
    for (int trial = 0; trial < 8; trial++) {
      JobShopInstance instance = RandomJobShopGenerator.taillardLike(8, 5).generate(random);
      PilotExpert pilot = new PilotExpert(instance, PriorityRule.FDD_MWKR);
      CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
      env.reset(0);
      while (!env.done()) {
        int a = pilot.action(env);
        assertTrue(env.legal(a), "the pilot picks a job that can start now");
        env.step(a);
      }
      assertTrue(new JobShop().evaluate(instance, env.solution()).feasible());
      assertEquals(env.makespan(), pilot.makespan());
      int rule = NonDelayDispatcher.dispatch(instance, PriorityRule.FDD_MWKR, 0)
          .makespan(instance);
      assertTrue(env.makespan() <= rule, "pilot " + env.makespan() + " > rule " + rule);
      better += env.makespan() < rule ? 1 : 0;
    }
    assertTrue(better > 0, "one step of lookahead should beat the rule somewhere");
  }
}
