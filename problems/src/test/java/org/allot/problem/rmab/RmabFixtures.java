package org.allot.problem.rmab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Small hand-made instances and simple constructions of random feasible actions. */
final class RmabFixtures {
  private RmabFixtures() {}

  /** Moves to state 1 surely when acted, to state 0 surely when passive. */
  static final double[][] TO_ONE = {{0, 1}, {0, 1}};
  static final double[][] TO_ZERO = {{1, 0}, {1, 0}};

  /**
   * Two-state arms that go to state 1 (reward 1) exactly when acted and start in state 0; the
   * expected reward of a step is the number of acted arms.
   */
  static RmabInstance deterministic(int arms, int horizon, double discount, ActionConstraint c) {
    double[][][] passive = new double[arms][][];
    double[][][] active = new double[arms][][];
    double[][] reward = new double[arms][];
    double[][] initial = new double[arms][];
    for (int j = 0; j < arms; j++) {
      passive[j] = TO_ZERO;
      active[j] = TO_ONE;
      reward[j] = new double[] {0, 1};
      initial[j] = new double[] {1, 0};
    }
    return new RmabInstance("det-" + arms, 2, passive, active, reward, initial, horizon,
        discount, c);
  }

  /** A path 0 - 1 - 2 - ... - (n-1). */
  static int[][] chain(int n) {
    int[][] e = new int[n - 1][];
    for (int k = 0; k + 1 < n; k++) {
      e[k] = new int[] {k, k + 1};
    }
    return e;
  }

  /** A random feasible action by a simple construction per constraint. */
  static JointAction randomFeasible(RmabInstance instance, SplittableRandom r) {
    int arms = instance.arms();
    return switch (instance.constraint()) {
      case ActionConstraint.ArmBudget b -> JointAction.of(subset(shuffled(arms, r),
          r.nextInt(b.budget() + 1)));
      case ActionConstraint.Interventions iv -> JointAction.of(subset(
          shuffled(iv.interventions(), r), iv.budget()));
      case ActionConstraint.Path p -> walk(p, arms, r);
      case ActionConstraint.Matching m -> matching(m, arms, r);
      case ActionConstraint.Capacity c -> capacity(c, arms, r);
    };
  }

  /** Out along random moves (or stays) for up to L/2 steps, then back the same way. */
  private static JointAction walk(ActionConstraint.Path p, int arms, SplittableRandom r) {
    int[][] nb = p.neighbours(arms);
    int out = r.nextInt(p.maxSteps() / 2 + 1);
    int[] w = new int[2 * out + 1];
    w[0] = p.source();
    for (int t = 1; t <= out; t++) {
      int u = w[t - 1];
      int k = r.nextInt(nb[u].length + 1);
      w[t] = k == nb[u].length ? u : nb[u][k];
    }
    for (int t = 1; t <= out; t++) {
      w[out + t] = w[out - t];
    }
    int[] visited = Arrays.stream(w).distinct().toArray();
    shuffle(visited, r);
    int k = r.nextInt(Math.min(p.budget(), visited.length) + 1);
    return new JointAction(subset(visited, k), w);
  }

  private static JointAction matching(ActionConstraint.Matching m, int arms,
      SplittableRandom r) {
    boolean[][] busy = new boolean[m.workers()][m.slots()];
    List<Integer> chosen = new ArrayList<>();
    List<int[]> visits = new ArrayList<>();
    int limit = r.nextInt(m.budget() + 1);
    for (int arm : shuffled(arms, r)) {
      if (chosen.size() >= limit) {
        break;
      }
      List<int[]> got = new ArrayList<>();
      for (int w = 0; w < m.workers() && got.size() < 2; w++) {
        for (int s = 0; s < m.slots() && got.size() < 2; s++) {
          if (!busy[w][s] && m.workerAvailable(w, s) && m.armAvailable(arm, s)) {
            busy[w][s] = true;
            got.add(new int[] {arm, w, s});
          }
        }
      }
      if (got.size() == 2) {
        chosen.add(arm);
        visits.addAll(got);
      } else {
        for (int[] v : got) {
          busy[v[1]][v[2]] = false;
        }
      }
    }
    return matchingAction(chosen, visits);
  }

