package org.allot.solver.jobshop;

import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.solver.Deadline;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Incumbents;
import org.allot.solver.Outcome;

/** The best schedule found so far by the exact job-shop solvers, offered as start times. */
final class ScheduleIncumbents extends Incumbents<JobShopInstance, JobShopSchedule> {
  ScheduleIncumbents(JobShopInstance instance, Deadline deadline,
      IncumbentListener<? super JobShopSchedule> listener) {
    super(new JobShop(), instance, deadline, listener);
  }

  /** Keeps and reports the schedule of {@code start} when it is shorter than the best so far. */
  void offer(int[][] start) {
    offer(new JobShopSchedule(start));
  }

  /** The best makespan, {@link Integer#MAX_VALUE} while there is none. */
  synchronized int makespan() {
    return found() ? (int) objective() : Integer.MAX_VALUE;
  }

  String instanceName() {
    return instance().name();
  }

  /** The best schedule with a proven lower bound: optimal when the bound meets it. */
  Outcome<JobShopSchedule> feasible(int bound) {
    return outcome(bound);
  }
}
