package org.allot.solver;

import java.util.List;

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

  /** A new solver with its default settings. */
  Solver<?, ?> create();

  /** The options the solver takes ({@code --option name=value}); none by default. */
  default List<SolverOptions.Declared> options() {
    return List.of();
  }

  /**
   * A new solver with {@code options}. Providers that declare {@link #options()} override this;
   * the default accepts no option. Callers go through {@link Solvers#create(
   * org.allot.problem.Problem, String, SolverOptions)}, which checks the names first.
   *
   * @throws IllegalArgumentException naming the option when a value is out of range
   */
  default Solver<?, ?> create(SolverOptions options) {
    options.requireDeclared(id(), options());
    return create();
  }
}
