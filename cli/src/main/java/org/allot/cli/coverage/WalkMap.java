package org.allot.cli.coverage;

import org.allot.plot.Anchor;
import org.allot.plot.Canvas;
import org.allot.plot.Rgb;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageObjective;
import org.allot.problem.coverage.CoverageState;
import org.allot.problem.coverage.CoverageWalk;

/**
 * A picture of a walk: the grid as a heat map of cell values (weights, or for item collection
 * one hue per item type), green where not covered and orange where covered, obstacles dark grey;
 * the walk as a blue line through the cell centres from a black start square to a red end
 * square. Walk cells outside the grid are skipped.
 */
final class WalkMap {
  private static final int LEFT = 30;
  private static final int TOP = 70;
  private static final int MARGIN = 30;

  private final CoverageInstance instance;
  private final CoverageWalk walk;
  private final CoverageState covered;
  private final double cell;
  private final double max;

  WalkMap(CoverageInstance instance, CoverageWalk walk) {
    this.instance = instance;
    this.walk = walk;
    this.covered = CoverageState.empty(instance);
    for (int c : walk.cells()) {
      if (instance.inside(c)) {
        covered.add(c);
      }
    }
    this.cell = Math.max(8, Math.min(40, Math.min(900.0 / instance.width(),
        700.0 / instance.height())));
    double m = 0;
    if (instance.objective() instanceof CoverageObjective.WeightedCoverage w) {
      for (int c = 0; c < instance.cells(); c++) {
        m = Math.max(m, w.weightOf(c));
      }
    }
    this.max = m;
  }

  int width() {
    return (int) Math.ceil(Math.max(520, LEFT + cell * instance.width() + MARGIN));
  }

  int height() {
    return (int) Math.ceil(TOP + cell * instance.height() + MARGIN);
  }

  /** The number of covered cells. */
  int coveredCells() {
    return covered.coveredCells();
  }

  void draw(Canvas c, String title) {
    c.rect(0, 0, c.width(), c.height(), Rgb.WHITE, Rgb.WHITE);
    c.text(LEFT, 26, title, 17, true, Rgb.BLACK, Anchor.START);
    c.text(LEFT, 46, instance.width() + " x " + instance.height() + " grid, horizon "
        + instance.horizon() + "; green: not covered, orange: covered (darker = more value),"
        + " grey: obstacle", 12, false, Rgb.GREY, Anchor.START);
    for (int k = 0; k < instance.cells(); k++) {
      double x = LEFT + cell * instance.xOf(k);
      double y = TOP + cell * instance.yOf(k);
      c.rect(x, y, cell, cell, colour(k), Rgb.LIGHT_GREY);
    }
    int[] cells = walk.cells();
    for (int t = 1; t < cells.length; t++) {
      if (instance.inside(cells[t - 1]) && instance.inside(cells[t])) {
        c.line(cx(cells[t - 1]), cy(cells[t - 1]), cx(cells[t]), cy(cells[t]),
            new Rgb(30, 80, 200), Math.max(1.5, cell / 8));
      }
    }
    mark(c, cells[0], Rgb.BLACK);
    mark(c, cells[cells.length - 1], Rgb.RED);
  }

  private void mark(Canvas c, int k, Rgb colour) {
    if (instance.inside(k)) {
      double s = cell / 3;
      c.rect(cx(k) - s / 2, cy(k) - s / 2, s, s, colour, colour);
    }
  }

  private Rgb colour(int k) {
    if (instance.isObstacle(k)) {
      return new Rgb(90, 90, 90);
    }
    double level;
    double hue;
    boolean on = covered.isCovered(k);
    switch (instance.objective()) {
      case CoverageObjective.WeightedCoverage w -> {
        level = max > 0 ? w.weightOf(k) / max : 0;
        hue = on ? 30 : 120;
      }
      case CoverageObjective.ItemCollection i -> {
        level = i.typeOf(k) < 0 ? 0 : 0.6;
        hue = i.typeOf(k) < 0 ? 0 : i.typeOf(k) * 360.0 / Math.max(1, i.types());
        if (!on && i.typeOf(k) >= 0) {
          return Rgb.hsl(hue, 0.35, 0.85);
        }
      }
    }
    return Rgb.hsl(hue, on ? 0.85 : 0.5, 0.95 - 0.6 * level);
  }

  private double cx(int k) {
    return LEFT + cell * (instance.xOf(k) + 0.5);
  }

  private double cy(int k) {
    return TOP + cell * (instance.yOf(k) + 0.5);
  }
}
