package org.allot.solver.jobshop;

import java.time.Duration;
import java.util.SplittableRandom;
import org.allot.problem.jobshop.JobShop;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.JobShopSchedule;
import org.allot.problem.jobshop.SemiActiveSchedule;
import org.allot.solver.Budget;
import org.allot.solver.IncumbentListener;
import org.allot.solver.Outcome;
import org.allot.solver.Solver;

/**
 * Giffler-Thompson non-delay dispatching with a priority rule: at each step the candidates are
 * the jobs whose next operation can start earliest, the rule picks one (ties to the lowest job
 * index) and it starts at that time. This is the scheme under which the literature's static-rule
 * results are reproduced. One pass, O(n) per operation; the time limit is not checked.
 */
public final class NonDelayDispatcher implements Solver<JobShopInstance, JobShopSchedule> {
  private final PriorityRule rule;

  public NonDelayDispatcher(PriorityRule rule) {
    this.rule = rule;
  }

  public PriorityRule rule() {
    return rule;
  }

  @Override
  public String id() {
    return rule.id();
  }

  @Override
  public Outcome<JobShopSchedule> solve(JobShopInstance instance, Budget budget,
      IncumbentListener<? super JobShopSchedule> listener) {
    long t0 = System.nanoTime();
    JobShopSchedule schedule = dispatch(instance, rule, budget.seed());
    int makespan = JobShop.makespanOf(instance, schedule);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
    listener.improved(schedule, makespan, elapsed);
    return new Outcome.Feasible<>(schedule, makespan, elapsed);
  }

  /** The non-delay schedule of {@code rule}; {@code seed} only matters for {@link PriorityRule#RANDOM}. */
  public static JobShopSchedule dispatch(JobShopInstance instance, PriorityRule rule, long seed) {
    SemiActiveSchedule s = new SemiActiveSchedule(instance);
    int n = instance.jobs();
    long[] done = new long[n];
    long[] remaining = new long[n];
    for (int j = 0; j < n; j++) {
      for (int o = 0; o < instance.operations(j); o++) {
        remaining[j] += instance.durationOf(j, o);
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] candidates = new int[n];
    while (!s.complete()) {
      int count = candidates(s, candidates);
      int best = rule == PriorityRule.RANDOM ? candidates[random.nextInt(count)]
          : best(instance, s, rule, candidates, count, done, remaining);
      int d = s.nextDuration(best);
      done[best] += d;
      remaining[best] -= d;
      s.dispatch(best);
    }
    return s.toSchedule();
  }

  /** Writes the unfinished jobs of minimum earliest start into {@code into}; returns how many. */
  static int candidates(SemiActiveSchedule s, int[] into) {
    int n = s.instance().jobs();
    int min = Integer.MAX_VALUE;
    int count = 0;
    for (int j = 0; j < n; j++) {
      if (!s.unfinished(j)) {
        continue;
      }
      int est = s.earliestStart(j);
      if (est < min) {
        min = est;
        count = 0;
      }
      if (est == min) {
        into[count++] = j;
      }
    }
    return count;
  }

  private static int best(JobShopInstance instance, SemiActiveSchedule s, PriorityRule rule,
      int[] candidates, int count, long[] done, long[] remaining) {
    int best = -1;
    double bestScore = Double.POSITIVE_INFINITY;
    for (int k = 0; k < count; k++) {
      int j = candidates[k];
      int op = s.nextOp(j);
      long rest = remaining[j] - instance.durationOf(j, op);
      double score = rule.score(instance, j, op, done[j], rest, s.jobReady(j));
      if (score < bestScore) {
        bestScore = score;
        best = j;
      }
    }
    return best;
  }
}
