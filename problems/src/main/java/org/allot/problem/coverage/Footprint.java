package org.allot.problem.coverage;

/**
 * Which cells a visit covers. Cells are addressed by column {@code x} (0 at the left) and row
 * {@code y} (0 at the top). A footprint is clipped at the grid's border, and obstacle cells are
 * never covered.
 */
public sealed interface Footprint {
  /** SubPO's footprint: a visit covers the 2 x 2 block whose top-left cell is the visited one. */
  Footprint SUBPO = new Square(2);

  /** True when a visit of {@code (x, y)} covers the cell {@code (x + dx, y + dy)}. */
  boolean covers(int dx, int dy);

  /** The largest {@code |dx|} or {@code |dy|} this footprint reaches. */
  int reach();

  /** The most cells one step to a 4-neighbour can newly cover (an upper bound, for solvers). */
  int newCellsPerMove();

  /**
   * A visit of {@code (x, y)} covers the {@code k x k} block {@code [x, x + k) x [y, y + k)}.
   *
   * @param size the block's side {@code k}, in 1..64
   */
  record Square(int size) implements Footprint {
    public Square {
      if (size < 1 || size > 64) {
        throw new IllegalArgumentException("square footprint size must be in 1..64, got " + size);
      }
    }

    @Override
    public boolean covers(int dx, int dy) {
      return dx >= 0 && dx < size && dy >= 0 && dy < size;
    }

    @Override
    public int reach() {
      return size - 1;
    }

    /** A move shifts the block by one: a new row or column of {@code k} cells. */
    @Override
    public int newCellsPerMove() {
      return size;
    }
  }

  /**
   * A visit of {@code (x, y)} covers every cell whose centre lies within Euclidean distance
   * {@code radius} of the visited cell's centre ({@code dx^2 + dy^2 <= radius^2}).
   *
   * @param radius in cells, in 0..64 (0 covers the visited cell alone)
   */
  record Disk(double radius) implements Footprint {
    public Disk {
      if (!(radius >= 0 && radius <= 64)) {
        throw new IllegalArgumentException("disk footprint radius must be in 0..64, got "
            + radius);
      }
    }

    @Override
    public boolean covers(int dx, int dy) {
      return (double) dx * dx + (double) dy * dy <= radius * radius;
    }

    @Override
    public int reach() {
      return (int) Math.floor(radius);
    }

    /** At most the number of cells of the disk (a loose but simple bound). */
    @Override
    public int newCellsPerMove() {
      int r = reach();
      int n = 0;
      for (int dy = -r; dy <= r; dy++) {
        for (int dx = -r; dx <= r; dx++) {
          n += covers(dx, dy) ? 1 : 0;
        }
      }
      return n;
    }
  }
}
