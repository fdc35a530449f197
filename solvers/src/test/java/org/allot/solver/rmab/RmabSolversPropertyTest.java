package org.allot.solver.rmab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.allot.problem.contract.SeededProperty;
import org.allot.problem.rmab.ActionConstraint;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.RmabEpisodes;
import org.allot.problem.rmab.RmabGenerator;
import org.allot.problem.rmab.RmabInstance;
import org.allot.problem.rmab.RmabSimulator;
import org.allot.problem.rmab.RmabSolution;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.SolverProvider;
import org.allot.solver.Solvers;
import org.junit.jupiter.api.Test;

/** Properties of the five baselines on random generated instances of every kind. */
class RmabSolversPropertyTest {
  private static final List<SolverProvider> PROVIDERS = List.of(
      new RmabBaselineProvider.None(), new RmabBaselineProvider.Random(),
      new RmabBaselineProvider.Sampling(), new RmabBaselineProvider.Myopic(),
      new RmabBaselineProvider.Whittle());

  @Test
  void everyActionOfEveryMethodIsFeasibleAndEveryMethodSeesTheSameEpisodes() {
    SeededProperty.check("every action feasible", 10, r -> {
      RmabInstance in = randomInstance(r);
      long seed = r.nextLong();
      for (SolverProvider p : PROVIDERS) {
        Outcome<RmabSolution> o = RmabSolverContractTest.solver(p, 2)
            .solve(in, Budget.of(Duration.ofSeconds(60)).withSeed(seed));
        RmabSolution s = o.best().orElseThrow();
        assertEquals(o.objectiveValue(), RmabTestKit.assertValid(in, s), 1e-9, p.id());
        assertArrayEquals(RmabEpisodes.seeds(seed, 2), s.seeds(), p.id() + " episode seeds");
        for (int e = 0; e < s.episodes(); e++) {
          for (int t = 0; t < s.stepsOf(e); t++) {
            JointAction a = s.actionAt(e, t);
            RmabTestKit.assertFeasible(in, a);
            if (in.constraint() instanceof ActionConstraint.Path path) {
              RmabTestKit.assertLegalWalk(path, in.arms(), a);
            }
          }
        }
      }
    });
  }

  @Test
  void myopicIsAtLeastAsGoodAsAnyRandomActionForTheNextStep() {
    SeededProperty.check("myopic >= random actions (one step)", 10, r -> {
      RmabInstance in = randomInstance(r);
      RmabSimulator sim = new RmabSimulator(in);
      sim.reset(r.nextLong());
      try (RmabMyopic myopic = new RmabMyopic(in, MipPolicy.Settings.DEFAULT)) {
        for (int t = 0; t < 3; t++) {
          int[] state = sim.state();
          JointAction best = myopic.act(state, t, new SplittableRandom(1),
              Deadline.after(Duration.ofSeconds(30))).orElseThrow();
          double value = RmabSimulator.expectedReward(in, state, best);
          for (int k = 0; k < 50; k++) {
            JointAction a = RandomActions.draw(in, r);
            RmabTestKit.assertFeasible(in, a);
            double other = RmabSimulator.expectedReward(in, state, a);
            assertTrue(value >= other - 1e-6 * (1 + Math.abs(other)), () -> in.name()
                + ": random action " + a + " beats myopic " + best + ": " + other + " > " + value);
          }
          sim.step(best);
        }
      }
    });
  }

  @Test
  void noActionOnInterventionsActsLessThanRandomChoices() {
    for (int seed = 1; seed <= 5; seed++) {
      RmabInstance in = RmabGenerator.generate("interventions", 20 * seed, 5 * seed, seed);
      var iv = (ActionConstraint.Interventions) in.constraint();
      JointAction none = new RmabNoAction(in).action();
      RmabTestKit.assertFeasible(in, none);
      SplittableRandom r = new SplittableRandom(seed);
      double mean = 0;
      for (int k = 0; k < 100; k++) {
        mean += total(iv.effect(RandomActions.draw(in, r))) / 100;
      }
      assertTrue(total(iv.effect(none)) <= mean, in.name() + ": none acts more than random");
    }
  }

  private static double total(double[] q) {
    double s = 0;
    for (double v : q) {
      s += v;
    }
    return s;
  }

  @Test
  void aShortTimeLimitReturnsTheCompletedEpisodesOnly() {
    RmabInstance in = RmabGenerator.generate("matching", 60, 12, 4);
    Solver<RmabInstance, RmabSolution> s = RmabSolverContractTest.solver(
        new RmabBaselineProvider.Myopic(), 1000);
    Outcome<RmabSolution> o = s.solve(in, Budget.of(Duration.ofMillis(1500)).withSeed(3));
    assertTrue(o.elapsed().compareTo(Duration.ofMillis(2500)) < 0, "took " + o.elapsed());
    o.best().ifPresent(sol -> {
      assertTrue(sol.episodes() < 1000, "all 1000 episodes in 1.5 s?");
      RmabTestKit.assertValid(in, sol);
    });
  }

  @Test
  void optionsAreCheckedAndDeclared() {
    var rmab = new org.allot.problem.rmab.Rmab();
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Solvers.create(rmab, "random", SolverOptions.of(Map.of("samples", "5"))))
        .getMessage().contains("samples"));
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Solvers.create(rmab, "sampling", SolverOptions.of(Map.of("episodes", "0"))))
        .getMessage().contains("episodes"));
    Solver<?, ?> s = Solvers.create(rmab, "whittle", SolverOptions.of(Map.of("gap", "0.02",
        "mip-seconds", "1", "episodes", "7")));
    assertEquals(7, ((RmabPolicySolver) s).episodes());
  }

  private static RmabInstance randomInstance(SplittableRandom r) {
    String kind = RmabTestKit.KINDS[r.nextInt(RmabTestKit.KINDS.length)];
    int arms = 6 + r.nextInt(9);
    return RmabGenerator.generate(kind, arms, 1 + r.nextInt(3), r.nextLong());
  }
}
