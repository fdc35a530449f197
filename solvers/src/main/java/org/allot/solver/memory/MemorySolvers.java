package org.allot.solver.memory;

import org.allot.problem.memory.MemoryInstance;

/**
 * Which memory solver suits an instance. The solver registry has one default per family
 * ({@link MemoryExactSearch}, registered as the default, is right for packing); mapping instances
 * are better served by {@link MemoryCpSat}, so callers that pick a solver for a given instance
 * (the CLI's {@code solve} without {@code --solver}) should ask {@link #defaultFor}.
 */
public final class MemorySolvers {
  private MemorySolvers() {}

  /**
   * The id of the default solver for {@code instance}: {@code "exact"} for a packing instance,
   * {@code "cpsat"} for a mapping instance.
   */
  public static String defaultFor(MemoryInstance instance) {
    return instance.isMapping() ? MemoryCpSat.ID : MemoryExactSearch.ID;
  }
}
