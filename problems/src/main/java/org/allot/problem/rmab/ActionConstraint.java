package org.allot.problem.rmab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The combinatorial constraint on a restless bandit's joint action: which sets of arms may be
 * acted on in one step. The action vector {@code p_j} means "arm j is acted on"; each record
 * below names one family of the coRMAB benchmarks (SEQUOIA, ICLR 2025) plus the plain budget.
 * Records validate their own data in the compact constructor and their fit to an instance in
 * {@link #requireFits}. Immutable and thread-safe.
 */
public sealed interface ActionConstraint {

  /** The family's name as it appears in files and messages: {@code budget}, {@code path}, .... */
  String kind();

  /**
   * The budget B: the most arms acted ({@code ArmBudget}, {@code Path}, {@code Matching}), the
   * exact number of interventions ({@code Interventions}), or the number of workers
   * ({@code Capacity}, which has no separate cap on the count).
   */
  int budget();

  /**
   * Checks that this constraint fits an instance with {@code arms} arms.
   *
   * @throws IllegalArgumentException naming the value that does not fit
   */
  void requireFits(int arms);

  /**
   * Every way {@code action} breaks this constraint, each message starting with {@link #kind()}
   * ({@code "path: step 3 from 4 to 9 is not an edge"}); empty when feasible. Never throws.
   */
  List<String> violations(JointAction action, int arms);

  /** The action vector p: which arms {@code action} acts on (indices out of range ignored). */
  boolean[] acted(JointAction action, int arms);

  /** True when {@link #violations} is empty. */
  default boolean feasible(JointAction action, int arms) {
    return violations(action, arms).isEmpty();
  }

  /**
   * The null action of this constraint: nothing acted ({@link JointAction#none()}; for
   * {@code Path} the walk {@code [source]}). Infeasible for {@code Interventions}, which has no
   * null action.
   */
  default JointAction noAction() {
    return JointAction.none();
  }

  /** How many indices {@code chosen} ranges over: the arms, or the interventions. */
  default int choices(int arms) {
    return arms;
  }

  /**
   * Plain RMAB: at most {@code budget} arms acted; empty witness.
   *
   * @param budget B, at least 0 and at most the number of arms
   */
  record ArmBudget(int budget) implements ActionConstraint {
    public ArmBudget {
      if (budget < 0) {
        throw new IllegalArgumentException("budget must be >= 0, got " + budget);
      }
    }

    @Override
    public String kind() {
      return "budget";
    }

    @Override
    public void requireFits(int arms) {
      Checks.budgetFits(budget, arms);
    }

    @Override
    public List<String> violations(JointAction action, int arms) {
      List<String> out = new ArrayList<>();
      Checks.chosen(kind(), action, arms, out);
      Checks.count(kind(), action.size(), budget, out);
      Checks.noWitness(kind(), action, out);
      return out;
    }

    @Override
    public boolean[] acted(JointAction action, int arms) {
      return Checks.actedArms(action, arms);
    }
  }

  /**
   * Multiple interventions: choose exactly {@code budget} of N interventions; intervention i
   * covers arm j with weight {@code weight[i][j] >= 0}. Arm j's effect level is
   * {@code q_j = phi_j(sum_i weight[i][j] * a_i)} with
   * {@code phi_j(x) = 0.98 * (alpha_j * sigmoid(beta_j * x - x0_j) - alpha_j * sigmoid(-x0_j)) + 0.01},
   * and it moves with {@code (1 - q_j) * passive + q_j * active}. An arm is acted on when a chosen
   * intervention covers it with positive weight. Empty witness.
   *
   * @param budget how many interventions must be chosen, 1..N
   * @param weight [intervention][arm], finite and >= 0
   * @param alpha per arm, in [0, 1] (so that q stays in [0.01, 0.99])
   * @param beta per arm, finite and >= 0
   * @param x0 per arm, finite
   */
  record Interventions(int budget, double[][] weight, double[] alpha, double[] beta, double[] x0)
      implements ActionConstraint {
    public Interventions {
      weight = Checks.matrix(weight, "weight");
      alpha = alpha.clone();
      beta = beta.clone();
      x0 = x0.clone();
      Checks.interventions(budget, weight, alpha, beta, x0);
    }

    @Override
    public String kind() {
      return "interventions";
    }

    /** The number N of interventions. */
    public int interventions() {
      return weight.length;
    }

    /** The weight of intervention {@code i} on arm {@code arm}. */
    public double weightOf(int i, int arm) {
      return weight[i][arm];
    }

    @Override
    public int choices(int arms) {
      return weight.length;
    }

    @Override
    public void requireFits(int arms) {
      if (alpha.length != arms) {
        throw new IllegalArgumentException("interventions: weight, alpha, beta and x0 cover "
            + alpha.length + " arms, the instance has " + arms);
      }
    }

    @Override
    public List<String> violations(JointAction action, int arms) {
      List<String> out = new ArrayList<>();
      Checks.chosen(kind(), action, weight.length, out);
      if (action.size() != budget) {
        out.add(kind() + ": " + action.size() + " chosen, exactly " + budget + " required");
      }
      Checks.noWitness(kind(), action, out);
      return out;
    }

    @Override
    public boolean[] acted(JointAction action, int arms) {
      boolean[] p = new boolean[arms];
      for (int k = 0; k < action.size(); k++) {
        int i = action.chosenAt(k);
        if (i >= 0 && i < weight.length) {
          for (int j = 0; j < arms && j < weight[i].length; j++) {
            p[j] |= weight[i][j] > 0;
          }
        }
      }
      return p;
    }

    /** The summed weight on each arm of the chosen interventions (out-of-range ones ignored). */
    public double[] load(JointAction action) {
      double[] x = new double[alpha.length];
      for (int k = 0; k < action.size(); k++) {
        int i = action.chosenAt(k);
        if (i >= 0 && i < weight.length) {
          for (int j = 0; j < x.length; j++) {
            x[j] += weight[i][j];
          }
        }
      }
      return x;
    }

    /** The effect level q_j of each arm under {@code action}, in [0.01, 0.99]. */
    public double[] effect(JointAction action) {
      double[] q = load(action);
      for (int j = 0; j < q.length; j++) {
        q[j] = effectOf(j, q[j]);
      }
      return q;
    }

    /** phi_j(x): arm {@code arm}'s effect level under summed weight {@code x}. */
    public double effectOf(int arm, double x) {
      return 0.98 * alpha[arm] * (sigmoid(beta[arm] * x - x0[arm]) - sigmoid(-x0[arm])) + 0.01;
    }

    private static double sigmoid(double x) {
      return 1 / (1 + Math.exp(-x));
    }

    @Override
    public double[][] weight() {
      return Checks.matrix(weight, "weight");
    }

    @Override
    public double[] alpha() {
      return alpha.clone();
    }

    @Override
    public double[] beta() {
      return beta.clone();
    }

    @Override
    public double[] x0() {
      return x0.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Interventions other && budget == other.budget
          && Arrays.deepEquals(weight, other.weight) && Arrays.equals(alpha, other.alpha)
          && Arrays.equals(beta, other.beta) && Arrays.equals(x0, other.x0);
    }

    @Override
    public int hashCode() {
      return Objects.hash(budget, Arrays.deepHashCode(weight), Arrays.hashCode(alpha));
    }

    @Override
    public String toString() {
      return "Interventions[budget=" + budget + ", " + weight.length + " interventions]";
    }
  }

  /**
   * Path: the arms are the nodes of an undirected graph; the action is a closed walk from
   * {@code source} of at most {@code maxSteps} steps, where a step moves along an edge or stays
   * at a node (a stay counts as a step); only nodes on the walk may be acted on, at most
   * {@code budget} of them. Witness: the walk as nodes {@code source, ..., source}.
   *
   * @param budget B, the most nodes acted on
   * @param maxSteps L, the most steps of the walk (2B in the published setup)
   * @param source the node the walk starts and ends at
   * @param edges undirected pairs {@code {u, v}}, {@code u != v}, no duplicates; every node must
   *     be reachable from {@code source}
   */
  record Path(int budget, int maxSteps, int source, int[][] edges) implements ActionConstraint {
    public Path {
      edges = PathGraph.copyEdges(edges);
      if (budget < 0 || maxSteps < 0) {
        throw new IllegalArgumentException("path: budget " + budget + " and maxSteps "
            + maxSteps + " must be >= 0");
      }
    }

    @Override
    public String kind() {
      return "path";
    }

    @Override
    public void requireFits(int arms) {
      Checks.budgetFits(budget, arms);
      PathGraph.requireFits(this, arms);
    }

    @Override
    public List<String> violations(JointAction action, int arms) {
      return PathGraph.violations(this, action, arms);
    }

    @Override
    public boolean[] acted(JointAction action, int arms) {
      return Checks.actedArms(action, arms);
    }

    /** The number of edges. */
    public int edgeCount() {
      return edges.length;
    }

    /** Endpoint {@code end} (0 or 1) of edge {@code e}. */
    public int endpoint(int e, int end) {
      return edges[e][end];
    }

    /** The neighbours of every node, each list sorted. */
    public int[][] neighbours(int arms) {
      return PathGraph.neighbours(edges, arms);
    }

    /** The number of edges on a shortest path from {@code source} to each node (-1: unreachable). */
    public int[] distances(int arms) {
      return PathGraph.distances(edges, source, arms);
    }

    /** The closed walk that only stays at the source: {@code [source]} (0 steps). */
    @Override
    public JointAction noAction() {
      return new JointAction(new int[0], new int[] {source});
    }

    @Override
    public int[][] edges() {
      return PathGraph.copyEdges(edges);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Path other && budget == other.budget && maxSteps == other.maxSteps
          && source == other.source && Arrays.deepEquals(edges, other.edges);
    }

    @Override
    public int hashCode() {
      return Objects.hash(budget, maxSteps, source, Arrays.deepHashCode(edges));
    }

    @Override
    public String toString() {
      return "Path[budget=" + budget + ", maxSteps=" + maxSteps + ", source=" + source + ", "
          + edges.length + " edges]";
    }
  }

  /**
   * Bipartite matching (scheduling): workers visit arms in time slots. A visit
   * {@code (arm, worker, slot)} needs both available in the slot; a worker makes at most one
   * visit per slot; an acted arm gets exactly two visits and only acted arms are visited; at
   * most {@code budget} arms acted. Witness: flat triples {@code (arm, worker, slot)}.
   *
   * @param budget B, the most arms acted
   * @param armSlots [arm][slot], whether the arm can be visited in the slot (rectangular)
   * @param workerSlots [worker][slot], whether the worker works in the slot (same slots)
   */
  record Matching(int budget, boolean[][] armSlots, boolean[][] workerSlots)
      implements ActionConstraint {
    public Matching {
      armSlots = Checks.flags(armSlots, "armSlots");
      workerSlots = Checks.flags(workerSlots, "workerSlots");
      Checks.matching(budget, armSlots, workerSlots);
    }

    @Override
    public String kind() {
      return "matching";
    }

    /** The number of workers. */
    public int workers() {
      return workerSlots.length;
    }

    /** The number of time slots. */
    public int slots() {
      return armSlots.length == 0 ? 0 : armSlots[0].length;
    }

    /** Whether {@code arm} can be visited in {@code slot}. */
    public boolean armAvailable(int arm, int slot) {
      return armSlots[arm][slot];
    }

    /** Whether {@code worker} works in {@code slot}. */
    public boolean workerAvailable(int worker, int slot) {
      return workerSlots[worker][slot];
    }

    @Override
    public void requireFits(int arms) {
      Checks.budgetFits(budget, arms);
      if (armSlots.length != arms) {
        throw new IllegalArgumentException("matching: armSlots has " + armSlots.length
            + " rows, the instance has " + arms + " arms");
      }
    }

    @Override
    public List<String> violations(JointAction action, int arms) {
      return MatchingCheck.violations(this, action, arms);
    }

    @Override
    public boolean[] acted(JointAction action, int arms) {
      return Checks.actedArms(action, arms);
    }

    @Override
    public boolean[][] armSlots() {
      return Checks.flags(armSlots, "armSlots");
    }

    @Override
    public boolean[][] workerSlots() {
      return Checks.flags(workerSlots, "workerSlots");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Matching other && budget == other.budget
          && Arrays.deepEquals(armSlots, other.armSlots)
          && Arrays.deepEquals(workerSlots, other.workerSlots);
    }

    @Override
    public int hashCode() {
      return Objects.hash(budget, Arrays.deepHashCode(armSlots), Arrays.deepHashCode(workerSlots));
    }

    @Override
    public String toString() {
      return "Matching[budget=" + budget + ", " + workers() + " workers, " + slots() + " slots]";
    }
  }

  /**
   * Capacity (generalised assignment): each acted arm is assigned to exactly one worker, and the
   * summed cost of a worker's arms is at most its capacity; no separate cap on the count.
   * Witness: the worker of each acted arm, aligned with {@code chosen}.
   *
   * @param cost per arm, > 0
   * @param capacity per worker, >= 0
   */
  record Capacity(int[] cost, int[] capacity) implements ActionConstraint {
    public Capacity {
      cost = cost.clone();
      capacity = capacity.clone();
      Checks.capacity(cost, capacity);
    }

    @Override
    public String kind() {
      return "capacity";
    }

    /** The number of workers (B in the published setup). */
    @Override
    public int budget() {
      return capacity.length;
    }

    /** The number of workers. */
    public int workers() {
      return capacity.length;
    }

    /** Arm {@code arm}'s cost. */
    public int costOf(int arm) {
      return cost[arm];
    }

    /** Worker {@code worker}'s capacity. */
    public int capacityOf(int worker) {
      return capacity[worker];
    }

    @Override
    public void requireFits(int arms) {
      if (cost.length != arms) {
        throw new IllegalArgumentException("capacity: cost has " + cost.length
            + " entries, the instance has " + arms + " arms");
      }
    }

    @Override
    public List<String> violations(JointAction action, int arms) {
      return Checks.capacityViolations(this, action, arms);
    }

    @Override
    public boolean[] acted(JointAction action, int arms) {
      return Checks.actedArms(action, arms);
    }

    @Override
    public int[] cost() {
      return cost.clone();
    }

    @Override
    public int[] capacity() {
      return capacity.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Capacity other && Arrays.equals(cost, other.cost)
          && Arrays.equals(capacity, other.capacity);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(cost) + Arrays.hashCode(capacity);
    }

    @Override
    public String toString() {
      return "Capacity[" + cost.length + " arms, " + capacity.length + " workers]";
    }
  }
}
