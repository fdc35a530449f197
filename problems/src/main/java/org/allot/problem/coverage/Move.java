package org.allot.problem.coverage;

/**
 * The five moves of a walk, in action order: stay, or one step to a 4-neighbour. Row 0 is the
 * top row, so north decreases {@code y}.
 */
public enum Move {
  STAY(0, 0),
  NORTH(0, -1),
  SOUTH(0, 1),
  EAST(1, 0),
  WEST(-1, 0);

  private static final Move[] ALL = values();

  private final int dx;
  private final int dy;

  Move(int dx, int dy) {
    this.dx = dx;
    this.dy = dy;
  }

  public int dx() {
    return dx;
  }

  public int dy() {
    return dy;
  }

  /** The move with action index {@code action} (its ordinal). */
  public static Move of(int action) {
    return ALL[action];
  }

  /** The number of moves (5). */
  public static int count() {
    return ALL.length;
  }
}
