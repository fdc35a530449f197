package org.allot.solver.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.Evaluation;
import org.allot.problem.coverage.Coverage;
import org.allot.problem.coverage.CoverageFixtures;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageVariant;
import org.allot.problem.coverage.CoverageWalk;
import org.allot.problem.coverage.Footprints;
import org.allot.problem.coverage.Move;
import org.allot.problem.contract.SeededProperty;
import org.allot.solver.Budget;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.Solvers;
import org.allot.solver.Status;
import org.junit.jupiter.api.Test;

/**
 * Properties of the four baselines on random small grids (every walk re-checked by the
 * evaluator), what is provable between them, and the two-room failure of greedy.
 */
class CoverageSolversPropertyTest {
  private static final Coverage COVERAGE = new Coverage();
  private static final Budget BUDGET = new Budget(Duration.ofSeconds(10), 7, 1);

  private static double solve(Solver<CoverageInstance, CoverageWalk> solver,
      CoverageInstance instance) {
    Outcome<CoverageWalk> o = solver.solve(instance, BUDGET);
    Evaluation e = COVERAGE.evaluate(instance, o.best().orElseThrow());
    if (!e.feasible() || Math.abs(e.objective() - o.objectiveValue()) > 1e-9) {
      throw new AssertionError(solver.id() + " on " + instance + ": " + e + " claimed "
          + o.objectiveValue());
    }
    return e.objective();
  }

  /** The best F over every walk, by enumerating all 5^H move sequences (tiny instances only). */
  private static double bruteForce(CoverageInstance instance) {
    int[] cells = new int[instance.horizon() + 1];
    cells[0] = instance.start();
    return best(instance, cells, 1);
  }

  private static double best(CoverageInstance instance, int[] cells, int t) {
    if (t == cells.length) {
      return Coverage.objectiveOf(instance, new CoverageWalk(cells));
    }
    double best = 0;
    for (int a = 0; a < Move.count(); a++) {
      int to = CoverageWalks.target(instance, cells[t - 1], a);
      if (to >= 0) {
        cells[t] = to;
        best = Math.max(best, best(instance, cells, t + 1));
      }
    }
    return best;
  }

  private static CoverageInstance tiny(SplittableRandom r) {
    CoverageInstance i = CoverageFixtures.random(r);
    return i.withHorizon(Math.min(i.horizon(), 6));
  }

  @Test
  void referenceIsExactOnTinyGridsAndBoundsHold() {
    SeededProperty.check("reference = brute force; bound >= optimum", 150, r -> {
      CoverageInstance i = tiny(r);
      double opt = bruteForce(i);
      Outcome<CoverageWalk> o = new CoverageBeamSearch(1 << 16).solve(i, BUDGET);
      assertEquals(Status.OPTIMAL, o.status(), i.toString());
      assertEquals(opt, o.objectiveValue(), 1e-9, i.toString());
      double bound = CoverageUpperBound.of(i, new Footprints(i));
      assertTrue(bound >= opt - 1e-9, "bound " + bound + " below the optimum " + opt + ": " + i);
    });
  }

  @Test
  void everyBaselineIsLegalAndAtMostAProvenReference() {
    SeededProperty.check("baselines <= reference", 120, r -> {
      CoverageInstance i = CoverageFixtures.random(r);
      Outcome<CoverageWalk> ref = new CoverageBeamSearch(1 << 12).solve(i, BUDGET);
      double reference = solve(new CoverageBeamSearch(1 << 12), i);
      double greedy = solve(new CoverageGreedy(), i);
      assertTrue(greedy <= reference + 1e-9, "greedy " + greedy + " > reference " + reference);
      assertEquals(greedy, solve(new CoverageLookahead(1), i), 1e-12, "depth 1 is greedy");
      double[] others = {solve(new CoverageRandomWalk(), i), solve(new CoverageLookahead(2), i),
          solve(new CoverageLookahead(4), i)};
      if (ref.status() == Status.OPTIMAL) {
        for (double v : others) {
          assertTrue(v <= reference + 1e-9, v + " above the optimum " + reference + ": " + i);
        }
      }
      assertTrue(Double.isNaN(ref.bound()) || ref.bound() >= reference - 1e-9);
    });
  }

  /** Done-when 2: on every two-room instance greedy stays in the first room. */
  @Test
  void greedyFallsShortOfTheReferenceOnTwoRooms() {
    for (long seed = 1; seed <= 10; seed++) {
      CoverageInstance i = CoverageVariant.ROOMS.generate(seed);
      double greedy = solve(new CoverageGreedy(), i);
      double reference = solve(new CoverageBeamSearch(1 << 10), i);
      assertTrue(greedy <= 42, i.name() + ": greedy " + greedy + " left the first room");
      assertTrue(reference >= greedy + 20, i.name() + ": greedy " + greedy + ", reference "
          + reference);
    }
  }

  @Test
  void optionsAreCheckedByName() {
    Coverage p = new Coverage();
    assertEquals(new CoverageLookahead(5),
        Solvers.create(p, "lookahead", SolverOptions.of(java.util.Map.of("depth", "5"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Solvers.create(p, "lookahead", SolverOptions.of(java.util.Map.of("depth", "0"))));
    assertTrue(e.getMessage().contains("depth=0 is out of range"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Solvers.create(p, "greedy", SolverOptions.of(java.util.Map.of("depth", "2"))));
    assertEquals(List.of("greedy", "lookahead", "random", "reference"),
        Solvers.forProblem("coverage").stream().map(s -> s.id()).toList());
    assertEquals("greedy", Solvers.defaultProvider("coverage").id());
  }
}
