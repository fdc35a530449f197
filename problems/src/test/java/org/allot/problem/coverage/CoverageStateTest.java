package org.allot.problem.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.allot.problem.contract.SeededProperty;
import org.junit.jupiter.api.Test;

/**
 * The incremental state against the evaluator's from-scratch value: gain equals the change of
 * F, add applies it, and F is monotone and submodular along random walks.
 */
class CoverageStateTest {
  @Test
  void gainsMatchTheEvaluatorOnRandomWalks() {
    SeededProperty.check("state gain = F difference", 300, r -> {
      CoverageInstance instance = CoverageFixtures.random(r);
      CoverageWalk walk = CoverageFixtures.randomWalk(instance, r);
      CoverageState state = CoverageState.empty(instance);
      int[] cells = walk.cells();
      for (int t = 0; t < cells.length; t++) {
        double before = Coverage.value(instance, java.util.Arrays.copyOf(cells, t));
        double after = Coverage.value(instance, java.util.Arrays.copyOf(cells, t + 1));
        double g = state.gain(cells[t]);
        assertEquals(after - before, g, 1e-9, "gain at step " + t);
        assertEquals(g, state.add(cells[t]), 1e-9, "add at step " + t);
        assertEquals(after, state.value(), 1e-9, "value at step " + t);
      }
    });
  }

  @Test
  void gainsOnlyShrinkAsMoreIsCovered() {
    SeededProperty.check("diminishing returns", 200, r -> {
      CoverageInstance instance = CoverageFixtures.random(r);
      CoverageState small = CoverageState.empty(instance);
      CoverageState large = CoverageState.empty(instance);
      SplittableRandom pick = r.split();
      for (int k = 0; k < 6; k++) {
        int c = pick.nextInt(instance.cells());
        small.add(c);
        large.add(c);
        large.add(pick.nextInt(instance.cells()));
        for (int probe = 0; probe < instance.cells(); probe++) {
          if (large.gain(probe) > small.gain(probe) + 1e-12 || large.gain(probe) < 0) {
            throw new AssertionError("gain of " + probe + " grew from " + small.gain(probe)
                + " to " + large.gain(probe));
          }
        }
      }
    });
  }

  @Test
  void copiesAreIndependent() {
    CoverageInstance w = CoverageFixtures.wall();
    CoverageState a = CoverageState.atStart(w, new Footprints(w));
    CoverageState b = a.copy();
    b.add(19);
    assertEquals(7, a.value());
    assertEquals(7 + 9, b.value());
    assertEquals(4, a.coveredCells());
  }
}
