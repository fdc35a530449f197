package org.allot.problem.coverage;

import java.util.Arrays;
import org.allot.problem.Solution;

/**
 * A walk on a coverage instance: the visited cells {@code s_0, s_1, ..., s_H} (row-major cell
 * indices {@code y * width + x}), where {@code s_0} is the start and {@code H} the horizon.
 * Whether the walk is legal is the evaluator's business ({@link Coverage#evaluate}).
 *
 * @param cells the visited cells in order, at least one
 */
public record CoverageWalk(int[] cells) implements Solution {
  public CoverageWalk {
    cells = cells.clone();
    if (cells.length == 0) {
      throw new IllegalArgumentException("a walk visits at least its start cell");
    }
  }

  /** The number of cells visited, {@code horizon + 1} for a complete walk. */
  public int length() {
    return cells.length;
  }

  /** The cell visited at time {@code t}. */
  public int cellAt(int t) {
    return cells[t];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CoverageWalk w && Arrays.equals(cells, w.cells);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(cells);
  }

  @Override
  public String toString() {
    return "CoverageWalk" + Arrays.toString(cells);
  }
}
