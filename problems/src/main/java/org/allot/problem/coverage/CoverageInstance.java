package org.allot.problem.coverage;

import java.util.Arrays;
import java.util.Objects;
import org.allot.problem.Instance;

/**
 * A coverage instance (informative path planning, SubPO's grid worlds): a {@code width x height}
 * grid with obstacles, a monotone submodular objective over the covered cells, a start cell, a
 * horizon {@code H} and a footprint. A walk visits {@code s_0 = start, s_1, ..., s_H}, each step
 * staying or moving to a free 4-neighbour; a visit covers the footprint's cells (obstacles
 * excepted) and the walk earns {@code F(covered cells)}.
 *
 * <p>Cells are numbered row-major: {@code cell = y * width + x}, {@code x} the column (0 at the
 * left) and {@code y} the row (0 at the top). Obstacles carry no value: their weight must be 0
 * and they hold no item.
 *
 * @param name the instance's name
 * @param width columns, at least 1
 * @param height rows, at least 1; {@code width * height <= } {@link #MAX_CELLS}
 * @param obstacle per cell, true for an obstacle (never entered, never covered)
 * @param objective what the covered cells are worth, over {@code width * height} cells
 * @param start the start cell, inside the grid and free
 * @param horizon the number of steps {@code H >= 0}
 * @param footprint what a visit covers
 */
public record CoverageInstance(String name, int width, int height, boolean[] obstacle,
    CoverageObjective objective, int start, int horizon, Footprint footprint)
    implements Instance {
  /** The largest grid (cells). */
  public static final int MAX_CELLS = 1 << 22;
  /** The largest horizon. */
  public static final int MAX_HORIZON = 1 << 20;

  public CoverageInstance {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(footprint, "footprint");
    if (width < 1 || height < 1 || (long) width * height > MAX_CELLS) {
      throw new IllegalArgumentException("grid " + width + " x " + height + ": width and height"
          + " must be >= 1 with at most " + MAX_CELLS + " cells");
    }
    int n = width * height;
    if (obstacle.length != n || objective.cells() != n) {
      throw new IllegalArgumentException("obstacles and objective need one entry per cell of the"
          + " " + width + " x " + height + " grid (" + n + "), got " + obstacle.length + " and "
          + objective.cells());
    }
    obstacle = obstacle.clone();
    if (start < 0 || start >= n) {
      throw new IllegalArgumentException("start cell " + start + " is outside the " + width
          + " x " + height + " grid (cells 0.." + (n - 1) + ")");
    }
    if (obstacle[start]) {
      throw new IllegalArgumentException("start cell " + start + " (x " + start % width + ", y "
          + start / width + ") is an obstacle");
    }
    if (horizon < 0 || horizon > MAX_HORIZON) {
      throw new IllegalArgumentException("horizon must be in 0.." + MAX_HORIZON + ", got "
          + horizon);
    }
    checkObstaclesCarryNoValue(width, obstacle, objective);
  }

  private static void checkObstaclesCarryNoValue(int width, boolean[] obstacle,
      CoverageObjective objective) {
    for (int c = 0; c < obstacle.length; c++) {
      if (obstacle[c]) {
        checkObstacle(width, c, objective);
      }
    }
  }

  private static void checkObstacle(int width, int c, CoverageObjective objective) {
    String where = "cell " + c + " (x " + c % width + ", y " + c / width + ")";
    switch (objective) {
      case CoverageObjective.WeightedCoverage w when w.weightOf(c) != 0 ->
          throw new IllegalArgumentException(where + " is an obstacle with weight "
              + w.weightOf(c) + "; obstacles carry no weight");
      case CoverageObjective.ItemCollection i when i.typeOf(c) != -1 ->
          throw new IllegalArgumentException(where + " is an obstacle holding item type "
              + i.typeOf(c) + "; obstacles hold no item");
      default -> { }
    }
  }

  /** The number of cells, {@code width * height}. */
  public int cells() {
    return width * height;
  }

  public int xOf(int cell) {
    return cell % width;
  }

  public int yOf(int cell) {
    return cell / width;
  }

  /** The cell at column {@code x}, row {@code y}, or -1 outside the grid. */
  public int cellAt(int x, int y) {
    return x < 0 || y < 0 || x >= width || y >= height ? -1 : y * width + x;
  }

  /** True when {@code cell} is inside the grid. */
  public boolean inside(int cell) {
    return cell >= 0 && cell < width * height;
  }

  public boolean isObstacle(int cell) {
    return obstacle[cell];
  }

  /** The cell {@code move} leads to from {@code cell}, or -1 when it leaves the grid or hits an obstacle. */
  public int target(int cell, Move move) {
    int to = cellAt(xOf(cell) + move.dx(), yOf(cell) + move.dy());
    return to < 0 || obstacle[to] ? -1 : to;
  }

  /** "(x, y)" of a cell, for messages. */
  public String describe(int cell) {
    return inside(cell) ? "(" + xOf(cell) + ", " + yOf(cell) + ")" : "cell " + cell;
  }

  /** This instance under another name. */
  public CoverageInstance withName(String newName) {
    return new CoverageInstance(newName, width, height, obstacle, objective, start, horizon,
        footprint);
  }

  /** This instance with another horizon. */
  public CoverageInstance withHorizon(int newHorizon) {
    return new CoverageInstance(name, width, height, obstacle, objective, start, newHorizon,
        footprint);
  }

  @Override
  public boolean[] obstacle() {
    return obstacle.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CoverageInstance i && name.equals(i.name) && width == i.width
        && height == i.height && Arrays.equals(obstacle, i.obstacle)
        && objective.equals(i.objective) && start == i.start && horizon == i.horizon
        && footprint.equals(i.footprint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, width, height, Arrays.hashCode(obstacle), objective, start,
        horizon, footprint);
  }

  @Override
  public String toString() {
    return "CoverageInstance[" + name + ", " + width + " x " + height + ", " + objective
        + ", start " + describe(start) + ", horizon " + horizon + ", " + footprint + "]";
  }
}
