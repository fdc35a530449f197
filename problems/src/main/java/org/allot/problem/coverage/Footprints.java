package org.allot.problem.coverage;

/**
 * The cells each visit covers on one instance, precomputed once: for every cell {@code c} the
 * free cells of its footprint, {@link #cellAt(int) cellAt(i)} for {@code i} in
 * {@code [first(c), end(c))}. Immutable and thread-safe; shared by every
 * {@link CoverageState} of the instance.
 */
public final class Footprints {
  private final int[] start;
  private final int[] covered;

  /** The footprint table of {@code instance}. */
  public Footprints(CoverageInstance instance) {
    int n = instance.cells();
    int w = instance.width();
    Footprint f = instance.footprint();
    int r = f.reach();
    start = new int[n + 1];
    int[] buf = new int[Math.max(16, n * 4)];
    int k = 0;
    for (int c = 0; c < n; c++) {
      start[c] = k;
      int x = c % w;
      int y = c / w;
      for (int dy = -r; dy <= r; dy++) {
        for (int dx = -r; dx <= r; dx++) {
          int to = instance.cellAt(x + dx, y + dy);
          if (to >= 0 && !instance.isObstacle(to) && f.covers(dx, dy)) {
            if (k == buf.length) {
              buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            buf[k++] = to;
          }
        }
      }
    }
    start[n] = k;
    covered = java.util.Arrays.copyOf(buf, k);
  }

  /** The index of the first covered cell of a visit of {@code cell}. */
  public int first(int cell) {
    return start[cell];
  }

  /** One past the index of the last covered cell of a visit of {@code cell}. */
  public int end(int cell) {
    return start[cell + 1];
  }

  /** The covered cell at index {@code i} of the table. */
  public int cellAt(int i) {
    return covered[i];
  }

  /** The number of grid cells. */
  public int cells() {
    return start.length - 1;
  }
}
