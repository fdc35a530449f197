package org.allot.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.allot.problem.Problems;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.solver.SolverOptions;
import org.junit.jupiter.api.Test;

class LocalPoolTest {
  private static final Suite.Entry ONE_OPERATION = new Suite.Entry(new Problems.Loaded<>(
      new JobShop(), null, new JobShopInstance("x", 1, new int[][] {{0}}, new int[][] {{1}})),
      "x", "1x1", null);

  private static Task task(String label, Duration limit) {
    return new Task("s", ONE_OPERATION,
        new Suite.SolverEntry("spt", label, SolverOptions.none(), limit, 1), 0, 0);
  }

  /** A solver that ignores its limit must not hang the suite: the pool stops and names the run. */
  @Test
  void aRunFarPastItsLimitStopsThePoolWithAnErrorNamingIt() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    List<String> finished = new CopyOnWriteArrayList<>();
    Task fine = task("fine", Duration.ofSeconds(60));
    Task hangs = task("hangs", Duration.ofMillis(10));
    LocalPool pool = new LocalPool(1, t -> {
      if (t == hangs) {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return RunExecution.execute(t);
    }, Duration.ofMillis(200));
    try {
      var e = assertThrows(RunOverdueException.class, () -> pool.run(
          List.of(fine, hangs, task("never started", Duration.ofMillis(10))),
          r -> finished.add(r.cell())));
      assertEquals(hangs, e.task());
      assertTrue(e.getMessage().contains(hangs.cell()) && e.getMessage().contains("--resume"),
          e.getMessage());
      assertEquals(List.of(fine.cell()), finished, "the run before it is saved, none after");
    } finally {
      never.countDown();
    }
  }

  @Test
  void aRunThatOverrunsWithinTheGraceIsNotStopped() throws Exception {
    List<String> finished = new CopyOnWriteArrayList<>();
    LocalPool pool = new LocalPool(1, t -> {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return RunExecution.execute(t);
    }, Duration.ofSeconds(30));
    pool.run(List.of(task("a", Duration.ofMillis(1)), task("b", Duration.ofMillis(1))),
        r -> finished.add(r.cell()));
    assertEquals(2, finished.size());
  }
}
