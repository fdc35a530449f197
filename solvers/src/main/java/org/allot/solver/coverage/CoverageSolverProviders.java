package org.allot.solver.coverage;

import java.util.List;
import org.allot.problem.coverage.Coverage;
import org.allot.solver.Solver;
import org.allot.solver.SolverOptions;
import org.allot.solver.SolverProvider;

/** Registers the coverage solvers: random, greedy, lookahead and reference. */
public final class CoverageSolverProviders {
  private CoverageSolverProviders() {}

  /** {@link CoverageRandomWalk}. */
  public static final class Random implements SolverProvider {
    @Override
    public String problemId() {
      return Coverage.ID;
    }

    @Override
    public String id() {
      return CoverageRandomWalk.ID;
    }

    @Override
    public String description() {
      return "a uniformly random legal walk (seeded)";
    }

    @Override
    public Solver<?, ?> create() {
      return new CoverageRandomWalk();
    }
  }

  /** {@link CoverageGreedy}, the family's default. */
  public static final class Greedy implements SolverProvider {
    @Override
    public String problemId() {
      return Coverage.ID;
    }

    @Override
    public String id() {
      return CoverageGreedy.ID;
    }

    @Override
    public String description() {
      return "greedy marginal gain (ties: stay, north, south, east, west)";
    }

    @Override
    public boolean isDefault() {
      return true;
    }

    @Override
    public Solver<?, ?> create() {
      return new CoverageGreedy();
    }
  }

  /** {@link CoverageLookahead}, option {@code depth}. */
  public static final class Lookahead implements SolverProvider {
    @Override
    public String problemId() {
      return Coverage.ID;
    }

    @Override
    public String id() {
      return CoverageLookahead.ID;
    }

    @Override
    public String description() {
      return "greedy with k-step lookahead (best total gain of the next k moves)";
    }

    @Override
    public List<SolverOptions.Declared> options() {
      return List.of(new SolverOptions.Declared("depth",
          Integer.toString(CoverageLookahead.DEFAULT_DEPTH),
          "moves looked ahead, 1.." + CoverageLookahead.MAX_DEPTH + " (1 = greedy)"));
    }

    @Override
    public Solver<?, ?> create() {
      return new CoverageLookahead(CoverageLookahead.DEFAULT_DEPTH);
    }

    @Override
    public Solver<?, ?> create(SolverOptions options) {
      options.requireDeclared(id(), options());
      return new CoverageLookahead(options.integer("depth", CoverageLookahead.DEFAULT_DEPTH, 1,
          CoverageLookahead.MAX_DEPTH));
    }
  }

  /** {@link CoverageBeamSearch}, option {@code width}. */
  public static final class Reference implements SolverProvider {
    @Override
    public String problemId() {
      return Coverage.ID;
    }

    @Override
    public String id() {
      return CoverageBeamSearch.ID;
    }

    @Override
    public String description() {
      return "widening beam search with duplicate detection and a proven upper bound"
          + " (optimal when exhaustive or at the bound)";
    }

    @Override
    public List<SolverOptions.Declared> options() {
      return List.of(new SolverOptions.Declared("width",
          Integer.toString(CoverageBeamSearch.DEFAULT_WIDTH),
          "the widest beam, 1.." + (1 << 22) + "; widths 64, 256, ... up to it"));
    }

    @Override
    public Solver<?, ?> create() {
      return new CoverageBeamSearch(CoverageBeamSearch.DEFAULT_WIDTH);
    }

    @Override
    public Solver<?, ?> create(SolverOptions options) {
      options.requireDeclared(id(), options());
      return new CoverageBeamSearch(options.integer("width", CoverageBeamSearch.DEFAULT_WIDTH, 1,
          1 << 22));
    }
  }
}
