package org.allot.solver.cvrp.hgs;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * HGS's population: a feasible and an infeasible subpopulation, each sorted by penalised cost.
 * A subpopulation that grows past {@code mu + lambda} loses, one by one, its clones and then its
 * worst individuals by biased fitness (cost rank plus diversity rank, the diversity being the
 * mean broken-pairs distance to the {@code close} nearest others) until {@code mu} remain.
 * Parents are drawn by binary tournament on biased fitness over both subpopulations. It also
 * adapts the capacity penalty towards the target share of feasible local-search outputs, and
 * keeps the best feasible individual of the current restart and overall. Individuals are pooled
 * and reused. Not thread-safe.
 */
final class HgsPopulation {
  private static final double EPSILON = 1e-5;
  /** The number of recent local-search outputs whose feasibility steers the penalty. */
  private static final int HISTORY = 100;

  private final HgsData data;
  private final HgsParameters parameters;
  private final SplittableRandom random;
  private final Consumer<HgsIndividual> newBest;
  private final Subpopulation feasible;
  private final Subpopulation infeasible;
  private final HgsIndividual[] pool;
  private int pooled;
  private final boolean[] history = new boolean[HISTORY];
  private int historyNext;
  private final HgsIndividual bestRestart;
  private final HgsIndividual bestOverall;
  private double bestRestartCost = Double.POSITIVE_INFINITY;
  private double bestOverallCost = Double.POSITIVE_INFINITY;
  private final int neighbourCapacity;
  /** The current capacity penalty per unit of excess load. */
  private double penalty;

  HgsPopulation(HgsData data, HgsParameters parameters, SplittableRandom random,
      Consumer<HgsIndividual> newBest) {
    this.data = data;
    this.parameters = parameters;
    this.random = random;
    this.newBest = newBest;
    int capacity = parameters.mu() + parameters.lambda() + 1;
    this.neighbourCapacity = capacity + 1;
    this.feasible = new Subpopulation(capacity);
    this.infeasible = new Subpopulation(capacity);
    this.pool = new HgsIndividual[2 * capacity + 2];
    this.bestRestart = create();
    this.bestOverall = create();
    this.penalty = Math.min(parameters.maxPenalty(),
        Math.max(parameters.minPenalty(), data.initialPenalty));
    java.util.Arrays.fill(history, true);
  }

  /** A fresh individual with room for this population's neighbour lists. */
  HgsIndividual create() {
    return new HgsIndividual(data.n, data.fleet, neighbourCapacity);
  }

  double penalty() {
    return penalty;
  }

  int size() {
    return feasible.size + infeasible.size;
  }

  /** The best feasible individual found so far, or {@code null}. */
  HgsIndividual bestOverall() {
    return bestOverallCost < Double.POSITIVE_INFINITY ? bestOverall : null;
  }

  /**
   * Adds a copy of {@code individual} to its subpopulation, selecting survivors when that grows
   * past mu + lambda; with {@code countFeasibility}, it also enters the penalty statistics.
   *
   * @return whether it is the best feasible individual since the last restart
   */
  boolean add(HgsIndividual individual, boolean countFeasibility) {
    if (countFeasibility) {
      history[historyNext] = individual.feasible();
      historyNext = (historyNext + 1) % HISTORY;
    }
    Subpopulation sub = individual.feasible() ? feasible : infeasible;
    HgsIndividual copy = obtain();
    copy.copySolution(individual);
    for (int i = 0; i < sub.size; i++) {
      HgsIndividual other = sub.members[i];
      double d = copy.brokenPairs(other);
      other.addClose(d, copy);
      copy.addClose(d, other);
    }
    sub.insertSorted(copy);
    if (sub.size > parameters.mu() + parameters.lambda()) {
      while (sub.size > parameters.mu()) {
        removeWorst(sub);
      }
    }
    return considerBest(individual);
  }

  /**
   * Records {@code individual} as a best solution when it is feasible and cheaper than the best
   * of this restart (and reports it when it beats the best overall) without adding it.
   */
  boolean considerBest(HgsIndividual individual) {
    if (!individual.feasible() || individual.penalizedCost >= bestRestartCost - EPSILON) {
      return false;
    }
    bestRestart.copySolution(individual);
    bestRestartCost = individual.penalizedCost;
    if (individual.penalizedCost < bestOverallCost - EPSILON) {
      bestOverall.copySolution(individual);
      bestOverallCost = individual.penalizedCost;
      newBest.accept(bestOverall);
    }
    return true;
  }

  /** A parent: the better by biased fitness of two individuals drawn uniformly. */
  HgsIndividual tournament() {
    feasible.updateBiasedFitness();
    infeasible.updateBiasedFitness();
    HgsIndividual a = draw();
    HgsIndividual b = draw();
    return a.biasedFitness < b.biasedFitness ? a : b;
  }

