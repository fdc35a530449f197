package org.allot.solver.rmab;

import java.util.Arrays;

/**
 * The Whittle index of one arm in every state: the passive subsidy λ at which acting and not
 * acting are equally good, {@code W(s) = inf{λ : Q_λ(s, passive) ≥ Q_λ(s, active)}}, found by
 * bisection on λ. Each λ-subsidised single-arm MDP is solved exactly by policy iteration (a
 * dense linear solve per policy), which reaches the same optimum as value iteration without its
 * tolerance and is cheap for the few states of a restless arm.
 *
 * <p>The arm earns the reward of the state it moves to, {@code Σ_s' P_a(s, s') r(s')}, as the
 * family's return does; the passive action also earns λ. Discount {@code β < 1}: the
 * infinite-horizon discounted index. The bracket starts at {@code ±(1 + r_max − r_min)} and doubles
 * until the state is active at the bottom and passive at the top; bisection stops at a width of
 * {@code 1e-9} times the bracket's scale.
 *
 * <p>Indexability (the passive set grows monotonically with λ) is not guaranteed for multi-state
 * arms. It is checked at the gaps between the computed indices: at λ below, between and above
 * the sorted distinct indices the passive set must be exactly {@code {s : W(s) < λ}}. A
 * non-indexable arm still gets the bisection's crossing points, flagged by {@link #indexable()}.
 * Immutable and thread-safe.
 */
public final class WhittleIndex {
  private static final double TOLERANCE = 1e-9;
  private static final int MAX_POLICY_ITERATIONS = 1000;
  private static final int MAX_DOUBLINGS = 200;

  private final double[] index;
  private final boolean indexable;

  private WhittleIndex(double[] index, boolean indexable) {
    this.index = index;
    this.indexable = indexable;
  }

  /**
   * Computes the indices of one arm.
   *
   * @param passive the passive transition matrix {@code [s][s']}, row-stochastic
   * @param active the active transition matrix {@code [s][s']}, row-stochastic
   * @param reward the reward of each state, earned on arrival
   * @param discount the discount β in (0, 1)
   * @throws IllegalArgumentException when the shapes disagree or β is not in (0, 1)
   */
  public static WhittleIndex of(double[][] passive, double[][] active, double[] reward,
      double discount) {
    int n = reward.length;
    if (passive.length != n || active.length != n) {
      throw new IllegalArgumentException("expected " + n + "x" + n + " transition matrices, got "
          + passive.length + " and " + active.length + " rows");
    }
    if (!(discount > 0 && discount < 1)) {
      throw new IllegalArgumentException("discount must be in (0, 1), got " + discount);
    }
    ArmMdp mdp = new ArmMdp(passive, active, reward, discount);
    double[] w = new double[n];
    for (int s = 0; s < n; s++) {
      w[s] = bisect(mdp, s);
    }
    return new WhittleIndex(w, checkIndexable(mdp, w));
  }

  /** The index of state {@code s}. */
  public double of(int s) {
    return index[s];
  }

  /** The indices of all states (a copy). */
  public double[] indices() {
    return index.clone();
  }

  /** Whether the passive set grew monotonically with λ at the tested subsidies. */
  public boolean indexable() {
    return indexable;
  }

  /** Whether state {@code s} is passive (passive at least as good) under subsidy {@code lambda}. */
  static boolean passiveAt(double[][] passive, double[][] active, double[] reward,
      double discount, double lambda, int s) {
    return new ArmMdp(passive, active, reward, discount).passiveSet(lambda)[s];
  }

