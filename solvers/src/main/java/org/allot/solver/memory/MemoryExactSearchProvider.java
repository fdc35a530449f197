package org.allot.solver.memory;

import org.allot.problem.memory.Memory;
import org.allot.solver.Solver;
import org.allot.solver.SolverProvider;

/** Registers {@link MemoryExactSearch}. */
public final class MemoryExactSearchProvider implements SolverProvider {
  @Override
  public String problemId() {
    return Memory.ID;
  }

  @Override
  public String id() {
    return MemoryExactSearch.ID;
  }

  @Override
  public String description() {
    return "MiniMalloc-style exact search over canonical packings (the packing default);"
        + " mapping: greedy, then exact repacking";
  }

  /**
   * The family's one default (packing instances). The registry holds a single default per
   * family; for a mapping instance the CLI should ask {@link MemorySolvers#defaultFor}.
   */
  @Override
  public boolean isDefault() {
    return true;
  }

  @Override
  public Solver<?, ?> create() {
    return new MemoryExactSearch();
  }
}
