package org.allot.problem.rmab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Stepping, expected rewards and common random numbers of the simulator. */
class RmabSimulatorTest {

  /**
   * Arm 1 moves the same way acted or not, so with common random numbers its trajectory cannot
   * depend on what is done to arm 0: one uniform per arm per step, in arm order.
   */
  @Test
  void sameSeedGivesTheSameDrawsWhateverTheActions() {
    double[][] noisy = {{0.5, 0.5}, {0.3, 0.7}};
    RmabInstance in = new RmabInstance("crn", 2,
        new double[][][] {{{0.9, 0.1}, {0.8, 0.2}}, noisy},
        new double[][][] {{{0.1, 0.9}, {0.2, 0.8}}, noisy},
        new double[][] {{0, 1}, {0, 1}}, new double[][] {{0.5, 0.5}, {0.5, 0.5}}, 50, 1,
        new ActionConstraint.ArmBudget(1));
    RmabSimulator acting = new RmabSimulator(in);
    RmabSimulator idle = new RmabSimulator(in);
    acting.reset(42);
    idle.reset(42);
    SplittableRandom mirror = new SplittableRandom(42);
    int arm1 = mirror.nextDouble() < 0.5 ? 0 : 1;
    mirror.nextDouble();
    assertEquals(arm1, acting.stateOf(0));
    for (int t = 0; t < 50; t++) {
      int a1 = acting.step(JointAction.of(0)).nextStateOf(1);
      assertEquals(a1, idle.step(JointAction.none()).nextStateOf(1), "step " + t);
    }
    assertTrue(acting.done());
  }

  @Test
  void resetReplaysAndCopyContinuesTheSameRandomNumbers() {
    RmabInstance in = RmabGenerator.generate("budget", 10, 3, 1);
    RmabSimulator sim = new RmabSimulator(in);
    sim.reset(7);
    int[] start = sim.state();
    sim.step(JointAction.of(0, 1, 2));
    RmabSimulator copy = sim.copy();
    assertEquals(sim.step(JointAction.of(4)), copy.step(JointAction.of(4)));
    sim.reset(7);
    assertArrayEquals(start, sim.state());
    assertEquals(0, sim.time());
  }

  @Test
  void expectedRewardIsTheNextStateExpectation() {
    RmabInstance in = RmabGenerator.generate("budget", 3, 1, 2);
    int[] state = {0, 3, 1};
    double up0 = in.transition(0, true, 0, 1);
    double up1 = in.transition(1, false, 3, 3);
    double up2 = in.transition(2, false, 1, 2);
    double want = up0 * in.rewardOf(0, 1) + (1 - up0) * in.rewardOf(0, 0)
        + up1 * in.rewardOf(1, 3) + (1 - up1) * in.rewardOf(1, 2)
        + up2 * in.rewardOf(2, 2) + (1 - up2) * in.rewardOf(2, 0);
    assertEquals(want, RmabSimulator.expectedReward(in, state, JointAction.of(0)), 1e-12);
    double[] gain = RmabSimulator.armGain(in, state);
    assertEquals(RmabSimulator.expectedReward(in, state, JointAction.of(1))
        - RmabSimulator.expectedReward(in, state, JointAction.none()), gain[1], 1e-12);
    RmabSimulator sim = new RmabSimulator(in);
    sim.restore(state, 0, 1);
    assertEquals(want, sim.step(JointAction.of(0)).expectedReward(), 1e-12);
  }

  @Test
  void interventionsMixPassiveAndActiveByTheEffectLevel() {
    RmabInstance in = RmabGenerator.generate("interventions", 20, 5, 3);
    ActionConstraint.Interventions iv = (ActionConstraint.Interventions) in.constraint();
    JointAction a = JointAction.of(0, 1, 2, 3, 4);
    double[] q = iv.effect(a);
    int[] state = new int[20];
    double want = 0;
    for (int j = 0; j < 20; j++) {
      want += q[j] * in.rewardOf(j, 1) + (1 - q[j]) * in.rewardOf(j, 0);
    }
    assertEquals(want, RmabSimulator.expectedReward(in, state, a), 1e-12);
  }

  @Test
  void infeasibleActionThrowsNamingTheConstraintAndLeavesTheState() {
    RmabInstance in = RmabGenerator.generate("budget", 10, 2, 1);
    RmabSimulator sim = new RmabSimulator(in);
    sim.reset(3);
    int[] before = sim.state();
    InfeasibleActionException e = assertThrows(InfeasibleActionException.class,
        () -> sim.step(JointAction.of(1, 2, 3)));
    assertEquals("infeasible action: budget: 3 arms acted, at most 2", e.getMessage());
    assertArrayEquals(before, sim.state());
    assertEquals(0, sim.time());
  }

  @Test
  void stepAfterTheHorizonIsAnError() {
    RmabInstance in = RmabFixtures.deterministic(2, 1, 1, new ActionConstraint.ArmBudget(1));
    RmabSimulator sim = new RmabSimulator(in);
    sim.reset(0);
    assertFalse(sim.done());
    assertEquals(1, sim.step(JointAction.of(1)).reward());
    assertTrue(sim.done());
    assertThrows(IllegalStateException.class, () -> sim.step(JointAction.none()));
  }
}