  static JointAction matchingAction(List<Integer> chosen, List<int[]> visits) {
    int[] c = chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] w = new int[3 * visits.size()];
    for (int k = 0; k < visits.size(); k++) {
      System.arraycopy(visits.get(k), 0, w, 3 * k, 3);
    }
    return new JointAction(c, w);
  }

  private static JointAction capacity(ActionConstraint.Capacity c, int arms,
      SplittableRandom r) {
    int[] worker = new int[arms];
    Arrays.fill(worker, -1);
    for (int w : shuffled(c.workers(), r)) {
      int left = r.nextInt(c.capacityOf(w) + 1);
      for (int arm : shuffled(arms, r)) {
        if (worker[arm] < 0 && c.costOf(arm) <= left) {
          worker[arm] = w;
          left -= c.costOf(arm);
        }
      }
    }
    int n = (int) Arrays.stream(worker).filter(w -> w >= 0).count();
    int[] chosen = new int[n];
    int[] witness = new int[n];
    int k = 0;
    for (int arm = 0; arm < arms; arm++) {
      if (worker[arm] >= 0) {
        chosen[k] = arm;
        witness[k++] = worker[arm];
      }
    }
    return new JointAction(chosen, witness);
  }

  static int[] shuffled(int n, SplittableRandom r) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    shuffle(a, r);
    return a;
  }

  private static void shuffle(int[] a, SplittableRandom r) {
    for (int i = a.length - 1; i > 0; i--) {
      int k = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[k];
      a[k] = t;
    }
  }

  /** The first {@code k} of {@code a}, sorted. */
  static int[] subset(int[] a, int k) {
    int[] s = Arrays.copyOf(a, k);
    Arrays.sort(s);
    return s;
  }

  /** Episodes of the random feasible policy. */
  static RmabSolution randomEpisodes(RmabInstance instance, int episodes, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return RmabEpisodes.run(instance, RmabEpisodes.seeds(seed, episodes),
        sim -> randomFeasible(instance, r));
  }

  /** Small generated instances of every kind. */
  static List<RmabInstance> generated() {
    List<RmabInstance> list = new ArrayList<>();
    for (RmabGenerator.Kind k : RmabGenerator.Kind.values()) {
      list.add(RmabGenerator.generate(k, 12, 3, 7));
    }
    return list;
  }

  /**
   * A mutation of the feasible {@code a} that is surely infeasible: one arm too many, one
   * intervention too few, an acted node off the walk (or a walk one step too long), a missing
   * visit, or every arm on worker 0.
   */
  static JointAction mutate(RmabInstance instance, JointAction a, SplittableRandom r) {
    int arms = instance.arms();
    return switch (instance.constraint()) {
      case ActionConstraint.ArmBudget b -> JointAction.of(subset(shuffled(arms, r),
          Math.min(arms, b.budget() + 1)).length > b.budget()
              ? subset(shuffled(arms, r), b.budget() + 1) : new int[] {arms});
      case ActionConstraint.Interventions iv -> JointAction.of(
          Arrays.copyOf(a.chosen(), a.size() - 1));
      case ActionConstraint.Path p -> offWalk(p, a, arms);
      case ActionConstraint.Matching m -> a.size() > 0
          ? new JointAction(a.chosen(), Arrays.copyOf(a.witness(), a.witnessLength() - 3))
          : new JointAction(new int[] {r.nextInt(arms)}, new int[0]);
      case ActionConstraint.Capacity c -> new JointAction(shuffledSorted(arms), new int[arms]);
    };
  }

  private static int[] shuffledSorted(int arms) {
    int[] all = new int[arms];
    Arrays.setAll(all, i -> i);
    return all;
  }

  private static JointAction offWalk(ActionConstraint.Path p, JointAction a, int arms) {
    boolean[] on = new boolean[arms];
    for (int v : a.witness()) {
      on[v] = true;
    }
    for (int j = 0; j < arms; j++) {
      if (!on[j] && a.size() < p.budget()) {
        int[] c = Arrays.copyOf(a.chosen(), a.size() + 1);
        c[a.size()] = j;
        Arrays.sort(c);
        return new JointAction(c, a.witness());
      }
    }
    int[] w = new int[p.maxSteps() + 2];
    Arrays.fill(w, p.source());
    return new JointAction(a.chosen(), w);
  }
}
