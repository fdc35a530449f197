package org.allot.problem;

import java.util.List;

/**
 * The verdict of a problem's evaluator on a solution: feasible with its objective, or infeasible
 * with the list of violations. Evaluators never throw for an infeasible solution.
 */
public sealed interface Evaluation {
  /** The objective recomputed by the evaluator (for an infeasible solution: as far as computable). */
  double objective();

  /** True for {@link Feasible}. */
  default boolean feasible() {
    return this instanceof Feasible;
  }

  /** The violations, empty when feasible. */
  List<Violation> violations();

  /** Evaluates to {@code objective} with no violation. */
  static Evaluation of(double objective, List<Violation> violations) {
    return violations.isEmpty() ? new Feasible(objective) : new Infeasible(objective, violations);
  }

  /** A feasible solution and its objective value. */
  record Feasible(double objective) implements Evaluation {
    @Override
    public List<Violation> violations() {
      return List.of();
    }
  }

  /** An infeasible solution: at least one violation. */
  record Infeasible(double objective, List<Violation> violations) implements Evaluation {
    public Infeasible {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("an infeasible evaluation needs at least one violation");
      }
    }
  }
}
