package org.allot.bench.suite;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs tasks on this machine with a fixed number of slots (by default one per core): a run with
 * t threads takes t slots (all of them when t is larger), so that runs never oversubscribe the
 * cores. Tasks start in list order. Thread-safe for one {@link #run} at a time.
 */
public final class LocalPool implements TaskRunner {
  private final int slots;
  private final Function<Task, RunRecord> execution;

  /**
   * A pool of {@code slots} slots that runs each task with {@code execution}.
   *
   * @throws IllegalArgumentException when {@code slots < 1}
   */
  public LocalPool(int slots, Function<Task, RunRecord> execution) {
    if (slots < 1) {
      throw new IllegalArgumentException("a pool needs at least one slot, got " + slots);
    }
    this.slots = slots;
    this.execution = execution;
  }

  /** A pool of {@code slots} slots that runs each task with {@link RunExecution}. */
  public static LocalPool of(int slots) {
    return new LocalPool(slots, RunExecution::execute);
  }

  /** The slots a task takes: its threads, at most all of them. */
  int weight(Task task) {
    return Math.min(task.threads(), slots);
  }

  @Override
  public void run(List<Task> tasks, Sink done) throws IOException, InterruptedException {
    Semaphore free = new Semaphore(slots, true);
    AtomicReference<Exception> failure = new AtomicReference<>();
    ExecutorService workers = Executors.newThreadPerTaskExecutor(
        Thread.ofPlatform().name("allot-bench-", 1).daemon(true).factory());
    try {
      for (Task task : tasks) {
        int weight = weight(task);
        free.acquire(weight);
        if (failure.get() != null) {
          free.release(weight);
          break;
        }
        workers.execute(() -> {
          try {
            done.accept(execution.apply(task));
          } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
          } finally {
            free.release(weight);
          }
        });
      }
      free.acquire(slots);
      free.release(slots);
    } finally {
      workers.shutdown();
    }
    switch (failure.get()) {
      case null -> { }
      case IOException e -> throw e;
      case RuntimeException e -> throw e;
      default -> throw new IllegalStateException(failure.get());
    }
  }
}
