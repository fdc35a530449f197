package org.allot.solver.jobshop;

import org.allot.problem.Evaluation;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;

/**
 * The best schedule found so far. Each offered schedule is checked by the evaluator, and only a
 * strictly shorter one is kept and reported, so incumbents never get worse and the objective
 * returned is the evaluator's makespan of the schedule returned. Thread-safe.
 */
final class Incumbents {
  private final JobShopInstance instance;
  private final Deadline deadline;
  private final IncumbentListener<? super JobShopSchedule> listener;
  private final JobShop evaluator = new JobShop();
  private JobShopSchedule best;
  private int makespan = Integer.MAX_VALUE;

  Incumbents(JobShopInstance instance, Deadline deadline,
      IncumbentListener<? super JobShopSchedule> listener) {
    this.instance = instance;
    this.deadline = deadline;
    this.listener = listener;
  }

  /**
   * Keeps and reports {@code start} when it is shorter than the best so far.
   *
   * @throws IllegalStateException when the evaluator rejects the schedule (a modelling bug)
   */
  synchronized void offer(int[][] start) {
    JobShopSchedule schedule = new JobShopSchedule(start);
    Evaluation e = evaluator.evaluate(instance, schedule);
    if (!e.feasible()) {
      throw new IllegalStateException("infeasible schedule for " + instance.name() + ": "
          + e.violations().getFirst());
    }
    if (e.objective() < makespan) {
      best = schedule;
      makespan = (int) e.objective();
      listener.improved(schedule, makespan, deadline.elapsed());
    }
  }

  synchronized JobShopSchedule best() {
    return best;
  }

  synchronized int makespan() {
    return makespan;
  }

  String instanceName() {
    return instance.name();
  }

  synchronized Outcome<JobShopSchedule> optimal() {
    return new Outcome.Optimal<>(best, makespan, deadline.elapsed());
  }

  /** The best schedule with a proven lower bound: optimal when the bound meets it. */
  synchronized Outcome<JobShopSchedule> feasible(int bound) {
    return bound >= makespan ? optimal()
        : new Outcome.Feasible<>(best, makespan, bound, deadline.elapsed());
  }
}
