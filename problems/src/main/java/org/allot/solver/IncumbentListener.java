package org.allot.solver;

import java.time.Duration;

/**
 * Receives each improving solution while a solver runs. Called on the solver's thread: it must
 * return fast and must not keep {@code solution} beyond the call unless it copies it.
 *
 * @param <S> the solution type
 */
@FunctionalInterface
public interface IncumbentListener<S> {
  void improved(S solution, double objective, Duration elapsed);

  /** A listener that ignores everything. */
  static <S> IncumbentListener<S> none() {
    return (s, o, e) -> {};
  }
}
