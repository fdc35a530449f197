package org.allot.solver.rmab;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.allot.problem.rmab.ActionConstraint;
import org.allot.problem.rmab.JointAction;
import org.allot.problem.rmab.RmabInstance;

/**
 * Random feasible joint actions, uniform "as far as practical" (exact uniformity over all
 * feasible actions would need counting them, which is #P-hard for paths and matchings). Every
 * construction is maximal in the sense that it acts on as many arms as it can:
 * <ul>
 *   <li>budget: a uniform subset of {@code min(B, J)} arms;
 *   <li>interventions: a uniform subset of exactly B interventions (uniform over all feasible
 *     actions);
 *   <li>path: a random closed walk of L steps from the source, each step uniform among the moves
 *     (neighbours and the stay) that can still return in time, then a uniform subset of
 *     {@code min(B, visited)} of the visited nodes (the published code draws a random simple
 *     cycle instead; a walk also reaches tree-like parts of the graph);
 *   <li>matching: arms in uniform random order, each given two uniform distinct free
 *     (worker, slot) pairs where both are available, until B arms are acted;
 *   <li>capacity: arms in uniform random order, each given a uniform worker among those with
 *     room left for it, skipped when none has.
 * </ul>
 * Stateless; the randomness comes from the caller's generator.
 */
final class RandomActions {
  private RandomActions() {}

  /** A random feasible action of {@code instance}. */
  static JointAction draw(RmabInstance instance, SplittableRandom random) {
    int arms = instance.arms();
    return switch (instance.constraint()) {
      case ActionConstraint.ArmBudget b -> JointAction.of(subset(arms, b.budget(), random));
      case ActionConstraint.Interventions iv ->
          JointAction.of(subset(iv.interventions(), iv.budget(), random));
      case ActionConstraint.Path path -> path(path, arms, random);
      case ActionConstraint.Matching m -> matching(m, arms, random);
      case ActionConstraint.Capacity c -> capacity(c, arms, random);
    };
  }

  /** A uniform sorted subset of {@code min(k, n)} of {@code 0..n-1} (partial Fisher-Yates). */
  static int[] subset(int n, int k, SplittableRandom random) {
    int[] perm = permutation(n, random);
    int[] out = Arrays.copyOf(perm, Math.min(k, n));
    Arrays.sort(out);
    return out;
  }

  static int[] permutation(int n, SplittableRandom random) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int r = random.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[r];
      perm[r] = t;
    }
    return perm;
  }

  private static JointAction path(ActionConstraint.Path path, int arms, SplittableRandom random) {
    int[][] nbr = path.neighbours(arms);
    int[] dist = path.distances(arms);
    int steps = path.maxSteps();
    int[] walk = new int[steps + 1];
    int len = 0;
    walk[len++] = path.source();
    int at = path.source();
    boolean[] visited = new boolean[arms];
    visited[at] = true;
    int[] moves = new int[arms + 1];
    for (int t = 0; t < steps; t++) {
      int left = steps - t - 1;
      int n = 0;
      if (dist[at] <= left) {
        moves[n++] = at;
      }
      for (int k : nbr[at]) {
        if (dist[k] <= left) {
          moves[n++] = k;
        }
      }
      int next = moves[random.nextInt(n)];
      if (next != at) {
        walk[len++] = next;
        visited[next] = true;
      }
      at = next;
    }
    int[] nodes = new int[arms];
    int count = 0;
    for (int j = 0; j < arms; j++) {
      if (visited[j]) {
        nodes[count++] = j;
      }
    }
    int[] pick = subset(count, path.budget(), random);
    int[] chosen = new int[pick.length];
    for (int k = 0; k < pick.length; k++) {
      chosen[k] = nodes[pick[k]];
    }
    return new JointAction(chosen, Arrays.copyOf(walk, len));
  }

  private static JointAction matching(ActionConstraint.Matching m, int arms,
      SplittableRandom random) {
    boolean[][] busy = new boolean[m.workers()][m.slots()];
    int[] free = new int[m.workers() * m.slots()];
    int[] acted = new int[arms];
    int[] visits = new int[6 * arms];
    int count = 0;
    for (int j : permutation(arms, random)) {
      if (count >= m.budget()) {
        break;
      }
      int n = 0;
      for (int i = 0; i < m.workers(); i++) {
        for (int s = 0; s < m.slots(); s++) {
          if (!busy[i][s] && m.workerAvailable(i, s) && m.armAvailable(j, s)) {
            free[n++] = i * m.slots() + s;
          }
        }
      }
      if (n < 2) {
        continue;
      }
      int[] two = subset(n, 2, random);
      for (int k = 0; k < 2; k++) {
        int code = free[two[k]];
        busy[code / m.slots()][code % m.slots()] = true;
        visits[6 * count + 3 * k] = j;
        visits[6 * count + 3 * k + 1] = code / m.slots();
        visits[6 * count + 3 * k + 2] = code % m.slots();
      }
      acted[count++] = j;
    }
    return sortedWithTriples(Arrays.copyOf(acted, count), Arrays.copyOf(visits, 6 * count));
  }

  /** Sorts the acted arms; the visit triples may stay in any order. */
  private static JointAction sortedWithTriples(int[] acted, int[] visits) {
    Arrays.sort(acted);
    return new JointAction(acted, visits);
  }

  private static JointAction capacity(ActionConstraint.Capacity c, int arms,
      SplittableRandom random) {
    int[] room = c.capacity();
    int[] workerOf = new int[arms];
    Arrays.fill(workerOf, -1);
    int[] fits = new int[room.length];
    for (int j : permutation(arms, random)) {
      int n = 0;
      for (int i = 0; i < room.length; i++) {
        if (room[i] >= c.costOf(j)) {
          fits[n++] = i;
        }
      }
      if (n > 0) {
        int i = fits[random.nextInt(n)];
        room[i] -= c.costOf(j);
        workerOf[j] = i;
      }
    }
    return assignment(workerOf);
  }

  /** The capacity action of a worker-per-arm array (-1: not acted), chosen sorted. */
  static JointAction assignment(int[] workerOf) {
    int n = 0;
    for (int w : workerOf) {
      n += w >= 0 ? 1 : 0;
    }
    int[] chosen = new int[n];
    int[] worker = new int[n];
    int k = 0;
    for (int j = 0; j < workerOf.length; j++) {
      if (workerOf[j] >= 0) {
        chosen[k] = j;
        worker[k++] = workerOf[j];
      }
    }
    return new JointAction(chosen, worker);
  }
}
