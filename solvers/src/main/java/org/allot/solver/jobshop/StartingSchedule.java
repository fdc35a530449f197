package org.allot.solver.jobshop;

import java.util.List;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;

/**
 * What the exact job-shop solvers start from: the best non-delay rule schedule (horizon, hint and
 * first incumbent) and the trivial lower bound on the makespan. Public so that the learned
 * {@code dispatch+cpsat -O rules=yes} starts from the same rule schedules as {@code cpsat}.
 */
public final class StartingSchedule {
  private StartingSchedule() {}

  /** The rules whose best non-delay schedule gives the horizon, the hint and the first incumbent. */
  static final List<PriorityRule> RULES = List.of(
      PriorityRule.MWKR, PriorityRule.FDD_MWKR, PriorityRule.MOPNR, PriorityRule.SPT);

  /** The best non-delay schedule of {@link #RULES}, ties to the earlier rule. */
  public static JobShopSchedule bestRule(JobShopInstance instance) {
    JobShopSchedule best = null;
    int bestMakespan = Integer.MAX_VALUE;
    for (PriorityRule rule : RULES) {
      JobShopSchedule s = NonDelayDispatcher.dispatch(instance, rule, 0);
      int makespan = s.makespan(instance);
      if (makespan < bestMakespan) {
        best = s;
        bestMakespan = makespan;
      }
    }
    return best;
  }

  /** A lower bound on the makespan: the largest machine load or job length. */
  static int lowerBound(JobShopInstance instance) {
    long[] load = new long[instance.machines()];
    long bound = 0;
    for (int j = 0; j < instance.jobs(); j++) {
      long length = 0;
      for (int o = 0; o < instance.operations(j); o++) {
        length += instance.durationOf(j, o);
        load[instance.machineOf(j, o)] += instance.durationOf(j, o);
      }
      bound = Math.max(bound, length);
    }
    for (long l : load) {
      bound = Math.max(bound, l);
    }
    return (int) Math.min(bound, Integer.MAX_VALUE);
  }
}
