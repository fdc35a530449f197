package org.allot.solver;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a solve ended. "No solution" is a case of its own, never {@code null}.
 *
 * @param <S> the solution type
 */
public sealed interface Outcome<S> {
  /** Wall-clock time the solve took. */
  Duration elapsed();

  Status status();

  /** The best solution found, when there is one. */
  default Optional<S> best() {
    return switch (this) {
      case Optimal<S> o -> Optional.of(o.solution());
      case Feasible<S> f -> Optional.of(f.solution());
      case Infeasible<S> i -> Optional.empty();
      case Unknown<S> u -> Optional.empty();
    };
  }

  /** The objective of the best solution as the solver computed it, NaN when there is none. */
  default double objectiveValue() {
    return switch (this) {
      case Optimal<S> o -> o.objective();
      case Feasible<S> f -> f.objective();
      case Infeasible<S> i -> Double.NaN;
      case Unknown<S> u -> Double.NaN;
    };
  }

  /** The best proven bound on the objective, NaN when there is none. */
  default double bound() {
    return switch (this) {
      case Optimal<S> o -> o.objective();
      case Feasible<S> f -> f.bound();
      case Infeasible<S> i -> Double.NaN;
      case Unknown<S> u -> u.bound();
    };
  }

  /** A solution proven optimal, with its objective as the solver computed it. */
  record Optimal<S>(S solution, double objective, Duration elapsed) implements Outcome<S> {
    public Optimal {
      Objects.requireNonNull(solution, "solution");
    }

    @Override
    public Status status() {
      return Status.OPTIMAL;
    }
  }

  /** A solution and the best proven bound (NaN when the solver has none). */
  record Feasible<S>(S solution, double objective, double bound, Duration elapsed)
      implements Outcome<S> {
    public Feasible {
      Objects.requireNonNull(solution, "solution");
    }

    /** A feasible solution without a bound. */
    public Feasible(S solution, double objective, Duration elapsed) {
      this(solution, objective, Double.NaN, elapsed);
    }

    @Override
    public Status status() {
      return Status.FEASIBLE;
    }
  }

  /** Proven that no solution exists. */
  record Infeasible<S>(Duration elapsed) implements Outcome<S> {
    @Override
    public Status status() {
      return Status.INFEASIBLE;
    }
  }

  /** No solution within the budget; the bound is NaN when none was proven. */
  record Unknown<S>(double bound, Duration elapsed) implements Outcome<S> {
    public Unknown(Duration elapsed) {
      this(Double.NaN, elapsed);
    }

    @Override
    public Status status() {
      return Status.UNKNOWN;
    }
  }
}
