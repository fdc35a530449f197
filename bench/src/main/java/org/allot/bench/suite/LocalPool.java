package org.allot.bench.suite;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs tasks on this machine with a fixed number of slots (by default one per core): a run with
 * t threads takes t slots (all of them when t is larger), so that runs never oversubscribe the
 * cores. Tasks start in list order. Thread-safe for one {@link #run} at a time.
 *
 * <p>A watchdog: a run still going {@link #GRACE} past its time limit is a solver that does not
 * honour its limit. The pool then stops with a {@link RunOverdueException} naming the run instead
 * of waiting for it forever; the finished runs are already with the sink, so {@code --resume}
 * goes on from there. (A Java thread cannot be stopped from outside: the overdue run's thread is
 * a daemon and ends with the JVM.)
 */
public final class LocalPool implements TaskRunner {
  /** How long past its time limit a run may go before the pool stops. */
  public static final Duration GRACE = Duration.ofSeconds(60);

  private static final long POLL_MILLIS = 250;

  private final int slots;
  private final Function<Task, RunRecord> execution;
  private final Duration grace;

  /**
   * A pool of {@code slots} slots that runs each task with {@code execution}.
   *
   * @throws IllegalArgumentException when {@code slots < 1}
   */
  public LocalPool(int slots, Function<Task, RunRecord> execution) {
    this(slots, execution, GRACE);
  }

  /** As {@link #LocalPool(int, Function)}, with another watchdog grace (tests). */
  LocalPool(int slots, Function<Task, RunRecord> execution, Duration grace) {
    if (slots < 1) {
      throw new IllegalArgumentException("a pool needs at least one slot, got " + slots);
    }
    this.slots = slots;
    this.execution = execution;
    this.grace = grace;
  }

  /** A pool of {@code slots} slots that runs each task with {@link RunExecution}. */
  public static LocalPool of(int slots) {
    return new LocalPool(slots, RunExecution::execute);
  }

  /**
   * Waits for {@code permits} slots, checking the running tasks' deadlines meanwhile.
   *
   * @return false when a run is overdue (the failure is then set): stop without waiting for it
   */
  private boolean acquire(Semaphore free, int permits, Map<Task, Long> running,
      AtomicReference<Exception> failure) throws InterruptedException {
    while (!free.tryAcquire(permits, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
      if (failure.get() instanceof RunOverdueException) {
        return false;
      }
      long now = System.nanoTime();
      for (Map.Entry<Task, Long> e : running.entrySet()) {
        double seconds = (now - e.getValue()) / 1e9;
        if (seconds > e.getKey().seconds() + grace.toNanos() / 1e9) {
          failure.set(new RunOverdueException(e.getKey(), seconds));
          return false;
        }
      }
    }
    return true;
  }

  /** The slots a task takes: its threads, at most all of them. */
  int weight(Task task) {
    return Math.min(task.threads(), slots);
  }

  @Override
  public void run(List<Task> tasks, Sink done) throws IOException, InterruptedException {
    Semaphore free = new Semaphore(slots, true);
    AtomicReference<Exception> failure = new AtomicReference<>();
    Map<Task, Long> running = new ConcurrentHashMap<>();
    ExecutorService workers = Executors.newThreadPerTaskExecutor(
        Thread.ofPlatform().name("allot-bench-", 1).daemon(true).factory());
    try {
      for (Task task : tasks) {
        int weight = weight(task);
        if (!acquire(free, weight, running, failure)) {
          break;
        }
        if (failure.get() != null) {
          free.release(weight);
          break;
        }
        running.put(task, System.nanoTime());
        workers.execute(() -> {
          try {
            done.accept(execution.apply(task));
          } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
          } finally {
            running.remove(task);
            free.release(weight);
          }
        });
      }
      if (acquire(free, slots, running, failure)) {
        free.release(slots);
      }
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
