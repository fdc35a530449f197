package org.allot.solver.cvrp.hgs;

/**
 * The parameters of {@link CvrpHgs}, with HGS-CVRP's defaults (Vidal 2022,
 * {@code AlgorithmParameters.cpp}). Immutable; validated on construction.
 *
 * @param granular the size of each customer's granular neighbourhood: its nearest customers by
 *     distance (HGS's {@code nbGranular}, 20), at least 1
 * @param mu the minimum size of each subpopulation, after a survivor selection (25), at least 1
 * @param lambda the number of individuals a subpopulation grows by before survivors are selected
 *     (40), at least 1
 * @param elite the number of elite individuals protected by the biased fitness (4), at least 0
 * @param close the number of closest individuals averaged in the diversity contribution (5), at
 *     least 1
 * @param targetFeasible the fraction of naturally feasible local-search outputs the capacity
 *     penalty aims at (0.2), in [0, 1]
 * @param penaltyIncrease the penalty factor when too few outputs are feasible (1.2), above 1
 * @param penaltyDecrease the penalty factor when too many outputs are feasible (0.85), in (0, 1)
 * @param penaltyInterval the number of iterations between penalty updates (100), at least 1
 * @param minPenalty the smallest capacity penalty, per unit of excess load (0.1), positive
 * @param maxPenalty the largest capacity penalty (100000), at least {@code minPenalty}
 * @param repairProbability the probability that an infeasible individual is repaired (0.5), in
 *     [0, 1]
 * @param repairFactor the factor on the penalty during a repair (10), at least 1
 * @param restartIterations the number of iterations without improvement after which the
 *     population is rebuilt (20000), at least 1
 * @param swapStar whether the local search uses SWAP* (true); it is skipped anyway on instances
 *     without coordinates
 * @param maxIterations the number of genetic iterations after which the search stops, or 0 for
 *     none (only the time limit then); with a limit that ends the search before the time limit,
 *     a run is reproducible from its seed
 */
public record HgsParameters(int granular, int mu, int lambda, int elite, int close,
    double targetFeasible, double penaltyIncrease, double penaltyDecrease, int penaltyInterval,
    double minPenalty, double maxPenalty, double repairProbability, double repairFactor,
    int restartIterations, boolean swapStar, long maxIterations) {

  public HgsParameters {
    atLeast("granular", granular, 1);
    atLeast("mu", mu, 1);
    atLeast("lambda", lambda, 1);
    atLeast("elite", elite, 0);
    atLeast("close", close, 1);
    atLeast("penaltyInterval", penaltyInterval, 1);
    atLeast("restartIterations", restartIterations, 1);
    atLeast("maxIterations", maxIterations, 0);
    unit("targetFeasible", targetFeasible);
    unit("repairProbability", repairProbability);
    if (!(penaltyIncrease > 1) || Double.isInfinite(penaltyIncrease)) {
      throw new IllegalArgumentException("penaltyIncrease must be a finite number above 1, got "
          + penaltyIncrease + "; HGS uses 1.2");
    }
    if (!(penaltyDecrease > 0 && penaltyDecrease < 1)) {
      throw new IllegalArgumentException("penaltyDecrease must lie in (0, 1), got "
          + penaltyDecrease + "; HGS uses 0.85");
    }
    if (!(minPenalty > 0 && minPenalty <= maxPenalty) || Double.isInfinite(maxPenalty)) {
      throw new IllegalArgumentException("penalty bounds must satisfy 0 < minPenalty <= maxPenalty"
          + " < infinity, got [" + minPenalty + ", " + maxPenalty + "]; HGS uses [0.1, 100000]");
    }
    if (!(repairFactor >= 1) || Double.isInfinite(repairFactor)) {
      throw new IllegalArgumentException("repairFactor must be a finite number >= 1, got "
          + repairFactor + "; HGS uses 10");
    }
  }

  /** HGS-CVRP's defaults, without an iteration limit. */
  public static HgsParameters defaults() {
    return new HgsParameters(20, 25, 40, 4, 5, 0.2, 1.2, 0.85, 100, 0.1, 100_000, 0.5, 10,
        20_000, true, 0);
  }

  /**
   * These parameters with other population sizes: {@code mu} survivors, {@code lambda} children
   * before a survivor selection, {@code elite} individuals protected by the biased fitness, and
   * {@code close} neighbours in the diversity measure.
   */
  public HgsParameters withPopulation(int newMu, int newLambda, int newElite, int newClose) {
    return new HgsParameters(granular, newMu, newLambda, newElite, newClose, targetFeasible,
        penaltyIncrease, penaltyDecrease, penaltyInterval, minPenalty, maxPenalty,
        repairProbability, repairFactor, restartIterations, swapStar, maxIterations);
  }

  /**
   * These parameters with the population Vidal advises for short runs (HGS-CVRP issue #3): mu
   * 12, lambda 25, nbElite 3, nbClose 2. A fresh population then needs 48 educated individuals
   * instead of 100.
   */
  public HgsParameters withShortRunPopulation() {
    return withPopulation(12, 25, 3, 2);
  }

  /** These parameters with another iteration limit (0 = none). */
  public HgsParameters withMaxIterations(long iterations) {
    return new HgsParameters(granular, mu, lambda, elite, close, targetFeasible, penaltyIncrease,
        penaltyDecrease, penaltyInterval, minPenalty, maxPenalty, repairProbability, repairFactor,
        restartIterations, swapStar, iterations);
  }

  /** These parameters with SWAP* switched on or off. */
  public HgsParameters withSwapStar(boolean on) {
    return new HgsParameters(granular, mu, lambda, elite, close, targetFeasible, penaltyIncrease,
        penaltyDecrease, penaltyInterval, minPenalty, maxPenalty, repairProbability, repairFactor,
        restartIterations, on, maxIterations);
  }

  /** These parameters with another restart threshold. */
  public HgsParameters withRestartIterations(int iterations) {
    return new HgsParameters(granular, mu, lambda, elite, close, targetFeasible, penaltyIncrease,
        penaltyDecrease, penaltyInterval, minPenalty, maxPenalty, repairProbability, repairFactor,
        iterations, swapStar, maxIterations);
  }

  /** The number of random individuals in a fresh population: 4 mu, as in HGS. */
  public int initialRandom() {
    return 4 * mu;
  }

  private static void atLeast(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value
          + "; HgsParameters.defaults() has HGS's values");
    }
  }

  private static void unit(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must lie in [0, 1], got " + value);
    }
  }
}
