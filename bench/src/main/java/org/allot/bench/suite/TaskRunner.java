package org.allot.bench.suite;

import java.io.IOException;
import java.util.List;

/**
 * Runs the tasks of a suite and hands back one {@link RunRecord} per finished task. The local
 * implementation is {@link LocalPool}; an engine that runs tasks on a cluster implements this
 * too, without touching suites, results or reports.
 */
public interface TaskRunner {
  /**
   * Receives each finished run. Called once per task, possibly from several threads at once.
   */
  @FunctionalInterface
  interface Sink {
    /**
     * Takes one finished run.
     *
     * @throws IOException when it cannot be saved; the runner then stops starting tasks and
     *     rethrows it
     */
    void accept(RunRecord record) throws IOException;
  }

  /**
   * Runs every task and returns when all are done. A failing run becomes a record with status
   * ERROR; it never stops the others.
   *
   * @throws IOException the first exception of {@code done}
   * @throws InterruptedException when interrupted while waiting; runs already handed to
   *     {@code done} are kept by it
   */
  void run(List<Task> tasks, Sink done) throws IOException, InterruptedException;
}
