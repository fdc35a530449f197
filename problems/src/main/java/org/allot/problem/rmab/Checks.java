package org.allot.problem.rmab;

import java.util.List;

/** Shared validation of action-constraint data and of joint actions. */
final class Checks {
  private Checks() {}

  /** {@code v} to 12 significant digits, so that a sum reads 0.9 rather than 0.8999999999999999. */
  static String round12(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros()
        .toPlainString();
  }

  static void budgetFits(int budget, int arms) {
    if (budget > arms) {
      throw new IllegalArgumentException("budget " + budget + " is above the number of arms "
          + arms + "; use a budget in 0.." + arms);
    }
  }

  /** Checks that chosen indices are sorted, distinct and in {@code 0..n-1}. */
  static void chosen(String kind, JointAction a, int n, List<String> out) {
    for (int k = 0; k < a.size(); k++) {
      int c = a.chosenAt(k);
      if (c < 0 || c >= n) {
        out.add(kind + ": chosen index " + c + " is out of range 0.." + (n - 1));
      } else if (k > 0 && c <= a.chosenAt(k - 1)) {
        out.add(kind + ": chosen indices must be sorted and distinct, found " + c + " after "
            + a.chosenAt(k - 1) + " at position " + k);
      }
    }
  }

  static void count(String kind, int acted, int budget, List<String> out) {
    if (acted > budget) {
      out.add(kind + ": " + acted + " arms acted, at most " + budget);
    }
  }

  static void noWitness(String kind, JointAction a, List<String> out) {
    if (a.witnessLength() != 0) {
      out.add(kind + ": the witness must be empty, found " + a.witnessLength() + " entries");
    }
  }

  static boolean[] actedArms(JointAction a, int arms) {
    boolean[] p = new boolean[arms];
    for (int k = 0; k < a.size(); k++) {
      int c = a.chosenAt(k);
      if (c >= 0 && c < arms) {
        p[c] = true;
      }
    }
    return p;
  }

  /** A deep copy of a rectangular, finite matrix. */
  static double[][] matrix(double[][] m, String what) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
      if (c[i].length != m[0].length) {
        throw new IllegalArgumentException(what + " row " + i + " has " + c[i].length
            + " entries, row 0 has " + m[0].length);
      }
    }
    return c;
  }

  /** A deep copy of a rectangular flag matrix. */
  static boolean[][] flags(boolean[][] m, String what) {
    boolean[][] c = new boolean[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
      if (c[i].length != m[0].length) {
        throw new IllegalArgumentException(what + " row " + i + " has " + c[i].length
            + " entries, row 0 has " + m[0].length);
      }
    }
    return c;
  }

  static void interventions(int budget, double[][] weight, double[] alpha, double[] beta,
      double[] x0) {
    int n = weight.length;
    if (n == 0) {
      throw new IllegalArgumentException("interventions: at least one intervention is needed");
    }
    if (budget < 1 || budget > n) {
      throw new IllegalArgumentException("interventions: budget " + budget
          + " must be in 1.." + n + " (the number of interventions)");
    }
    int arms = alpha.length;
    if (beta.length != arms || x0.length != arms || weight[0].length != arms) {
      throw new IllegalArgumentException("interventions: weight rows, alpha, beta and x0 need"
          + " one entry per arm (" + arms + ")");
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < arms; j++) {
        if (!(weight[i][j] >= 0) || !Double.isFinite(weight[i][j])) {
          throw new IllegalArgumentException("interventions: weight of intervention " + i
              + " on arm " + j + " must be finite and >= 0, got " + weight[i][j]);
        }
      }
    }
    for (int j = 0; j < arms; j++) {
      if (!(alpha[j] >= 0 && alpha[j] <= 1)) {
        throw new IllegalArgumentException("interventions: alpha of arm " + j
            + " must be in [0, 1], got " + alpha[j]);
      }
      if (!(beta[j] >= 0) || !Double.isFinite(beta[j]) || !Double.isFinite(x0[j])) {
        throw new IllegalArgumentException("interventions: arm " + j + " needs a finite beta"
            + " >= 0 and a finite x0, got beta " + beta[j] + ", x0 " + x0[j]);
      }
    }
  }

  static void matching(int budget, boolean[][] armSlots, boolean[][] workerSlots) {
    if (budget < 0) {
      throw new IllegalArgumentException("matching: budget must be >= 0, got " + budget);
    }
    int slots = armSlots.length == 0 ? 0 : armSlots[0].length;
    if (workerSlots.length > 0 && workerSlots[0].length != slots) {
      throw new IllegalArgumentException("matching: workers have " + workerSlots[0].length
          + " slots, arms have " + slots);
    }
  }

  static void capacity(int[] cost, int[] capacity) {
    for (int j = 0; j < cost.length; j++) {
      if (cost[j] <= 0) {
        throw new IllegalArgumentException("capacity: cost of arm " + j + " must be > 0, got "
            + cost[j]);
      }
    }
    for (int w = 0; w < capacity.length; w++) {
      if (capacity[w] < 0) {
        throw new IllegalArgumentException("capacity: capacity of worker " + w
            + " must be >= 0, got " + capacity[w]);
      }
    }
  }

  static List<String> capacityViolations(ActionConstraint.Capacity c, JointAction a, int arms) {
    List<String> out = new java.util.ArrayList<>();
    chosen(c.kind(), a, arms, out);
    if (a.witnessLength() != a.size()) {
      out.add(c.kind() + ": the witness must give one worker per acted arm (" + a.size()
          + "), found " + a.witnessLength());
      return out;
    }
    long[] load = new long[c.workers()];
    for (int k = 0; k < a.size(); k++) {
      int w = a.witnessAt(k);
      int arm = a.chosenAt(k);
      if (w < 0 || w >= load.length) {
        out.add(c.kind() + ": arm " + arm + " is assigned to worker " + w + ", out of range 0.."
            + (load.length - 1));
      } else if (arm >= 0 && arm < arms) {
        load[w] += c.costOf(arm);
      }
    }
    for (int w = 0; w < load.length; w++) {
      if (load[w] > c.capacityOf(w)) {
        out.add(c.kind() + ": worker " + w + " load " + load[w] + " > capacity "
            + c.capacityOf(w));
      }
    }
    return out;
  }
}
