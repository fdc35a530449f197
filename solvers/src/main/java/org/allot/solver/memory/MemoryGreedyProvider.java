package org.allot.solver.memory;

import org.allot.problem.memory.Memory;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;

/** Registers {@link MemoryGreedy}. */
public final class MemoryGreedyProvider implements SolverProvider {
  @Override
  public String problemId() {
    return Memory.ID;
  }

  @Override
  public String id() {
    return MemoryGreedy.ID;
  }

  @Override
  public String description() {
    return "XLA-style greedy: memory-boundedness order (mapping) or decreasing size (packing),"
        + " best fit over the live range";
  }

  @Override
  public Solver<?, ?> create() {
    return new MemoryGreedy();
  }
}
