package org.allot.problem.rmab;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * {@link ActionConstraint.Path} pick by pick: the picks are the acted nodes in the order the
 * walk visits them. The walk runs from the source along a shortest path to each picked node in
 * turn and, at the end, back along a shortest path to the source; a node is allowed when it is
 * not picked, fewer than B are picked, and the steps walked so far plus the shortest distances
 * to it and from it back to the source are at most L (so the walk can always close). Every set
 * the constraint allows is reached by some order of picks (the order of first visits of any
 * walk that proves it feasible, since shortest paths are never longer), and every set reached
 * is feasible; but one order of picks may rule out a node that another order would allow. The
 * block of features: a one-hot of the node the walk has reached, then the steps left / L.
 */
final class PathPicks implements PickState {
  private final ActionConstraint.Path p;
  private final int arms;
  /** [u][v]: the edges on a shortest path (shared by copies, never written after construction). */
  private final int[][] distance;
  /** [u][v]: the node after u on a shortest path from u to v (u itself when u == v). */
  private final int[][] next;
  private final boolean[] picked;
  private final int[] walk;
  private int length;
  private int count;
  private int end;
  private int used;

  PathPicks(ActionConstraint.Path p, int arms) {
    this.p = p;
    this.arms = arms;
    this.distance = new int[arms][];
    this.next = new int[arms][arms];
    int[][] nb = p.neighbours(arms);
    for (int v = 0; v < arms; v++) {
      distance[v] = towards(v, nb, next);
    }
    this.picked = new boolean[arms];
    this.walk = new int[p.maxSteps() + 1];
    clear();
  }

  private PathPicks(PathPicks o) {
    this.p = o.p;
    this.arms = o.arms;
    this.distance = o.distance;
    this.next = o.next;
    this.picked = o.picked.clone();
    this.walk = o.walk.clone();
    this.length = o.length;
    this.count = o.count;
    this.end = o.end;
    this.used = o.used;
  }

  /** BFS from {@code v}: every node's distance to v, and its next node towards v in next[u][v]. */
  private static int[] towards(int v, int[][] nb, int[][] next) {
    int[] d = new int[nb.length];
    Arrays.fill(d, -1);
    d[v] = 0;
    next[v][v] = v;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(v);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int w : nb[u]) {
        if (d[w] < 0) {
          d[w] = d[u] + 1;
          next[w][v] = u;
          queue.add(w);
        }
      }
    }
    return d;
  }

  @Override
  public int picks() {
    return arms;
  }

  @Override
  public void clear() {
    Arrays.fill(picked, false);
    walk[0] = p.source();
    length = 1;
    count = 0;
    end = p.source();
    used = 0;
  }

  @Override
  public boolean allowed(int pick) {
    return !picked[pick] && count < p.budget() && stepsVia(pick) <= p.maxSteps();
  }

  private int stepsVia(int node) {
    return used + distance[node][end] + distance[node][p.source()];
  }

  @Override
  public String whyNot(int pick) {
    if (picked[pick]) {
      return "node " + pick + " is already picked in this step";
    }
    if (count >= p.budget()) {
      return "the budget of " + p.budget() + " nodes is used up; take the done action";
    }
    return "the walk has " + used + " steps to node " + end + "; on to node " + pick
        + " and back to source " + p.source() + " it would take " + stepsVia(pick)
        + ", more than " + p.maxSteps();
  }

  @Override
  public boolean complete() {
    return true;
  }

  @Override
  public void pick(int pick) {
    for (int u = end; u != pick; ) {
      u = next[u][pick];
      walk[length++] = u;
    }
    used += distance[end][pick];
    end = pick;
    picked[pick] = true;
    count++;
  }

  @Override
  public JointAction action() {
    if (count == 0) {
      return p.noAction();
    }
    int[] w = Arrays.copyOf(walk, length + distance[end][p.source()]);
    int k = length;
    for (int u = end; u != p.source(); ) {
      u = next[u][p.source()];
      w[k++] = u;
    }
    int[] chosen = new int[count];
    for (int j = 0, c = 0; j < arms; j++) {
      if (picked[j]) {
        chosen[c++] = j;
      }
    }
    return new JointAction(chosen, w);
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public float budgetLeft() {
    return p.budget() == 0 ? 0 : (float) (p.budget() - count) / p.budget();
  }

  @Override
  public int featureCount() {
    return arms + 1;
  }

  @Override
  public void features(float[] into, int offset) {
    for (int j = 0; j < arms; j++) {
      into[offset + j] = j == end ? 1 : 0;
    }
    into[offset + arms] = p.maxSteps() == 0 ? 0 : (float) (p.maxSteps() - used) / p.maxSteps();
  }

  @Override
  public PathPicks copy() {
    return new PathPicks(this);
  }
}
