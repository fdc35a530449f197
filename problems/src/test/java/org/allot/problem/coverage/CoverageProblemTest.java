package org.allot.problem.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.Evaluation;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problem;
import org.allot.problem.contract.ProblemContract;
import org.junit.jupiter.api.Test;

/**
 * The coverage family against the shared problem contract (weighted samples: every sample goes
 * through the CSV too; item collection round-trips in {@link CoverageJsonFormatTest}), and the
 * evaluator's violations and value on hand-checked walks.
 */
class CoverageProblemTest extends ProblemContract<CoverageInstance, CoverageWalk> {
  @Override
  protected Problem<CoverageInstance, CoverageWalk> problem() {
    return new Coverage();
  }

  @Override
  protected List<CoverageInstance> sampleInstances() {
    return List.of(CoverageFixtures.wall(), CoverageVariant.NESTS.generate(1),
        CoverageVariant.ROOMS.generate(2));
  }

  @Override
  protected String fileName(CoverageInstance instance, InstanceFormat<CoverageInstance> format) {
    return instance.name() + "." + format.name();
  }

  @Override
  protected CoverageWalk feasibleSolution(CoverageInstance instance) {
    return instance.name().equals("wall") ? CoverageFixtures.wallWalk()
        : CoverageFixtures.randomWalk(instance, new SplittableRandom(1));
  }

  @Override
  protected CoverageInstance rename(CoverageInstance original, CoverageInstance read) {
    return original.withName(read.name());
  }

  @Override
  protected List<CoverageWalk> brokenSolutions(CoverageInstance instance) {
    int[] good = feasibleSolution(instance).cells();
    List<CoverageWalk> broken = new ArrayList<>();
    broken.add(new CoverageWalk(java.util.Arrays.copyOf(good, good.length - 1)));
    int[] jump = good.clone();
    jump[1] = instance.cells() - 1;
    broken.add(new CoverageWalk(jump));
    int[] off = good.clone();
    off[good.length - 1] = instance.cells();
    broken.add(new CoverageWalk(off));
    int[] start = good.clone();
    start[0] = good[1] == good[0] ? instance.cells() - 1 : good[1];
    broken.add(new CoverageWalk(start));
    return broken;
  }

  @Test
  void wallWalkValueIsHandComputed() {
    // 2 x 2 footprints of (0,0)..(0,3): columns 0-1 of every row (1+2+1+3+0+1+1+1 = 10); then
    // (1,3), (2,3), (3,3) add row 3's cells (2,3), (3,3), (4,3): 1+1+9 = 11
    assertEquals(21, Coverage.objectiveOf(CoverageFixtures.wall(), CoverageFixtures.wallWalk()));
  }

  @Test
  void walkThroughAWallNamesStepCellsAndReason() {
    CoverageWalk through = new CoverageWalk(new int[] {0, 1, 2, 3, 8, 9, 14});
    Evaluation e = new Coverage().evaluate(CoverageFixtures.wall(), through);
    assertEquals(1, e.violations().size(), e.violations().toString());
    assertEquals("obstacle at step 2: (1, 0) -> (2, 0): enters an obstacle",
        e.violations().getFirst().toString());
  }

  @Test
  void everyKindOfViolationIsNamed() {
    CoverageInstance w = CoverageFixtures.wall();
    Evaluation e = new Coverage().evaluate(w, new CoverageWalk(new int[] {1, 3, 99, 4}));
    List<String> kinds = e.violations().stream().map(v -> v.constraint()).toList();
    assertEquals(List.of("length", "start", "move", "off-grid"), kinds, e.violations().toString());
    assertTrue(e.violations().get(2).where().contains("step 1: (1, 0) -> (3, 0): not a"
        + " 4-neighbour"), e.violations().toString());
  }

  @Test
  void itemValueCapsEachTypeAtItsRequirement() {
    CoverageInstance items = CoverageFixtures.items();
    // start (1, 1) with a radius-1 disk covers cells 1, 4, 5, 6, 9: type 0 x2, type 1 x2 -> 2 + 1
    CoverageWalk stay = new CoverageWalk(new int[] {5, 5, 5, 5, 5});
    assertEquals(3, Coverage.objectiveOf(items, stay));
  }
}
