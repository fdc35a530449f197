package org.allot.bench.suite;

import java.util.Objects;

/**
 * One run of a suite: an instance, a solver entry, a seed and a repetition.
 *
 * @param suite the suite's name
 * @param instance the instance
 * @param solver the solver entry
 * @param seed the seed
 * @param repetition the repetition, from 0
 */
public record Task(String suite, Suite.Entry instance, Suite.SolverEntry solver, long seed,
    int repetition) {
  public Task {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(solver, "solver");
  }

  /** The run's unique key in the results file: {@code file|label|seed|repetition}. */
  public String cell() {
    return instance.file() + "|" + solver.label() + "|" + seed + "|" + repetition;
  }

  /** The threads the run uses: the number of pool slots it takes. */
  public int threads() {
    return solver.threads();
  }

  /** The run's time limit in seconds. */
  public double seconds() {
    return solver.timeLimit().toNanos() / 1e9;
  }
}
