package org.allot.agent.subpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.agent.nn.Mlp;
import org.allot.solver.SolverOptions;
import org.junit.jupiter.api.Test;

/** Loading SubPO weights: the observation read off the shapes, and clear errors otherwise. */
class SubpoNetworkTest {
  @Test
  void theInputWidthTellsTheObservation() {
    for (Observation o : Observation.values()) {
      Weights w = SubpoNetwork.initial(o, SubpoNetwork.HIDDEN, new SplittableRandom(1));
      SubpoNetwork n = new SubpoNetwork(w);
      assertEquals(o, n.observation());
      assertEquals(o.size(), n.mlp().inputs());
      assertEquals(5, n.mlp().outputs());
    }
  }

  @Test
  void weightsOfAnotherNetworkFailNamingWhatIsWrong() {
    Weights noPolicy = new Weights(Mlp.initial("other", new int[] {3, 4, 5},
        new SplittableRandom(1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SubpoNetwork(noPolicy));
    assertTrue(e.getMessage().contains("policy.0.w"), e.getMessage());
    Weights badInput = new Weights(Mlp.initial("policy", new int[] {7, 4, 5},
        new SplittableRandom(1)));
    e = assertThrows(IllegalArgumentException.class, () -> new SubpoNetwork(badInput));
    assertTrue(e.getMessage().contains("input width 7"), e.getMessage());
    Weights badOutput = new Weights(Mlp.initial("policy", new int[] {3, 4, 6},
        new SplittableRandom(1)));
    e = assertThrows(IllegalArgumentException.class, () -> new SubpoNetwork(badOutput));
    assertTrue(e.getMessage().contains("5 move logits"), e.getMessage());
  }

  @Test
  void trainGreedyIsTheShippedPolicysGreedyWalkAlone() {
    var instance = org.allot.problem.coverage.CoverageVariant.ROOMS.generate(12);
    @SuppressWarnings("unchecked")
    var solver = (org.allot.solver.Solver<org.allot.problem.coverage.CoverageInstance,
        org.allot.problem.coverage.CoverageWalk>) new SubpoProvider().create(
        SolverOptions.of(Map.of("train", "greedy")));
    var counted = new java.util.concurrent.atomic.AtomicInteger();
    var outcome = solver.solve(instance, org.allot.solver.Budget.of(java.time.Duration.ofSeconds(5)),
        (walk, value, elapsed) -> counted.incrementAndGet());
    assertEquals(1, counted.get(), "one incumbent: the greedy walk");
    org.allot.agent.nn.Mlp mlp = new SubpoNetwork(SubpoModel.shipped(
        org.allot.problem.coverage.CoverageVariant.ROOMS, Credit.SUBPO)).mlp();
    Walker walker = new Walker(instance, Observation.HISTORY);
    assertEquals(walker.play(mlp, new org.allot.agent.nn.Mlp.Scratch(mlp), null).walk(),
        outcome.best().orElseThrow());
  }

  @Test
  void badSolverOptionsNameTheOption() {
    SubpoProvider p = new SubpoProvider();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p.create(SolverOptions.of(Map.of("credit", "greedy"))));
    assertTrue(e.getMessage().contains("credit"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> p.create(SolverOptions.of(Map.of("weights", "/no/such/file.bin"))));
    assertTrue(e.getMessage().contains("weights=/no/such/file.bin"), e.getMessage());
  }
}
