package org.allot.problem.rmab;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates the coRMAB benchmark instances of SEQUOIA (Xu, Wilder, Khalil, Tambe, ICLR 2025),
 * following its public code: 4-state birth-death arms whose up-probability does not depend on
 * the state (passive U[0, 0.2], active U[0.7, 0.9]); rewards {@code (0.2, 0.15, 0.1, U{4,5,6})}
 * for the first B ("good") arms, whose payoff needs about three consecutive pulls, and
 * {@code (0.1, 0.15, 0.2, U{1,2,3})} for the others; initial state 1 with probability 0.2, else
 * 0; horizon 20; discount 0.99. The constraint data per kind is described at {@link Kind}.
 *
 * <p>Seeded: the same arguments give the same instance, bit for bit (one
 * {@link SplittableRandom} drawn in a fixed order). The arms are drawn before the constraint
 * data, so the budget, path, matching and capacity instances of the same size and seed share
 * their arms and differ only in the constraint (which makes the kinds comparable). Stateless and
 * thread-safe.
 */
public final class RmabGenerator {
  /** The states of the birth-death arm. */
  public static final int STATES = 4;
  /** The published horizon. */
  public static final int HORIZON = 20;
  /** The discount of the published DQN. */
  public static final double DISCOUNT = 0.99;
  /** The probability that an arm starts in state 1 (else 0), as in the published evaluation. */
  public static final double START_UP = 0.2;

  /** The constraint kinds the generator makes. */
  public enum Kind {
    /** Plain budget: at most B arms. */
    BUDGET,
    /**
     * Multiple interventions: N = 2B interventions with weight 3 on 3 arms each, choose exactly
     * B; the "good" interventions come in groups of 3 on the same 3 good arms, so effects
     * compound. Passive = always down, active = always up, so q is the up-probability.
     */
    INTERVENTIONS,
    /** Path: a random connected plane graph, mean degree about 2.8, source 0, L = 2B. */
    PATH,
    /** Matching: B workers, 5 slots; each arm available in 2 slots, each worker in 3. */
    MATCHING,
    /** Capacity: B workers with capacities U{2..7}, arm costs U{2..6}. */
    CAPACITY;

    /** The lower-case name used on the command line and in files. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind with this id.
     *
     * @throws IllegalArgumentException naming the known kinds
     */
    public static Kind of(String id) {
      for (Kind k : values()) {
        if (k.id().equals(id)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown constraint kind '" + id
          + "'; known kinds: budget, interventions, path, matching, capacity");
    }
  }

  private RmabGenerator() {}

  /**
   * Generates an instance named {@code <kind>-<arms>-<budget>-s<seed>}.
   *
   * @param constraintKind one of budget, interventions, path, matching, capacity
   * @param arms J, at least 1 (interventions: at least 6, so that the groups fit)
   * @param budget B, 1..J
   * @param seed the seed
   * @throws IllegalArgumentException for an unknown kind or sizes out of range
   */
  public static RmabInstance generate(String constraintKind, int arms, int budget, long seed) {
    return generate(Kind.of(constraintKind), arms, budget, seed);
  }

  /** As {@link #generate(String, int, int, long)}. */
  public static RmabInstance generate(Kind kind, int arms, int budget, long seed) {
    if (arms < 1) {
      throw new IllegalArgumentException("arms must be >= 1, got " + arms);
    }
    if (budget < 1 || budget > arms) {
      throw new IllegalArgumentException("budget " + budget + " must be in 1.." + arms
          + " (at most the number of arms)");
    }
    if (kind == Kind.INTERVENTIONS && arms < 6) {
      throw new IllegalArgumentException("interventions need at least 6 arms, got " + arms);
    }
    SplittableRandom r = new SplittableRandom(seed);
    String name = kind.id() + "-" + arms + "-" + budget + "-s" + seed;
    double[][] reward = rewards(arms, budget, r);
    double[][] initial = new double[arms][STATES];
    for (double[] row : initial) {
      row[0] = 1 - START_UP;
      row[1] = START_UP;
    }
    double[][][] passive = new double[arms][][];
    double[][][] active = new double[arms][][];
    for (int j = 0; j < arms; j++) {
      double up0 = kind == Kind.INTERVENTIONS ? 0 : r.nextDouble() * 0.2;
      double up1 = kind == Kind.INTERVENTIONS ? 1 : r.nextDouble() * 0.2 + 0.7;
      passive[j] = birthDeath(up0);
      active[j] = birthDeath(up1);
    }
    ActionConstraint c = switch (kind) {
      case BUDGET -> new ActionConstraint.ArmBudget(budget);
      case INTERVENTIONS -> InterventionsGenerator.generate(arms, budget, r);
      case PATH -> new ActionConstraint.Path(budget, 2 * budget, 0,
          PlaneGraphGenerator.edges(arms, r));
      case MATCHING -> matching(arms, budget, r);
      case CAPACITY -> capacity(arms, budget, r);
    };
    return new RmabInstance(name, STATES, passive, active, reward, initial, HORIZON, DISCOUNT, c);
  }

