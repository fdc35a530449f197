package org.allot.solver.cvrp.hgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;
import org.allot.solver.Budget;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * Hybrid genetic search for the CVRP after Vidal's HGS-CVRP (Vidal 2022, "Hybrid genetic search
 * for the CVRP: open-source implementation and SWAP* neighborhood"; {@code vidalt/HGS-CVRP}, MIT;
 * this is an independent Java implementation). An individual is a giant tour, cut into routes by
 * the linear-time {@link HgsSplit}; children come from binary tournaments and ordered crossover
 * ({@link HgsOrderCrossover}) and are educated by a granular local search with SWAP*
 * ({@link HgsLocalSearch}, {@link HgsSwapStar}); capacity excess is penalised with a penalty that
 * adapts to a target share of feasible children; survivors of a feasible and an infeasible
 * subpopulation are chosen by cost and diversity ({@link HgsPopulation}). Parameters and defaults
 * are in {@link HgsParameters}.
 *
 * <p><b>Where Jenetics is used, and where not.</b> The random giant tours of every fresh
 * population are Jenetics {@code PermutationChromosome}s, drawn with the search's seeded
 * generator scoped by {@code RandomRegistry.with}. Everything that runs per iteration is plain
 * {@code int[]} code instead: Jenetics has no ordered crossover (OX), and its
 * {@code Crossover}/{@code Alterer} work on boxed {@code EnumGene} sequences and produce two
 * children in place, where HGS needs one child per iteration without allocation; and its
 * {@code Engine} selects on one fitness over one population, which cannot express HGS's biased
 * fitness (cost rank plus diversity rank) over two subpopulations, its clone removal, or its
 * penalty adaptation. So population management, Split and local search are this package's own.
 * {@link Hgs} opens Split, evaluation and the local search to callers outside the package.
 *
 * <p><b>Budget.</b> The time limit runs from the call of {@code solve} (wall clock); the
 * population's construction also stops at the limit, and the local search stops mid-way when it
 * passes. All randomness comes from one generator seeded with {@link Budget#seed()}. A run that
 * ends by {@link HgsParameters#maxIterations()} before the time limit is reproducible from its
 * seed; a run ended by the time limit is not (how far it gets depends on the machine and its
 * load). The search uses one thread whatever {@link Budget#threads()} says (independent
 * populations per thread are a possible extension).
 *
 * <p><b>Fleet.</b> When the instance's fleet is unlimited, the search may use HGS's
 * {@code ceil(1.3 total demand / capacity) + 3} routes, or more when a first-fit-decreasing
 * packing or a given solution needs more; the {@code k} of an instance name is never a limit.
 * With a limited fleet, Split switches to its limited-fleet variant; a fleet too small for the
 * total demand is reported as {@link Outcome.Infeasible}.
 *
 * <p>Every new best feasible solution goes to the listener, with its distance as the objective;
 * the outcome is {@link Outcome.Feasible} with the best one, or {@link Outcome.Unknown} when
 * none was found in time. Instances are immutable and thread-safe; each solve has its own state.
 */
public final class CvrpHgs implements Solver<CvrpInstance, CvrpSolution> {
  /** The solver's id. */
  public static final String ID = "hgs";

  private final HgsParameters parameters;
  private final List<CvrpSolution> initialPopulation;

  /** HGS with the default parameters and no given solutions. */
  public CvrpHgs() {
    this(HgsParameters.defaults(), List.of());
  }

  private CvrpHgs(HgsParameters parameters, List<CvrpSolution> initialPopulation) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.initialPopulation = List.copyOf(initialPopulation);
  }

  /** HGS with {@code parameters} and no given solutions. */
  public static CvrpHgs with(HgsParameters parameters) {
    return new CvrpHgs(parameters, List.of());
  }

  /** This solver with other parameters (the initial population is kept). */
  public CvrpHgs withParameters(HgsParameters newParameters) {
    return new CvrpHgs(newParameters, initialPopulation);
  }

  /**
   * This solver seeded with {@code solutions}: the entry point for constructive heuristics and
   * learned agents (EARLI-style initialisation). At the start of a solve, each solution becomes a
   * giant tour cut at its route boundaries (or is re-split when it has more routes than the
   * fleet), is educated by the local search (and repaired when infeasible) and enters the
   * population before the random individuals; the population is then filled up to 4 mu with
   * random ones as usual. Each feasible given solution is also offered as an incumbent as it is,
   * so the outcome is never worse than the best feasible one given. Solutions may exceed the
   * capacity. They are used only for the instance they are solved with; restarts do not reuse
   * them.
   *
   * @param solutions solutions of the instance to be solved; each must visit every customer
   *     exactly once (checked at {@code solve})
   * @return a solver with these solutions and the same parameters
   */
  public CvrpHgs withInitialPopulation(List<CvrpSolution> solutions) {
    return new CvrpHgs(parameters, Objects.requireNonNull(solutions, "solutions"));
  }

  public HgsParameters parameters() {
    return parameters;
  }

  /** The given solutions (empty by default). */
  public List<CvrpSolution> initialPopulation() {
    return initialPopulation;
  }

  @Override
  public String id() {
    return ID;
  }

  /**
   * Runs HGS on {@code instance} until the time limit or the iteration limit.
   *
   * @throws IllegalArgumentException when a given initial solution does not visit every
   *     customer of {@code instance} exactly once
   */
  @Override
  public Outcome<CvrpSolution> solve(CvrpInstance instance, Budget budget,
      IncumbentListener<? super CvrpSolution> listener) {
    return solve(instance, budget.seed(), budget.start(), listener);
  }

  /**
   * Runs HGS on {@code instance} against a clock that is already running: for solvers that spend
   * part of their budget before the search (EARLI's policy builds the initial solutions), so that
   * the time limit still counts from their own {@code solve} entry and the incumbents' times are
   * on one clock.
   *
   * @param seed the seed of the search's random generator
   * @param deadline the solve's clock and limit
   * @throws IllegalArgumentException when a given initial solution does not visit every
   *     customer of {@code instance} exactly once
   */
  public Outcome<CvrpSolution> solve(CvrpInstance instance, long seed, Deadline deadline,
      IncumbentListener<? super CvrpSolution> listener) {
    if (instance.vehicles() > 0 && instance.vehicles() < instance.minimumRoutes()) {
      return new Outcome.Infeasible<>(deadline.elapsed());
    }
    List<int[][]> seeds = seeds(instance);
    HgsIncumbents incumbents = new HgsIncumbents(instance, deadline, listener);
    run(instance, seed, deadline, seeds, incumbents);
    return incumbents.outcome();
  }

  /** Runs the search and returns it, for its statistics (used by tests and measurements). */
  HgsGenetic run(CvrpInstance instance, long seed, Deadline deadline, List<int[][]> seeds,
      HgsIncumbents incumbents) {
    int fleetNeeded = 0;
    for (int[][] routes : seeds) {
      int used = 0;
      for (int[] r : routes) {
        used += r.length > 0 ? 1 : 0;
      }
      fleetNeeded = Math.max(fleetNeeded, used);
    }
    HgsData data = HgsData.of(instance, parameters.granular(), fleetNeeded);
    HgsGenetic genetic = new HgsGenetic(data, parameters, new SplittableRandom(seed), deadline,
        incumbents::offer);
    genetic.run(seeds);
    return genetic;
  }

  /** The given solutions' routes, checked to visit every customer exactly once. */
  List<int[][]> seeds(CvrpInstance instance) {
    List<int[][]> seeds = new ArrayList<>(initialPopulation.size());
    for (int s = 0; s < initialPopulation.size(); s++) {
      seeds.add(Hgs.checkedRoutes(instance, initialPopulation.get(s), "initial solution " + s));
    }
    return seeds;
  }
}
