package org.allot.solver.rmab;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.allot.problem.rmab.ActionConstraint;

/**
 * Independent brute-force oracles for the tests: whether an arm set p (a bit mask over at most
 * ~16 arms) can be acted on under a constraint, by search, without any MIP.
 */
final class FeasibleSets {
  private FeasibleSets() {}

  static boolean feasible(ActionConstraint c, int arms, int mask) {
    return switch (c) {
      case ActionConstraint.ArmBudget b -> Integer.bitCount(mask) <= b.budget();
      case ActionConstraint.Path path -> Integer.bitCount(mask) <= path.budget()
          && walkCovers(path, arms, mask);
      case ActionConstraint.Matching m -> Integer.bitCount(mask) <= m.budget()
          && matchable(m, arms, mask, 0, new boolean[m.workers()][m.slots()]);
      case ActionConstraint.Capacity cap -> assignable(cap, arms, mask, 0, cap.capacity());
      case ActionConstraint.Interventions iv -> throw new IllegalArgumentException("not arm sets");
    };
  }

  /** BFS over (node, visited part of mask): is (source, mask) reachable within L steps? */
  static boolean walkCovers(ActionConstraint.Path path, int arms, int mask) {
    int[][] nbr = path.neighbours(arms);
    int[] dist = new int[arms * (1 << arms)];
    Arrays.fill(dist, -1);
    int src = path.source();
    int start = (src << arms) | (mask & (1 << src));
    dist[start] = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      int code = queue.poll();
      int node = code >> arms;
      int seen = code & ((1 << arms) - 1);
      if (node == src && seen == mask) {
        return dist[code] <= path.maxSteps();
      }
      for (int next : nbr[node]) {
        int nc = (next << arms) | (seen | (mask & (1 << next)));
        if (dist[nc] < 0) {
          dist[nc] = dist[code] + 1;
          queue.add(nc);
        }
      }
    }
    return false;
  }

  private static boolean matchable(ActionConstraint.Matching m, int arms, int mask, int from,
      boolean[][] busy) {
    int j = from;
    while (j < arms && (mask & (1 << j)) == 0) {
      j++;
    }
    if (j == arms) {
      return true;
    }
    int cells = m.workers() * m.slots();
    for (int x = 0; x < cells; x++) {
      for (int y = x + 1; y < cells; y++) {
        if (free(m, j, x, busy) && free(m, j, y, busy)) {
          set(m, x, busy, true);
          set(m, y, busy, true);
          boolean ok = matchable(m, arms, mask, j + 1, busy);
          set(m, x, busy, false);
          set(m, y, busy, false);
          if (ok) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean free(ActionConstraint.Matching m, int arm, int cell, boolean[][] busy) {
    int w = cell / m.slots();
    int s = cell % m.slots();
    return !busy[w][s] && m.workerAvailable(w, s) && m.armAvailable(arm, s);
  }

  private static void set(ActionConstraint.Matching m, int cell, boolean[][] busy, boolean v) {
    busy[cell / m.slots()][cell % m.slots()] = v;
  }

  private static boolean assignable(ActionConstraint.Capacity c, int arms, int mask, int from,
      int[] room) {
    int j = from;
    while (j < arms && (mask & (1 << j)) == 0) {
      j++;
    }
    if (j == arms) {
      return true;
    }
    for (int i = 0; i < room.length; i++) {
      if (room[i] >= c.costOf(j)) {
        room[i] -= c.costOf(j);
        boolean ok = assignable(c, arms, mask, j + 1, room);
        room[i] += c.costOf(j);
        if (ok) {
          return true;
        }
      }
    }
    return false;
  }
}
