package org.allot.agent.earli;

import java.util.List;
import org.allot.problem.cvrp.Cvrp;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.SolverProvider;

/** Registers {@code attention} for the CVRP: the EARLI policy alone ({@link AttentionSolver}). */
public final class AttentionProvider implements SolverProvider {
  static final SolverOptions.Declared SAMPLES = new SolverOptions.Declared("samples", "1",
      "rollouts: 1 is the greedy one; N > 1 adds N - 1 sampled ones and keeps the best");

  @Override
  public String problemId() {
    return Cvrp.ID;
  }

  @Override
  public String id() {
    return AttentionSolver.ID;
  }

  @Override
  public String description() {
    return "the EARLI attention policy alone (Kool-style encoder-decoder, trained by POMO"
        + " REINFORCE): greedy, or the best of N rollouts";
  }

  @Override
  public List<SolverOptions.Declared> options() {
    return List.of(SAMPLES, PolicyOptions.TEMPERATURE, PolicyOptions.CANDIDATES,
        PolicyOptions.WEIGHTS);
  }

  @Override
  public Solver<?, ?> create() {
    return create(SolverOptions.none());
  }

  @Override
  public Solver<?, ?> create(SolverOptions options) {
    options.requireDeclared(id(), options());
    return new AttentionSolver(PolicyOptions.construction(options,
        options.integer(SAMPLES.name(), 1, 1, 100_000)));
  }
}