  private static double bisect(ArmMdp mdp, int s) {
    double scale = 1 + mdp.rewardSpan();
    double lo = -scale;
    double hi = scale;
    for (int k = 0; k < MAX_DOUBLINGS && mdp.passiveSet(lo)[s]; k++) {
      lo *= 2;
    }
    for (int k = 0; k < MAX_DOUBLINGS && !mdp.passiveSet(hi)[s]; k++) {
      hi *= 2;
    }
    double eps = TOLERANCE * Math.max(1, Math.max(-lo, hi));
    while (hi - lo > eps) {
      double mid = 0.5 * (lo + hi);
      if (mdp.passiveSet(mid)[s]) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  private static boolean checkIndexable(ArmMdp mdp, double[] w) {
    double[] sorted = Arrays.stream(w).distinct().sorted().toArray();
    double gap = 1e-6 * (1 + mdp.rewardSpan());
    double[] probes = new double[sorted.length + 1];
    probes[0] = sorted[0] - gap;
    for (int k = 1; k < sorted.length; k++) {
      probes[k] = 0.5 * (sorted[k - 1] + sorted[k]);
    }
    probes[sorted.length] = sorted[sorted.length - 1] + gap;
    for (double lambda : probes) {
      boolean[] passive = mdp.passiveSet(lambda);
      for (int s = 0; s < w.length; s++) {
        if (Math.abs(w[s] - lambda) > 0.5 * gap && passive[s] != (w[s] < lambda)) {
          return false;
        }
      }
    }
    return true;
  }

  /** One arm as a two-action MDP with a passive subsidy, solved by policy iteration. */
  private static final class ArmMdp {
    private final double[][][] p;
    private final double[][] r;
    private final double beta;
    private final int n;
    private final double span;

    ArmMdp(double[][] passive, double[][] active, double[] reward, double beta) {
      this.n = reward.length;
      this.p = new double[][][] {passive, active};
      this.r = new double[2][n];
      for (int a = 0; a < 2; a++) {
        for (int s = 0; s < n; s++) {
          double e = 0;
          for (int t = 0; t < n; t++) {
            e += p[a][s][t] * reward[t];
          }
          r[a][s] = e;
        }
      }
      this.beta = beta;
      this.span = (Arrays.stream(reward).max().orElse(0) - Arrays.stream(reward).min().orElse(0))
          / (1 - beta);
    }

    double rewardSpan() {
      return span;
    }

    /** The states where passive is at least as good as active under the optimal values. */
    boolean[] passiveSet(double lambda) {
      int[] policy = new int[n];
      double[] v = null;
      for (int it = 0; it < MAX_POLICY_ITERATIONS; it++) {
        v = evaluate(policy, lambda);
        boolean changed = false;
        for (int s = 0; s < n; s++) {
          double q0 = q(0, s, v, lambda);
          double q1 = q(1, s, v, lambda);
          int better = q1 > q0 + 1e-12 * (1 + Math.abs(q0)) ? 1
              : q0 > q1 + 1e-12 * (1 + Math.abs(q1)) ? 0 : policy[s];
          if (better != policy[s]) {
            policy[s] = better;
            changed = true;
          }
        }
        if (!changed) {
          break;
        }
      }
      boolean[] passive = new boolean[n];
      for (int s = 0; s < n; s++) {
        passive[s] = q(0, s, v, lambda) >= q(1, s, v, lambda);
      }
      return passive;
    }

    private double q(int a, int s, double[] v, double lambda) {
      double future = 0;
      for (int t = 0; t < n; t++) {
        future += p[a][s][t] * v[t];
      }
      return r[a][s] + (a == 0 ? lambda : 0) + beta * future;
    }

    /** Solves {@code (I − β P_π) v = r_π} by Gaussian elimination with partial pivoting. */
    private double[] evaluate(int[] policy, double lambda) {
      double[][] m = new double[n][n + 1];
      for (int s = 0; s < n; s++) {
        int a = policy[s];
        for (int t = 0; t < n; t++) {
          m[s][t] = (s == t ? 1 : 0) - beta * p[a][s][t];
        }
        m[s][n] = r[a][s] + (a == 0 ? lambda : 0);
      }
      return gauss(m);
    }
  }

  /** Solves the augmented system {@code m = [A | b]} in place; A is non-singular here. */
  private static double[] gauss(double[][] m) {
    int n = m.length;
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] tmp = m[c];
      m[c] = m[pivot];
      m[pivot] = tmp;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = m[r][n];
      for (int k = r + 1; k < n; k++) {
        sum -= m[r][k] * x[k];
      }
      x[r] = sum / m[r][r];
    }
    return x;
  }
}
