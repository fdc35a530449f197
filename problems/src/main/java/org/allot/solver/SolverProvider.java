package org.allot.solver;

/**
 * Makes one kind of solver; registered as a
 * {@code META-INF/services/org.allot.solver.SolverProvider} service so that {@link Solvers}
 * finds it.
 */
public interface SolverProvider {
  /** The id of the problem family the solver is for. */
  String problemId();

  /** The solver's id, unique within its problem family. */
  String id();

  /** One line for {@code allot list}. */
  String description();

  /** True for the family's default solver (one per family). */
  default boolean isDefault() {
    return false;
  }

  /** A new solver. */
  Solver<?, ?> create();
}