  private HgsIndividual draw() {
    int place = random.nextInt(size());
    return place < feasible.size ? feasible.members[place]
        : infeasible.members[place - feasible.size];
  }

  /** Moves the penalty towards the target feasible share and re-sorts the infeasible ones. */
  void managePenalties() {
    int count = 0;
    for (boolean b : history) {
      count += b ? 1 : 0;
    }
    double share = (double) count / HISTORY;
    double target = parameters.targetFeasible();
    if (share < target - 0.05 && penalty < parameters.maxPenalty()) {
      penalty = Math.min(penalty * parameters.penaltyIncrease(), parameters.maxPenalty());
    } else if (share > target + 0.05 && penalty > parameters.minPenalty()) {
      penalty = Math.max(penalty * parameters.penaltyDecrease(), parameters.minPenalty());
    }
    for (int i = 0; i < infeasible.size; i++) {
      infeasible.members[i].penalize(penalty);
    }
    infeasible.sort();
  }

  /** Empties both subpopulations and forgets the best of the restart (not the best overall). */
  void restart() {
    feasible.clear();
    infeasible.clear();
    bestRestartCost = Double.POSITIVE_INFINITY;
  }

  private HgsIndividual obtain() {
    return pooled > 0 ? pool[--pooled] : create();
  }

  private void release(HgsIndividual individual) {
    individual.clearClose();
    if (pooled < pool.length) {
      pool[pooled++] = individual;
    }
  }

  /** Removes the worst individual by biased fitness, clones first; never the best. */
  private void removeWorst(Subpopulation sub) {
    sub.updateBiasedFitness();
    int worst = -1;
    boolean worstIsClone = false;
    double worstFitness = Double.NEGATIVE_INFINITY;
    for (int i = 1; i < sub.size; i++) {
      HgsIndividual m = sub.members[i];
      boolean clone = m.averageClosest(1) < EPSILON;
      if (clone && !worstIsClone || clone == worstIsClone && m.biasedFitness > worstFitness) {
        worst = i;
        worstIsClone = clone;
        worstFitness = m.biasedFitness;
      }
    }
    HgsIndividual gone = sub.removeAt(worst);
    for (int i = 0; i < sub.size; i++) {
      sub.members[i].removeClose(gone);
    }
    release(gone);
  }

  /** One subpopulation, sorted by penalised cost, with scratch arrays for the ranking. */
  private final class Subpopulation {
    final HgsIndividual[] members;
    int size;
    private final int[] rank;
    private final double[] key;

    Subpopulation(int capacity) {
      members = new HgsIndividual[capacity];
      rank = new int[capacity];
      key = new double[capacity];
    }

    /** Inserts before every member whose cost is not below the newcomer's (less epsilon). */
    void insertSorted(HgsIndividual individual) {
      int place = size;
      while (place > 0 && members[place - 1].penalizedCost > individual.penalizedCost - EPSILON) {
        members[place] = members[place - 1];
        place--;
      }
      members[place] = individual;
      size++;
    }

    HgsIndividual removeAt(int i) {
      HgsIndividual gone = members[i];
      System.arraycopy(members, i + 1, members, i, size - i - 1);
      members[--size] = null;
      return gone;
    }

    void sort() {
      for (int i = 1; i < size; i++) {
        HgsIndividual m = members[i];
        int j = i;
        while (j > 0 && members[j - 1].penalizedCost > m.penalizedCost + EPSILON) {
          members[j] = members[j - 1];
          j--;
        }
        members[j] = m;
      }
    }

    void clear() {
      for (int i = 0; i < size; i++) {
        release(members[i]);
        members[i] = null;
      }
      size = 0;
    }

    /** Biased fitness: cost rank plus (1 - elite / size) times diversity rank, both in [0, 1]. */
    void updateBiasedFitness() {
      if (size == 1) {
        members[0].biasedFitness = 0;
      }
      if (size <= 1) {
        return;
      }
      int close = parameters.close();
      for (int i = 0; i < size; i++) {
        rank[i] = i;
        key[i] = -members[i].averageClosest(close);
      }
      for (int i = 1; i < size; i++) {
        int r = rank[i];
        int j = i;
        while (j > 0 && key[rank[j - 1]] > key[r]) {
          rank[j] = rank[j - 1];
          j--;
        }
        rank[j] = r;
      }
      double last = size - 1;
      double diversityWeight = 1.0 - (double) parameters.elite() / size;
      for (int i = 0; i < size; i++) {
        double fitRank = rank[i] / last;
        members[rank[i]].biasedFitness = size <= parameters.elite() ? fitRank
            : fitRank + diversityWeight * (i / last);
      }
    }
  }
}
