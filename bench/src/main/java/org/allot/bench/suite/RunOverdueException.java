package org.allot.bench.suite;

import java.util.Locale;
import org.allot.cli.TimeLimitConverter;

/**
 * A run went on far past its time limit ({@link LocalPool#GRACE}): the solver does not honour its
 * limit, so the pool stopped instead of waiting for it.
 */
public final class RunOverdueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Task task;

  RunOverdueException(Task task, double seconds) {
    super(String.format(Locale.ROOT, "run %s is still going after %.0f s, past its %s time"
        + " limit: its solver does not honour the limit. The suite stopped; the finished runs are"
        + " saved, and --resume runs the rest", task.cell(), seconds,
        TimeLimitConverter.format(task.solver().timeLimit())));
    this.task = task;
  }

  /** The overdue run. */
  public Task task() {
    return task;
  }
}
