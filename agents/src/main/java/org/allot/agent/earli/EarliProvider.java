package org.allot.agent.earli;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.allot.problem.cvrp.Cvrp;
import org.allot.solver.Budget;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.SolverProvider;
import org.allot.solver.cvrp.hgs.HgsParameters;

/** Registers {@code earli} for the CVRP: policy samples seeding HGS ({@link EarliSolver}). */
public final class EarliProvider implements SolverProvider {
  /** The time limit up to which {@code population=auto} takes the short-run population. */
  public static final Duration SHORT_RUN = Duration.ofSeconds(5);
  static final SolverOptions.Declared SAMPLES = new SolverOptions.Declared("samples", "8",
      "K, the policy's solutions injected into HGS's initial population: 1 greedy and K - 1"
      + " sampled (EARLI's 8)");
  static final SolverOptions.Declared POPULATION = new SolverOptions.Declared("population",
      "auto", "HGS's population: default (mu 25, lambda 40, nbElite 4, nbClose 5), short (mu"
      + " 12, lambda 25, nbElite 3, nbClose 2, Vidal's advice for fast runs) or auto (short up"
      + " to a 5 s limit, else default)");
  static final SolverOptions.Declared ITERATIONS = new SolverOptions.Declared("iterations", "0",
      "HGS iterations before it stops (0: the time limit only); a limit that ends the run first"
      + " makes it reproducible from its seed");

  @Override
  public String problemId() {
    return Cvrp.ID;
  }

  @Override
  public String id() {
    return EarliSolver.ID;
  }

  @Override
  public String description() {
    return "EARLI (Greenberg et al. 2025): K attention-policy solutions, polished by HGS's local"
        + " search, seed the initial population of the hybrid genetic search";
  }

  @Override
  public List<SolverOptions.Declared> options() {
    return List.of(SAMPLES, POPULATION, ITERATIONS, PolicyOptions.TEMPERATURE,
        PolicyOptions.CANDIDATES, PolicyOptions.WEIGHTS);
  }

  @Override
  public Solver<?, ?> create() {
    return create(SolverOptions.none());
  }

  @Override
  public Solver<?, ?> create(SolverOptions options) {
    options.requireDeclared(id(), options());
    Construction construction = PolicyOptions.construction(options,
        options.integer(SAMPLES.name(), 8, 1, 10_000));
    String population = options.choice(POPULATION.name(), "auto",
        List.of("auto", "default", "short"));
    int iterations = options.integer(ITERATIONS.name(), 0, 0, Integer.MAX_VALUE);
    HgsParameters base = HgsParameters.defaults().withMaxIterations(iterations);
    Function<Budget, HgsParameters> parameters = switch (population) {
      case "default" -> b -> base;
      case "short" -> b -> base.withShortRunPopulation();
      default -> b -> b.timeLimit().compareTo(SHORT_RUN) <= 0 ? base.withShortRunPopulation()
          : base;
    };
    return new EarliSolver(construction, parameters);
  }
}
