package org.allot.solver.cvrp.hgs;

import io.jenetics.PermutationChromosome;
import io.jenetics.util.RandomRegistry;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.allot.solver.Deadline;

/**
 * The main loop of HGS-CVRP ({@code Genetic.cpp}): build a population (given solutions first,
 * then random giant tours, each split and educated), then repeatedly pick two parents by binary
 * tournament, cross them (OX), split and educate the child, insert it, repair half of the
 * infeasible children with a tenfold penalty, adapt the penalty every {@code penaltyInterval}
 * iterations, and rebuild the population after {@code restartIterations} iterations without a
 * new best of the restart. Runs until the deadline or the iteration limit. Not thread-safe.
 */
final class HgsGenetic {
  private final HgsData data;
  private final HgsParameters parameters;
  private final SplittableRandom random;
  private final Deadline deadline;
  private final HgsSplit split;
  private final HgsLocalSearch search;
  private final HgsPopulation population;
  private final HgsOrderCrossover crossover;
  private final HgsIndividual offspring;
  private long iterations;
  private int restarts;

  HgsGenetic(HgsData data, HgsParameters parameters, SplittableRandom random, Deadline deadline,
      Consumer<HgsIndividual> newBest) {
    this.data = data;
    this.parameters = parameters;
    this.random = random;
    this.deadline = deadline;
    this.split = new HgsSplit(data);
    this.search = new HgsLocalSearch(data, parameters, random);
    this.population = new HgsPopulation(data, parameters, random, newBest);
    this.crossover = new HgsOrderCrossover(data.n);
    this.offspring = population.create();
  }

  /** Educates the given routes (each customer once), then random tours, then evolves. */
  void run(List<int[][]> seeds) {
    int educated = 0;
    for (int[][] routes : seeds) {
      if (deadline.expired() && population.size() > 0) {
        break;
      }
      educateSeed(routes);
      educated++;
    }
    fill(educated);
    evolve();
  }

  /** Genetic iterations done (initial population excluded). */
  long iterations() {
    return iterations;
  }

  int restarts() {
    return restarts;
  }

  HgsLocalSearch localSearch() {
    return search;
  }

  HgsIndividual best() {
    return population.bestOverall();
  }

  private void evolve() {
    long nonImproving = 1;
    long limit = parameters.maxIterations();
    while (!deadline.expired() && (limit == 0 || iterations < limit)) {
      HgsIndividual first = population.tournament();
      HgsIndividual second = population.tournament();
      crossover.cross(first.tour, second.tour, offspring.tour, random);
      split.split(offspring, first.routes, population.penalty());
      boolean improved = educate(offspring, false);
      nonImproving = improved ? 1 : nonImproving + 1;
      if (iterations % parameters.penaltyInterval() == 0) {
        population.managePenalties();
      }
      iterations++;
      if (nonImproving == parameters.restartIterations()) {
        population.restart();
        restarts++;
        fill(0);
        nonImproving = 1;
      }
    }
  }

  /**
   * Local search on {@code individual}, insertion, and a repair with a tenfold penalty when it
   * is infeasible (always, or with the repair probability).
   *
   * @return whether a new best of the restart was inserted
   */
  private boolean educate(HgsIndividual individual, boolean alwaysRepair) {
    double penalty = population.penalty();
    search.run(individual, penalty, penalty, deadline);
    boolean improved = population.add(individual, true);
    if (!individual.feasible() && !search.expired()
        && (alwaysRepair || random.nextDouble() < parameters.repairProbability())) {
      search.run(individual, penalty * parameters.repairFactor(), penalty, deadline);
      if (individual.feasible()) {
        improved |= population.add(individual, false);
      }
    }
    return improved;
  }

  /**
   * Educates random individuals until, with the {@code educated} given ones, there are 4 mu, or
   * until the deadline passes (at least one individual is always made).
   */
  private void fill(int educated) {
    for (int i = educated; i < parameters.initialRandom(); i++) {
      if (deadline.expired() && population.size() > 0) {
        return;
      }
      randomTour(offspring.tour);
      split.split(offspring, data.fleet, population.penalty());
      educate(offspring, false);
    }
  }

  /**
   * A uniformly random giant tour, drawn by Jenetics' {@link PermutationChromosome} with this
   * search's generator in scope, so that the draw follows the budget's seed.
   */
  private void randomTour(int[] tour) {
    PermutationChromosome<Integer> chromosome =
        RandomRegistry.with(random).call(() -> PermutationChromosome.ofInteger(tour.length));
    for (int i = 0; i < tour.length; i++) {
      tour[i] = chromosome.get(i).alleleIndex() + 1;
    }
  }

  /**
   * Turns given routes into an individual (a giant tour cut at the route boundaries, or re-split
   * when there are more routes than the fleet), reports it when it is a new best, educates it
   * and repairs it when needed.
   */
  private void educateSeed(int[][] routes) {
    if (offspring.assign(routes, data, population.penalty())) {
      population.considerBest(offspring);
    } else {
      split.split(offspring, data.fleet, population.penalty());
    }
    educate(offspring, true);
  }
}