  /** The birth-death matrix that moves up with probability {@code up}, clipped at 0 and 3. */
  public static double[][] birthDeath(double up) {
    double[][] m = new double[STATES][STATES];
    for (int s = 0; s < STATES; s++) {
      m[s][Math.min(s + 1, STATES - 1)] += up;
      m[s][Math.max(s - 1, 0)] += 1 - up;
    }
    return m;
  }

  private static double[][] rewards(int arms, int budget, SplittableRandom r) {
    double[][] reward = new double[arms][];
    for (int j = 0; j < arms; j++) {
      reward[j] = j < budget
          ? new double[] {0.2, 0.15, 0.1, 4 + r.nextInt(3)}
          : new double[] {0.1, 0.15, 0.2, 1 + r.nextInt(3)};
    }
    return reward;
  }

  /** The number of time slots of the matching kind. */
  public static final int SLOTS = 5;

  private static ActionConstraint.Matching matching(int arms, int workers, SplittableRandom r) {
    double[] armProb = slotProbabilities(r, false);
    double[] workerProb = slotProbabilities(r, true);
    boolean[][] armSlots = new boolean[arms][];
    for (int j = 0; j < arms; j++) {
      armSlots[j] = pick(armProb, 2, r);
    }
    boolean[][] workerSlots = new boolean[workers][];
    for (int w = 0; w < workers; w++) {
      workerSlots[w] = pick(workerProb, 3, r);
    }
    return new ActionConstraint.Matching(workers, armSlots, workerSlots);
  }

  /** Sorted uniform weights per slot (decreasing when asked), normalised to sum 1. */
  private static double[] slotProbabilities(SplittableRandom r, boolean decreasing) {
    double[] p = new double[SLOTS];
    double sum = 0;
    for (int k = 0; k < SLOTS; k++) {
      p[k] = r.nextDouble();
      sum += p[k];
    }
    java.util.Arrays.sort(p);
    double[] out = new double[SLOTS];
    for (int k = 0; k < SLOTS; k++) {
      out[k] = p[decreasing ? SLOTS - 1 - k : k] / sum;
    }
    return out;
  }

  /** {@code n} distinct slots drawn one by one with the weights {@code p} (renormalised). */
  private static boolean[] pick(double[] p, int n, SplittableRandom r) {
    boolean[] chosen = new boolean[p.length];
    for (int k = 0; k < n; k++) {
      double total = 0;
      for (int s = 0; s < p.length; s++) {
        total += chosen[s] ? 0 : p[s];
      }
      double u = r.nextDouble() * total;
      int pickedSlot = -1;
      for (int s = 0; s < p.length && pickedSlot < 0; s++) {
        if (!chosen[s]) {
          u -= p[s];
          if (u < 0) {
            pickedSlot = s;
          }
        }
      }
      for (int s = p.length - 1; pickedSlot < 0 && s >= 0; s--) {
        pickedSlot = chosen[s] ? -1 : s;
      }
      chosen[pickedSlot] = true;
    }
    return chosen;
  }

  private static ActionConstraint.Capacity capacity(int arms, int workers, SplittableRandom r) {
    int[] cost = new int[arms];
    for (int j = 0; j < arms; j++) {
      cost[j] = 2 + r.nextInt(5);
    }
    int[] cap = new int[workers];
    for (int w = 0; w < workers; w++) {
      cap[w] = 2 + r.nextInt(6);
    }
    return new ActionConstraint.Capacity(cost, cap);
  }
}
