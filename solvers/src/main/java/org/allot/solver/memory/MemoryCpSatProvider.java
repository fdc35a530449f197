package org.allot.solver.memory;

import org.allot.problem.memory.Memory;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;

/** Registers {@link MemoryCpSat}. */
public final class MemoryCpSatProvider implements SolverProvider {
  @Override
  public String problemId() {
    return Memory.ID;
  }

  @Override
  public String id() {
    return MemoryCpSat.ID;
  }

  @Override
  public String description() {
    return "OR-Tools CP-SAT: no-overlap-2D over optional rectangles, execution-time objective"
        + " (the mapping default)";
  }

  @Override
  public Solver<?, ?> create() {
    return new MemoryCpSat();
  }
}
