package org.allot.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.allot.solver.IncumbentListener;

/**
 * Prints each improving solution as one short stderr line, {@code "  0.41s  makespan 58"}.
 * Thread-safe; returns fast (one short line per call).
 *
 * @param <S> the solution type
 */
final class Progress<S> implements IncumbentListener<S> {
  private final PrintWriter err;
  private final String objectiveName;

  Progress(PrintWriter err, String objectiveName) {
    this.err = err;
    this.objectiveName = objectiveName;
  }

  @Override
  public synchronized void improved(S solution, double objective, Duration elapsed) {
    err.println(String.format(Locale.ROOT, "%7.2fs  %s %s", elapsed.toNanos() / 1e9,
        objectiveName, Format.number(objective)));
    err.flush();
  }
}
