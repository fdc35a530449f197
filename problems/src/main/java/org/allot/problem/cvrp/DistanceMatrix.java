package org.allot.problem.cvrp;

import java.util.Arrays;

/**
 * Integer distances between the nodes of a CVRP instance (node 0 is the depot). Symmetric. For
 * EUC_2D instances up to {@link #PRECOMPUTE_LIMIT} nodes the matrix is computed once; beyond, each
 * distance is computed on demand from the coordinates. Immutable and thread-safe.
 */
public final class DistanceMatrix {
  /** Largest node count whose full matrix is precomputed (about 100 MB of ints at the limit). */
  public static final int PRECOMPUTE_LIMIT = 5000;

  private final int size;
  private final int[] matrix;
  private final double[] x;
  private final double[] y;

  private DistanceMatrix(int size, int[] matrix, double[] x, double[] y) {
    this.size = size;
    this.matrix = matrix;
    this.x = x;
    this.y = y;
  }

  /** CVRPLIB's rounded Euclidean distance: {@code (int) (sqrt(dx^2 + dy^2) + 0.5)}. */
  public static int euclidean(double x1, double y1, double x2, double y2) {
    double dx = x1 - x2;
    double dy = y1 - y2;
    return (int) (Math.sqrt(dx * dx + dy * dy) + 0.5);
  }

  /** Rounded Euclidean distances between the given points. */
  public static DistanceMatrix euclidean(double[] x, double[] y) {
    int n = x.length;
    if (n > PRECOMPUTE_LIMIT) {
      return new DistanceMatrix(n, null, x.clone(), y.clone());
    }
    int[] m = new int[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int d = euclidean(x[i], y[i], x[j], y[j]);
        m[i * n + j] = d;
        m[j * n + i] = d;
      }
    }
    return new DistanceMatrix(n, m, null, null);
  }

  /**
   * An explicit symmetric matrix.
   *
   * @throws IllegalArgumentException when it is not square, not symmetric, has a negative entry
   *     or a non-zero diagonal
   */
  public static DistanceMatrix explicit(int[][] full) {
    int n = full.length;
    int[] m = new int[n * n];
    for (int i = 0; i < n; i++) {
      if (full[i].length != n) {
        throw new IllegalArgumentException("row " + i + " has " + full[i].length
            + " entries, expected " + n);
      }
      for (int j = 0; j < n; j++) {
        int d = full[i][j];
        if (d < 0 || (i == j && d != 0) || full[j].length == n && full[j][i] != d) {
          throw new IllegalArgumentException("distance " + i + "-" + j + " = " + d
              + ": expected a symmetric non-negative matrix with a zero diagonal");
        }
        m[i * n + j] = d;
      }
    }
    return new DistanceMatrix(n, m, null, null);
  }

  /** The number of nodes (customers + 1). */
  public int size() {
    return size;
  }

  /** The distance between nodes {@code i} and {@code j}. */
  public int distance(int i, int j) {
    if (matrix != null) {
      return matrix[i * size + j];
    }
    return euclidean(x[i], y[i], x[j], y[j]);
  }

  /** True when the full matrix is held in memory. */
  public boolean precomputed() {
    return matrix != null;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DistanceMatrix other) || other.size != size) {
      return false;
    }
    if (matrix != null && other.matrix != null) {
      return Arrays.equals(matrix, other.matrix);
    }
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        if (distance(i, j) != other.distance(i, j)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = size;
    for (int j = 1; j < Math.min(size, 64); j++) {
      h = 31 * h + distance(0, j);
    }
    return h;
  }
}
