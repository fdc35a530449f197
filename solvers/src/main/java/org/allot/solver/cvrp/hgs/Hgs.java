package org.allot.solver.cvrp.hgs;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Deadline;

/**
 * HGS's parts for one instance, for work outside the genetic search of {@link CvrpHgs}: Split of
 * a giant tour, evaluation, and the local search (HGS's education) that polishes a solution, for
 * example each of a learned agent's sampled solutions before they seed
 * {@link CvrpHgs#withInitialPopulation} (EARLI), or the hot loops of a benchmark. The parts work
 * on {@link HgsIndividual}s made here, in place, without allocation; every cost is penalised
 * with {@link #penalty()}, the capacity penalty HGS starts a search with. Not thread-safe: one
 * per thread (the local search keeps state between runs).
 */
public final class Hgs {
  private final CvrpInstance instance;
  private final HgsData data;
  private final HgsParameters parameters;
  private final HgsSplit split;
  private final HgsLocalSearch search;
  private final double penalty;

  private Hgs(CvrpInstance instance, HgsParameters parameters, SplittableRandom random) {
    this.instance = instance;
    this.parameters = parameters;
    this.data = HgsData.of(instance, parameters.granular(), 0);
    this.split = new HgsSplit(data);
    this.search = new HgsLocalSearch(data, parameters, random);
    this.penalty = Math.min(parameters.maxPenalty(),
        Math.max(parameters.minPenalty(), data.initialPenalty));
  }

  /**
   * HGS's parts for {@code instance} with {@code parameters} (granularity, SWAP*, penalties); the
   * fleet is the one {@link CvrpHgs} uses: the instance's when limited, else HGS's
   * {@code ceil(1.3 total demand / capacity) + 3} or a first-fit-decreasing packing if more.
   *
   * @param random the local search's source of randomness (its move order); used by this object
   *     only, so that a seeded generator gives reproducible results
   * @throws IllegalArgumentException when the instance is too large for HGS's int arrays
   */
  public static Hgs of(CvrpInstance instance, HgsParameters parameters, SplittableRandom random) {
    return new Hgs(Objects.requireNonNull(instance, "instance"),
        Objects.requireNonNull(parameters, "parameters"), Objects.requireNonNull(random, "random"));
  }

  /** The instance. */
  public CvrpInstance instance() {
    return instance;
  }

  /** The number of routes the parts may use. */
  public int fleet() {
    return data.fleet;
  }

  /** The capacity penalty per unit of excess load in every cost here. */
  public double penalty() {
    return penalty;
  }

  /**
   * A uniformly random giant tour of {@code customers} customers: {@code 1..customers} shuffled
   * by Fisher-Yates with {@code random}.
   */
  public static int[] randomTour(int customers, RandomGenerator random) {
    int[] tour = new int[customers];
    for (int i = 0; i < customers; i++) {
      tour[i] = i + 1;
    }
    for (int i = customers - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = tour[i];
      tour[i] = tour[j];
      tour[j] = t;
    }
    return tour;
  }

  /**
   * An individual with giant tour {@code tour}, cut into routes by {@link #split}.
   *
   * @param tour each customer {@code 1..n} exactly once
   * @throws IllegalArgumentException when {@code tour} is not such a permutation
   */
  public HgsIndividual individual(int[] tour) {
    HgsIndividual individual = new HgsIndividual(data.n, data.fleet, 0);
    checkedRoutes(instance, new CvrpSolution(new int[][] {tour}), "giant tour");
    System.arraycopy(tour, 0, individual.tour, 0, data.n);
    split(individual);
    return individual;
  }

  /**
   * An individual with the routes of {@code solution} as they are (cut at the route boundaries),
   * evaluated; when they are more than the fleet, their concatenation cut by {@link #split}.
   *
   * @throws IllegalArgumentException when {@code solution} does not visit every customer exactly
   *     once (the message names the customer)
   */
  public HgsIndividual individual(CvrpSolution solution) {
    int[][] routes = checkedRoutes(instance, solution, "solution");
    HgsIndividual individual = new HgsIndividual(data.n, data.fleet, 0);
    if (!individual.assign(routes, data, penalty)) {
      split(individual);
    }
    return individual;
  }

  /**
   * Cuts {@code individual}'s giant tour into the routes of least penalised cost (Vidal's
   * linear-time Split, or its limited-fleet variant), in place, and evaluates it.
   */
  public void split(HgsIndividual individual) {
    split.split(individual, data.fleet, penalty);
  }

  /** Recomputes {@code individual}'s distance, excess and penalised cost from its routes. */
  public void evaluate(HgsIndividual individual) {
    individual.evaluate(data, penalty);
  }

  /**
   * One local-search descent on {@code individual}, in place, to a local optimum of the granular
   * neighbourhoods and SWAP*, or until {@code deadline} passes (the routes are then still valid).
   */
  public void improve(HgsIndividual individual, Deadline deadline) {
    search.run(individual, penalty, penalty, deadline);
  }

  /**
   * {@code solution} educated as HGS educates a given solution: {@link #individual(CvrpSolution)},
   * {@link #improve}, and when the result exceeds the capacity a second descent with the
   * penalty raised by {@link HgsParameters#repairFactor()} (HGS's repair).
   *
   * @throws IllegalArgumentException when {@code solution} does not visit every customer exactly
   *     once
   */
  public HgsIndividual polish(CvrpSolution solution, Deadline deadline) {
    HgsIndividual individual = individual(solution);
    improve(individual, deadline);
    if (!individual.feasible() && !search.expired()) {
      search.run(individual, penalty * parameters.repairFactor(), penalty, deadline);
    }
    return individual;
  }

  /** The neighbour pairs the local search has evaluated so far (each up to 14 moves). */
  public long pairsEvaluated() {
    return search.pairs;
  }

  /** The improving moves the local search has applied so far. */
  public long movesApplied() {
    return search.applied;
  }

  /**
   * The routes of {@code solution}, checked to visit every customer of {@code instance} exactly
   * once.
   *
   * @param what the solution's name in the message, such as {@code "initial solution 2"}
   * @throws IllegalArgumentException naming {@code what}, the instance and the customer
   */
  static int[][] checkedRoutes(CvrpInstance instance, CvrpSolution solution, String what) {
    int[][] routes = solution.routes();
    int n = instance.customers();
    int[] seen = new int[n + 1];
    for (int[] route : routes) {
      for (int c : route) {
        if (c < 1 || c > n || seen[c]++ > 0) {
          throw new IllegalArgumentException(what + " for " + instance.name() + ": customer " + c
              + (c < 1 || c > n ? " is outside 1.." + n : " is visited twice")
              + "; each must visit every customer exactly once");
        }
      }
    }
    for (int c = 1; c <= n; c++) {
      if (seen[c] == 0) {
        throw new IllegalArgumentException(what + " for " + instance.name() + ": customer " + c
            + " is never visited; each must visit every customer once");
      }
    }
    return routes;
  }
}
