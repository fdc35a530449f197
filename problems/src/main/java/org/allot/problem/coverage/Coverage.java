package org.allot.problem.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allot.problem.Evaluation;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problem;
import org.allot.problem.Sense;
import org.allot.problem.Violation;

/**
 * Submodular coverage (informative path planning, after SubPO): walk a grid for {@code H} steps
 * from the start and maximise {@code F(covered cells)}, a monotone submodular function (weighted
 * coverage or item collection, {@link CoverageObjective}); covering a cell twice is worth
 * nothing. Stateless and thread-safe.
 */
public final class Coverage implements Problem<CoverageInstance, CoverageWalk> {
  /** The family's id. */
  public static final String ID = "coverage";
  private static final CoverageGenerators GENERATORS = new CoverageGenerators();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "submodular coverage walks on grids (weighted coverage, item collection);"
        + " Allot JSON and density CSV";
  }

  @Override
  public Sense sense() {
    return Sense.MAXIMIZE;
  }

  @Override
  public Class<CoverageInstance> instanceType() {
    return CoverageInstance.class;
  }

  @Override
  public Class<CoverageWalk> solutionType() {
    return CoverageWalk.class;
  }

  /** The family's generators; see {@link CoverageGenerators}. */
  @Override
  public Optional<GeneratorFamily<CoverageInstance>> generators() {
    return Optional.of(GENERATORS);
  }

  @Override
  public List<InstanceFormat<CoverageInstance>> formats() {
    return List.of(CoverageJsonFormat.INSTANCE, DensityCsvFormat.INSTANCE);
  }

  /**
   * Checks a walk and recomputes F from scratch (a bitset of covered cells, independent of
   * {@link CoverageState}); never throws. Violations: {@code length} (the walk must visit
   * {@code horizon + 1} cells; the visited prefix is still checked), {@code start}
   * ({@code s_0} is not the start cell), {@code off-grid} (a cell index outside the grid),
   * {@code obstacle} (a visit of an obstacle) and {@code move} (two consecutive cells that are
   * neither equal nor 4-neighbours); each names the step, the cells from and to, and why. F counts
   * the footprints of every visit inside the grid.
   */
  @Override
  public Evaluation evaluate(CoverageInstance instance, CoverageWalk walk) {
    int[] cells = walk.cells();
    List<Violation> violations = new ArrayList<>();
    if (cells.length != instance.horizon() + 1) {
      violations.add(new Violation("length", "the walk visits " + cells.length
          + " cells; horizon " + instance.horizon() + " needs " + (instance.horizon() + 1),
          Math.abs(cells.length - instance.horizon() - 1)));
    }
    if (cells[0] != instance.start()) {
      violations.add(new Violation("start", "step 0: the walk starts at "
          + instance.describe(cells[0]) + ", the instance at "
          + instance.describe(instance.start()), 0));
    }
    for (int t = 0; t < cells.length; t++) {
      checkVisit(instance, cells, t, violations);
    }
    return Evaluation.of(value(instance, cells), violations);
  }

  private static void checkVisit(CoverageInstance instance, int[] cells, int t,
      List<Violation> out) {
    int to = cells[t];
    String from = t == 0 ? "" : instance.describe(cells[t - 1]) + " -> ";
    String where = "step " + t + ": " + from + instance.describe(to);
    if (!instance.inside(to)) {
      out.add(new Violation("off-grid", where + ": outside the " + instance.width() + " x "
          + instance.height() + " grid", 0));
      return;
    }
    if (instance.isObstacle(to)) {
      out.add(new Violation("obstacle", where + ": enters an obstacle", 0));
    }
    if (t > 0 && instance.inside(cells[t - 1]) && !adjacentOrSame(instance, cells[t - 1], to)) {
      int dist = Math.abs(instance.xOf(to) - instance.xOf(cells[t - 1]))
          + Math.abs(instance.yOf(to) - instance.yOf(cells[t - 1]));
      out.add(new Violation("move", where + ": not a 4-neighbour (" + dist
          + " cells apart); a step stays or moves north, south, east or west", dist));
    }
  }

  private static boolean adjacentOrSame(CoverageInstance instance, int a, int b) {
    int d = Math.abs(instance.xOf(a) - instance.xOf(b)) + Math.abs(instance.yOf(a)
        - instance.yOf(b));
    return d <= 1;
  }

  /** F of the footprints of the visits inside the grid, recomputed from scratch. */
  static double value(CoverageInstance instance, int[] cells) {
    boolean[] covered = new boolean[instance.cells()];
    Footprint f = instance.footprint();
    int r = f.reach();
    for (int cell : cells) {
      if (!instance.inside(cell)) {
        continue;
      }
      for (int dy = -r; dy <= r; dy++) {
        for (int dx = -r; dx <= r; dx++) {
          int c = instance.cellAt(instance.xOf(cell) + dx, instance.yOf(cell) + dy);
          if (c >= 0 && f.covers(dx, dy) && !instance.isObstacle(c)) {
            covered[c] = true;
          }
        }
      }
    }
    return objective(instance.objective(), covered);
  }

  /** F of a set of covered cells. */
  public static double objective(CoverageObjective objective, boolean[] covered) {
    return switch (objective) {
      case CoverageObjective.WeightedCoverage w -> {
        double s = 0;
        for (int c = 0; c < covered.length; c++) {
          s += covered[c] ? w.weightOf(c) : 0;
        }
        yield s;
      }
      case CoverageObjective.ItemCollection i -> {
        int[] count = new int[i.types()];
        for (int c = 0; c < covered.length; c++) {
          if (covered[c] && i.typeOf(c) >= 0) {
            count[i.typeOf(c)]++;
          }
        }
        int s = 0;
        for (int k = 0; k < count.length; k++) {
          s += Math.min(count[k], i.requirementOf(k));
        }
        yield s;
      }
    };
  }

  /** The objective of a legal walk, or throws naming the first violation. */
  public static double objectiveOf(CoverageInstance instance, CoverageWalk walk) {
    Evaluation e = new Coverage().evaluate(instance, walk);
    if (!e.feasible()) {
      throw new IllegalArgumentException("illegal walk: " + e.violations().getFirst());
    }
    return e.objective();
  }

  @Override
  public String toString() {
    return ID;
  }
}
