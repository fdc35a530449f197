package org.allot.problem.rmab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.allot.problem.contract.SeededProperty;
import org.junit.jupiter.api.Test;

/** Properties over random generated instances and random actions. */
class RmabPropertyTest {

  private static RmabInstance randomInstance(SplittableRandom r) {
    RmabGenerator.Kind[] kinds = RmabGenerator.Kind.values();
    RmabGenerator.Kind k = kinds[r.nextInt(kinds.length)];
    int arms = 6 + r.nextInt(40);
    int budget = 1 + r.nextInt(Math.max(1, arms / 3));
    return RmabGenerator.generate(k, arms, budget, r.nextLong());
  }

  @Test
  void simpleFeasibleConstructionsAreAccepted() {
    SeededProperty.check("feasible actions accepted", 200, r -> {
      RmabInstance in = randomInstance(r);
      for (int k = 0; k < 20; k++) {
        JointAction a = RmabFixtures.randomFeasible(in, r);
        assertEquals(java.util.List.of(), in.constraint().violations(a, in.arms()),
            in.name() + " " + a);
      }
    });
  }

  @Test
  void mutatedActionsAreRejected() {
    SeededProperty.check("mutated actions rejected", 200, r -> {
      RmabInstance in = randomInstance(r);
      for (int k = 0; k < 20; k++) {
        JointAction a = RmabFixtures.mutate(in, RmabFixtures.randomFeasible(in, r), r);
        assertFalse(in.constraint().feasible(a, in.arms()), in.name() + " " + a);
      }
    });
  }

  @Test
  void recordedEpisodesReplayToTheSameReturns() {
    SeededProperty.check("episodes replay", 30, r -> {
      RmabInstance in = randomInstance(r);
      RmabSolution s = RmabFixtures.randomEpisodes(in, 3, r.nextLong());
      var e = new Rmab().evaluate(in, s);
      assertTrue(e.feasible(), e.violations()::toString);
      assertEquals(RmabEpisodes.mean(RmabEpisodes.returns(in, s)), e.objective(), 0);
    });
  }

  @Test
  void expectedRewardIsBetweenTheExtremeRewards() {
    SeededProperty.check("expected reward bounded", 100, r -> {
      RmabInstance in = randomInstance(r);
      RmabSimulator sim = new RmabSimulator(in);
      sim.reset(r.nextLong());
      while (!sim.done()) {
        var step = sim.step(RmabFixtures.randomFeasible(in, r));
        double lo = 0;
        double hi = 0;
        for (int j = 0; j < in.arms(); j++) {
          double min = Double.MAX_VALUE;
          double max = -Double.MAX_VALUE;
          for (int s = 0; s < in.states(); s++) {
            min = Math.min(min, in.rewardOf(j, s));
            max = Math.max(max, in.rewardOf(j, s));
          }
          lo += min;
          hi += max;
        }
        assertTrue(step.expectedReward() >= lo - 1e-9 && step.expectedReward() <= hi + 1e-9);
        assertTrue(step.reward() >= lo - 1e-9 && step.reward() <= hi + 1e-9);
      }
    });
  }
}
