package org.allot.agent.subpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageVariant;
import org.allot.problem.coverage.CoverageWalk;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.junit.jupiter.api.Test;

/** {@code subpo} reports the proven upper bound, and stops as optimal when a walk meets it. */
class SubpoBoundTest {
  @SuppressWarnings("unchecked")
  private static Solver<CoverageInstance, CoverageWalk> subpo(Map<String, String> options) {
    return (Solver<CoverageInstance, CoverageWalk>) new SubpoProvider().create(
        SolverOptions.of(options));
  }

  @Test
  void aWalkThatCollectsEveryRequiredItemIsOptimal() {
    Outcome<CoverageWalk> o = subpo(Map.of("updates", "50")).solve(
        CoverageVariant.ITEMS.generate(3), Budget.of(Duration.ofMinutes(2)));
    Outcome.Optimal<CoverageWalk> optimal = assertInstanceOf(Outcome.Optimal.class, o);
    assertEquals(21, optimal.objective(), 1e-9, "the sum of the requirements");
  }

  @Test
  void otherwiseTheBoundIsReportedAndHolds() {
    Outcome<CoverageWalk> o = subpo(Map.of("updates", "2", "batch", "4")).solve(
        CoverageVariant.ROOMS.generate(5), Budget.of(Duration.ofSeconds(30)));
    assertTrue(o.bound() >= o.objectiveValue(), o.toString());
    assertTrue(o.bound() <= 100, "the rooms' rate bound, about 84: " + o.bound());
  }
}
