package org.allot.problem.cvrp;

import org.allot.problem.InstanceFormatException;

/**
 * The layouts of an explicit TSPLIB matrix (EDGE_WEIGHT_FORMAT): which entries the
 * EDGE_WEIGHT_SECTION lists, in which order. CVRP distances are symmetric, so each column-wise
 * layout lists its entries in the same order as the transposed row-wise one.
 */
enum EdgeWeightFormat {
  FULL_MATRIX,
  LOWER_ROW,
  LOWER_DIAG_ROW,
  UPPER_ROW,
  UPPER_DIAG_ROW,
  LOWER_COL,
  LOWER_DIAG_COL,
  UPPER_COL,
  UPPER_DIAG_COL;

  /** Receives the entries of the section in file order. */
  @FunctionalInterface
  interface Cell {
    void accept(int row, int column) throws InstanceFormatException;
  }

  /** The number of entries the section holds for {@code n} nodes. */
  long entries(int n) {
    long m = n;
    return switch (this) {
      case FULL_MATRIX -> m * m;
      case LOWER_DIAG_ROW, UPPER_DIAG_ROW, LOWER_DIAG_COL, UPPER_DIAG_COL -> m * (m + 1) / 2;
      default -> m * (m - 1) / 2;
    };
  }

  /** Visits the (row, column) of every entry of an {@code n}-node matrix in file order. */
  void visit(int n, Cell cell) throws InstanceFormatException {
    switch (this) {
      case FULL_MATRIX -> full(n, cell);
      case LOWER_ROW, UPPER_COL -> lower(n, false, cell);
      case LOWER_DIAG_ROW, UPPER_DIAG_COL -> lower(n, true, cell);
      case UPPER_ROW, LOWER_COL -> upper(n, false, cell);
      case UPPER_DIAG_ROW, LOWER_DIAG_COL -> upper(n, true, cell);
    }
  }

  private static void full(int n, Cell cell) throws InstanceFormatException {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        cell.accept(i, j);
      }
    }
  }

  private static void lower(int n, boolean diagonal, Cell cell) throws InstanceFormatException {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < (diagonal ? i + 1 : i); j++) {
        cell.accept(i, j);
      }
    }
  }

  private static void upper(int n, boolean diagonal, Cell cell) throws InstanceFormatException {
    for (int i = 0; i < n; i++) {
      for (int j = diagonal ? i : i + 1; j < n; j++) {
        cell.accept(i, j);
      }
    }
  }

  /** The names of all layouts, for messages. */
  static String names() {
    StringBuilder b = new StringBuilder();
    for (EdgeWeightFormat f : values()) {
      b.append(b.isEmpty() ? "" : ", ").append(f.name());
    }
    return b.toString();
  }
}
