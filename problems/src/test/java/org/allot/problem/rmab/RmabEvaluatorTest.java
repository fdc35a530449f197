package org.allot.problem.rmab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.allot.problem.Evaluation;
import org.allot.problem.Violation;
import org.junit.jupiter.api.Test;

/** The evaluator replays a hand-made solution and recomputes its discounted return. */
class RmabEvaluatorTest {
  /** Three arms that reach state 1 (reward 1) exactly when acted; B = 2, H = 3, gamma = 0.5. */
  private static final RmabInstance DET =
      RmabFixtures.deterministic(3, 3, 0.5, new ActionConstraint.ArmBudget(2));

  @Test
  void replaysAndRecomputesTheDiscountedReturn() {
    JointAction two = JointAction.of(0, 2);
    JointAction one = JointAction.of(1);
    RmabSolution s = new RmabSolution(new long[] {5, 6}, new JointAction[][] {
        {two, two, two}, {one, JointAction.none(), two}});
    assertArrayEquals(new double[] {2 + 1 + 0.5, 1 + 0 + 0.5},
        RmabEpisodes.returns(DET, s), 1e-12);
    Evaluation e = new Rmab().evaluate(DET, s);
    assertTrue(e.feasible(), e.violations()::toString);
    assertEquals((3.5 + 1.5) / 2, e.objective(), 1e-12);
    assertEquals(2.5, Rmab.objectiveOf(DET, s), 1e-12);
  }

  @Test
  void namesEveryBadActionByEpisodeAndStep() {
    JointAction three = JointAction.of(0, 1, 2);
    JointAction ok = JointAction.of(0);
    RmabSolution s = new RmabSolution(new long[] {1, 2}, new JointAction[][] {
        {ok, ok, ok}, {ok, three}});
    Evaluation e = new Rmab().evaluate(DET, s);
    assertFalse(e.feasible());
    assertEquals(List.of(
        new Violation("horizon", "episode 1 has 2 actions, the horizon is 3", 1),
        new Violation("budget", "episode 1, step 1: 3 arms acted, at most 2", 0)),
        e.violations());
    assertEquals((1.75 + 1 + 1.5) / 2, e.objective(), 1e-12, "replayed as far as given");
  }

  @Test
  void returnsAgreeWithTheSimulatorOnRecordedEpisodes() {
    RmabInstance in = RmabGenerator.generate("capacity", 20, 5, 1);
    RmabSolution s = RmabFixtures.randomEpisodes(in, 5, 3);
    RmabSimulator sim = new RmabSimulator(in);
    double[] r = RmabEpisodes.returns(in, s);
    for (int e = 0; e < 5; e++) {
      sim.reset(s.seedOf(e));
      double g = 0;
      double w = 1;
      for (int t = 0; t < in.horizon(); t++) {
        g += w * sim.step(s.actionAt(e, t)).expectedReward();
        w *= in.discount();
      }
      assertEquals(g, r[e], 1e-12);
    }
  }
}
