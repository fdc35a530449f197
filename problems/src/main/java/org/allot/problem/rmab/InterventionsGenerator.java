package org.allot.problem.rmab;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The multiple-interventions data of the published generator: N = 2B interventions, B of them
 * "good". Arms {@code ceil(J/2)..J-1} are good sigmoid arms (alpha in {0.7..1.0}, beta in
 * {1.4..1.9}, x0 in {9, 10}), the others bad (alpha in {0.2..0.5}, beta 1, x0 in {1, 2}). Good
 * interventions come in groups of three that put weight 3 on the same three good arms (so one
 * intervention barely helps and three together almost surely do); leftover interventions each
 * cover three fresh arms; bad interventions likewise on bad arms.
 */
final class InterventionsGenerator {
  /** The weight of an intervention on an arm it covers. */
  static final double WEIGHT = 3;
  private static final int GROUP = 3;
  private static final int COVERED = 3;

  private InterventionsGenerator() {}

  static ActionConstraint.Interventions generate(int arms, int budget, SplittableRandom r) {
    int n = 2 * budget;
    int firstGood = (int) Math.ceil(arms * (double) budget / n);
    int[] order = shuffled(n, r);
    List<Integer> goodActions = new ArrayList<>();
    List<Integer> badActions = new ArrayList<>();
    boolean[] isGood = new boolean[n];
    for (int k = 0; k < budget; k++) {
      goodActions.add(order[k]);
      isGood[order[k]] = true;
    }
    for (int i = 0; i < n; i++) {
      if (!isGood[i]) {
        badActions.add(i);
      }
    }
    double[] alpha = new double[arms];
    double[] beta = new double[arms];
    double[] x0 = new double[arms];
    for (int j = firstGood; j < arms; j++) {
      alpha[j] = round1(r.nextDouble() * 0.3 + 0.7);
      beta[j] = round1(r.nextDouble() * 0.5 + 1.4);
      x0[j] = 9 + r.nextInt(2);
    }
    for (int j = 0; j < firstGood; j++) {
      alpha[j] = round1(r.nextDouble() * 0.3 + 0.2);
      x0[j] = 1 + r.nextInt(2);
      beta[j] = 1;
    }
    double[][] weight = new double[n][arms];
    assign(goodActions, firstGood, arms, weight, r);
    assign(badActions, 0, firstGood, weight, r);
    return new ActionConstraint.Interventions(budget, weight, alpha, beta, x0);
  }

  private static void assign(List<Integer> actions, int from, int to, double[][] weight,
      SplittableRandom r) {
    int len = actions.size();
    for (int idx = 0; idx < len; idx++) {
      if (idx % GROUP == 0 && idx <= len - GROUP) {
        int[] chosen = freshArms(from, to, weight, r);
        for (int m = 0; m < GROUP; m++) {
          for (int j : chosen) {
            weight[actions.get(idx + m)][j] = WEIGHT;
          }
        }
      } else if (idx >= len - len % GROUP) {
        for (int j : freshArms(from, to, weight, r)) {
          weight[actions.get(idx)][j] = WEIGHT;
        }
      }
    }
  }

  /** Three arms of {@code from..to-1}, uncovered ones first, drawn at random. */
  private static int[] freshArms(int from, int to, double[][] weight, SplittableRandom r) {
    List<Integer> fresh = new ArrayList<>();
    List<Integer> covered = new ArrayList<>();
    for (int j = from; j < to; j++) {
      double sum = 0;
      for (double[] w : weight) {
        sum += w[j];
      }
      (sum == 0 ? fresh : covered).add(j);
    }
    int k = Math.min(COVERED, to - from);
    int[] out = new int[k];
    for (int m = 0; m < k; m++) {
      List<Integer> pool = fresh.isEmpty() ? covered : fresh;
      out[m] = pool.remove(r.nextInt(pool.size()));
    }
    java.util.Arrays.sort(out);
    return out;
  }

  private static int[] shuffled(int n, SplittableRandom r) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int k = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[k];
      a[k] = t;
    }
    return a;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
