package org.allot.problem.rmab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The graph checks and helpers of {@link ActionConstraint.Path}. */
final class PathGraph {
  private PathGraph() {}

  static int[][] copyEdges(int[][] edges) {
    int[][] c = new int[edges.length][];
    for (int e = 0; e < edges.length; e++) {
      if (edges[e].length != 2) {
        throw new IllegalArgumentException("path: edge " + e + " must be a pair [u, v], has "
            + edges[e].length + " entries");
      }
      c[e] = edges[e].clone();
    }
    return c;
  }

  static void requireFits(ActionConstraint.Path p, int arms) {
    if (p.source() < 0 || p.source() >= arms) {
      throw new IllegalArgumentException("path: source " + p.source() + " is out of range 0.."
          + (arms - 1));
    }
    Set<Long> seen = new HashSet<>();
    for (int e = 0; e < p.edgeCount(); e++) {
      int u = p.endpoint(e, 0);
      int v = p.endpoint(e, 1);
      if (u < 0 || u >= arms || v < 0 || v >= arms) {
        throw new IllegalArgumentException("path: edge " + e + " [" + u + ", " + v
            + "] is out of range; nodes are the arms 0.." + (arms - 1));
      }
      if (u == v) {
        throw new IllegalArgumentException("path: edge " + e + " [" + u + ", " + v
            + "] is a self-loop; leave it out (staying at a node is always allowed)");
      }
      if (!seen.add(key(u, v))) {
        throw new IllegalArgumentException("path: edge " + e + " [" + u + ", " + v
            + "] is a duplicate");
      }
    }
    int[] d = distances(p.edges(), p.source(), arms);
    for (int j = 0; j < arms; j++) {
      if (d[j] < 0) {
        throw new IllegalArgumentException("disconnected path source: node " + j
            + " is unreachable from source " + p.source() + "; add an edge that connects it");
      }
    }
  }

  static long key(int u, int v) {
    return ((long) Math.min(u, v) << 32) | Math.max(u, v);
  }

  static int[][] neighbours(int[][] edges, int arms) {
    int[] deg = new int[arms];
    for (int[] e : edges) {
      if (inRange(e, arms)) {
        deg[e[0]]++;
        deg[e[1]]++;
      }
    }
    int[][] nb = new int[arms][];
    for (int j = 0; j < arms; j++) {
      nb[j] = new int[deg[j]];
      deg[j] = 0;
    }
    for (int[] e : edges) {
      if (inRange(e, arms)) {
        nb[e[0]][deg[e[0]]++] = e[1];
        nb[e[1]][deg[e[1]]++] = e[0];
      }
    }
    for (int[] n : nb) {
      Arrays.sort(n);
    }
    return nb;
  }

  private static boolean inRange(int[] e, int arms) {
    return e[0] >= 0 && e[0] < arms && e[1] >= 0 && e[1] < arms;
  }

  static int[] distances(int[][] edges, int source, int arms) {
    int[][] nb = neighbours(edges, arms);
    int[] d = new int[arms];
    Arrays.fill(d, -1);
    if (source < 0 || source >= arms) {
      return d;
    }
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    d[source] = 0;
    queue.add(source);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int v : nb[u]) {
        if (d[v] < 0) {
          d[v] = d[u] + 1;
          queue.add(v);
        }
      }
    }
    return d;
  }

  static List<String> violations(ActionConstraint.Path p, JointAction a, int arms) {
    List<String> out = new ArrayList<>();
    String kind = p.kind();
    Checks.chosen(kind, a, arms, out);
    Checks.count(kind, a.size(), p.budget(), out);
    int len = a.witnessLength();
    if (len == 0) {
      if (a.size() > 0) {
        out.add(kind + ": no walk given but " + a.size() + " arms acted");
      }
      return out;
    }
    boolean[] onWalk = walk(p, a, arms, out);
    for (int k = 0; k < a.size(); k++) {
      int c = a.chosenAt(k);
      if (c >= 0 && c < arms && !onWalk[c]) {
        out.add(kind + ": arm " + c + " is acted but not on the walk");
      }
    }
    return out;
  }

  /** A linear scan: walks are short and this allocates nothing, unlike an edge set per check. */
  private static boolean adjacent(ActionConstraint.Path p, int u, int v) {
    for (int e = 0; e < p.edgeCount(); e++) {
      int a = p.endpoint(e, 0);
      int b = p.endpoint(e, 1);
      if ((a == u && b == v) || (a == v && b == u)) {
        return true;
      }
    }
    return false;
  }

  private static boolean[] walk(ActionConstraint.Path p, JointAction a, int arms,
      List<String> out) {
    String kind = p.kind();
    int len = a.witnessLength();
    int steps = len - 1;
    if (a.witnessAt(0) != p.source() || a.witnessAt(len - 1) != p.source()) {
      out.add(kind + ": the walk must start and end at source " + p.source() + ", found "
          + a.witnessAt(0) + " ... " + a.witnessAt(len - 1));
    }
    if (steps > p.maxSteps()) {
      out.add(kind + ": walk of " + steps + " steps, at most " + p.maxSteps()
          + " (a stay at a node counts as a step)");
    }
    boolean[] onWalk = new boolean[arms];
    for (int t = 0; t < len; t++) {
      int v = a.witnessAt(t);
      if (v < 0 || v >= arms) {
        out.add(kind + ": walk node " + v + " at position " + t + " is out of range 0.."
            + (arms - 1));
        continue;
      }
      onWalk[v] = true;
      int u = t == 0 ? v : a.witnessAt(t - 1);
      if (u != v && !adjacent(p, u, v)) {
        out.add(kind + ": step " + t + " from " + u + " to " + v + " is not an edge");
      }
    }
    return onWalk;
  }
}
