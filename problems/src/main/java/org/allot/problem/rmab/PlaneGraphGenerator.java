package org.allot.problem.rmab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random connected plane graphs standing in for the London Underground subgraphs of the path
 * benchmark (mean degree 2.66 to 2.9): J points uniform in the unit square, their Euclidean
 * minimum spanning tree (connected and crossing-free), then the shortest non-crossing edges
 * among each point's 8 nearest neighbours until there are {@code round(1.4 J)} edges (mean
 * degree 2.8) or no candidate is left.
 */
final class PlaneGraphGenerator {
  /** Edges per node: mean degree 2.8. */
  static final double EDGES_PER_NODE = 1.4;
  private static final int NEAREST = 8;

  private PlaneGraphGenerator() {}

  /** The edges as sorted pairs {@code [u, v]}, {@code u < v}, in lexicographic order. */
  static int[][] edges(int n, SplittableRandom r) {
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextDouble();
      y[i] = r.nextDouble();
    }
    List<int[]> edges = spanningTree(x, y);
    int target = Math.max(n - 1, (int) Math.round(EDGES_PER_NODE * n));
    for (int[] c : candidates(x, y)) {
      if (edges.size() >= target) {
        break;
      }
      if (!contains(edges, c) && !crossesAny(edges, c, x, y)) {
        edges.add(c);
      }
    }
    int[][] out = edges.toArray(new int[0][]);
    Arrays.sort(out, Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
    return out;
  }

  private static List<int[]> spanningTree(double[] x, double[] y) {
    int n = x.length;
    List<int[]> edges = new ArrayList<>();
    boolean[] in = new boolean[n];
    double[] best = new double[n];
    int[] parent = new int[n];
    Arrays.fill(best, Double.POSITIVE_INFINITY);
    best[0] = 0;
    for (int k = 0; k < n; k++) {
      int u = -1;
      for (int i = 0; i < n; i++) {
        if (!in[i] && (u < 0 || best[i] < best[u])) {
          u = i;
        }
      }
      in[u] = true;
      if (k > 0) {
        edges.add(new int[] {Math.min(u, parent[u]), Math.max(u, parent[u])});
      }
      for (int i = 0; i < n; i++) {
        double d = dist(x, y, u, i);
        if (!in[i] && d < best[i]) {
          best[i] = d;
          parent[i] = u;
        }
      }
    }
    return edges;
  }

  private static List<int[]> candidates(double[] x, double[] y) {
    int n = x.length;
    List<int[]> c = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Integer[] others = new Integer[n];
      for (int j = 0; j < n; j++) {
        others[j] = j;
      }
      final int from = i;
      Arrays.sort(others, Comparator.comparingDouble((Integer j) -> dist(x, y, from, j))
          .thenComparingInt(j -> j));
      for (int k = 1; k <= Math.min(NEAREST, n - 1); k++) {
        int j = others[k];
        int[] e = {Math.min(i, j), Math.max(i, j)};
        if (!contains(c, e)) {
          c.add(e);
        }
      }
    }
    c.sort(Comparator.<int[]>comparingDouble(e -> dist(x, y, e[0], e[1]))
        .thenComparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
    return c;
  }

  private static boolean contains(List<int[]> edges, int[] e) {
    for (int[] f : edges) {
      if (f[0] == e[0] && f[1] == e[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean crossesAny(List<int[]> edges, int[] e, double[] x, double[] y) {
    for (int[] f : edges) {
      if (f[0] != e[0] && f[0] != e[1] && f[1] != e[0] && f[1] != e[1]
          && cross(x, y, e[0], e[1], f[0], f[1])) {
        return true;
      }
    }
    return false;
  }

  /** Whether segments ab and cd properly intersect. */
  private static boolean cross(double[] x, double[] y, int a, int b, int c, int d) {
    return orient(x, y, a, b, c) * orient(x, y, a, b, d) < 0
        && orient(x, y, c, d, a) * orient(x, y, c, d, b) < 0;
  }

  private static double orient(double[] x, double[] y, int a, int b, int c) {
    return Math.signum((x[b] - x[a]) * (y[c] - y[a]) - (y[b] - y[a]) * (x[c] - x[a]));
  }

  private static double dist(double[] x, double[] y, int a, int b) {
    return Math.hypot(x[a] - x[b], y[a] - y[b]);
  }
}
