package org.allot.agent.dispatch;

import java.util.List;
import org.allot.agent.PolicySolver;
import org.allot.problem.jobshop.JobShop;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.SolverProvider;

/**
 * Registers the learned dispatching solvers ({@code dispatch}, {@code dispatch-sample},
 * {@code dispatch+cpsat}) for the job-shop family. Each takes {@code weights=FILE} (default: the
 * shipped model); the sampling ones take {@code samples=N} (default 32).
 */
public final class DispatchProviders {
  /** The id of the greedy solver. */
  public static final String GREEDY_ID = "dispatch";

  private static final SolverOptions.Declared SAMPLES = new SolverOptions.Declared("samples",
      "32", "episodes sampled at temperatures spread over [0.5, 2)");

  private static final SolverOptions.Declared RULES = new SolverOptions.Declared("rules", "no",
      "yes: the best static rule schedule (as cpsat starts from) competes with the learned"
      + " samples for CP-SAT's hint; no: the learned hint alone, as Tassel et al.");

  private DispatchProviders() {}

  /** The greedy learned policy as a solver. */
  public static Solver<?, ?> greedy(DispatchNetwork network) {
    return new PolicySolver<>(GREEDY_ID, new JobShop(), CpDispatchEnvironment::new,
        DispatchPolicy.greedy(network));
  }

  private static int samples(SolverOptions options) {
    return options.integer(SAMPLES.name(), 32, 1, 1_000_000);
  }

  /** {@code dispatch}: one greedy episode of the learned policy. */
  public static final class Greedy implements SolverProvider {
    @Override
    public String problemId() {
      return JobShop.ID;
    }

    @Override
    public String id() {
      return GREEDY_ID;
    }

    @Override
    public String description() {
      return "learned dispatching rule (Tassel et al. 2023, CP environment), greedy";
    }

    @Override
    public Solver<?, ?> create() {
      return create(SolverOptions.none());
    }

    @Override
    public List<SolverOptions.Declared> options() {
      return DispatchModel.weightsOnly();
    }

    @Override
    public Solver<?, ?> create(SolverOptions options) {
      options.requireDeclared(id(), options());
      return greedy(DispatchModel.of(options));
    }
  }

  /** {@code dispatch-sample}: the best of N sampled episodes. */
  public static final class Sample implements SolverProvider {
    @Override
    public String problemId() {
      return JobShop.ID;
    }

    @Override
    public String id() {
      return DispatchSampler.ID;
    }

    @Override
    public String description() {
      return "learned dispatching rule, best of N episodes at temperatures in [0.5, 2)";
    }

    @Override
    public Solver<?, ?> create() {
      return create(SolverOptions.none());
    }

    @Override
    public List<SolverOptions.Declared> options() {
      return List.of(SAMPLES, DispatchModel.WEIGHTS);
    }

    @Override
    public Solver<?, ?> create(SolverOptions options) {
      options.requireDeclared(id(), options());
      return new DispatchSampler(DispatchModel.of(options), samples(options));
    }
  }

  /** {@code dispatch+cpsat}: the learned schedule as CP-SAT's hint and upper bound. */
  public static final class WithCpSat implements SolverProvider {
    @Override
    public String problemId() {
      return JobShop.ID;
    }

    @Override
    public String id() {
      return DispatchCpSat.ID;
    }

    @Override
    public String description() {
      return "learned dispatching rule's best sample as CP-SAT's hint and upper bound";
    }

    @Override
    public Solver<?, ?> create() {
      return create(SolverOptions.none());
    }

    @Override
    public List<SolverOptions.Declared> options() {
      return List.of(SAMPLES, RULES, DispatchModel.WEIGHTS);
    }

    @Override
    public Solver<?, ?> create(SolverOptions options) {
      options.requireDeclared(id(), options());
      boolean rules = options.choice(RULES.name(), "no", List.of("no", "yes")).equals("yes");
      return new DispatchCpSat(DispatchModel.of(options), samples(options), rules);
    }
  }
}
