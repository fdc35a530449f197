package org.allot.solver.memory;

import java.util.function.IntSupplier;

/**
 * Runs a deeply recursive computation on a thread of its own with a stack of a given size, and
 * waits for it: the caller's stack (1 MB by default) holds the exact search only up to some
 * hundreds of buffers. Failures are rethrown on the caller's thread; an interrupt of the caller
 * is kept for after the wait (the computation has its own deadline).
 */
final class DeepStack {
  private DeepStack() {}

  static int call(IntSupplier work, long stackBytes) {
    int[] result = new int[1];
    Throwable[] failure = new Throwable[1];
    Thread worker = new Thread(null, () -> {
      try {
        result[0] = work.getAsInt();
      } catch (RuntimeException | Error e) {
        failure[0] = e;
      }
    }, "allot-exact-search", stackBytes);
    worker.setDaemon(true);
    worker.start();
    boolean interrupted = false;
    while (worker.isAlive()) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
    return result[0];
  }
}
