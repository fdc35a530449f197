package org.allot.solver.cvrp.hgs;

import java.util.List;
import org.allot.problem.cvrp.Cvrp;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.SolverProvider;

/** Registers {@link CvrpHgs}, the CVRP family's default solver. */
public final class CvrpHgsProvider implements SolverProvider {
  static final SolverOptions.Declared POPULATION = new SolverOptions.Declared("population",
      "default", "default (HGS-CVRP's mu 25, lambda 40, nbElite 4, nbClose 5) or short (mu 12,"
      + " lambda 25, nbElite 3, nbClose 2: Vidal's advice for fast runs)");
  static final SolverOptions.Declared ITERATIONS = new SolverOptions.Declared("iterations", "0",
      "iterations before the search stops (0: the time limit only); a limit that ends the run"
      + " first makes it reproducible from its seed");

  @Override
  public String problemId() {
    return Cvrp.ID;
  }

  @Override
  public String id() {
    return CvrpHgs.ID;
  }

  @Override
  public String description() {
    return "hybrid genetic search (Vidal's HGS-CVRP): Split, OX, granular local search with"
        + " SWAP*, two subpopulations";
  }

  @Override
  public boolean isDefault() {
    return true;
  }

  @Override
  public List<SolverOptions.Declared> options() {
    return List.of(POPULATION, ITERATIONS);
  }

  @Override
  public Solver<?, ?> create() {
    return new CvrpHgs();
  }

  @Override
  public Solver<?, ?> create(SolverOptions options) {
    options.requireDeclared(id(), options());
    HgsParameters p = HgsParameters.defaults().withMaxIterations(
        options.integer(ITERATIONS.name(), 0, 0, Integer.MAX_VALUE));
    return CvrpHgs.with(options.choice(POPULATION.name(), "default", List.of("default", "short"))
        .equals("short") ? p.withShortRunPopulation() : p);
  }
}
