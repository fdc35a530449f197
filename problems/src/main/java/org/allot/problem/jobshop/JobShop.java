package org.allot.problem.jobshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allot.problem.Evaluation;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problem;
import org.allot.problem.Sense;
import org.allot.problem.Violation;

/**
 * The job-shop scheduling problem: minimise the makespan of a schedule in which every job runs
 * its operations in order and every machine runs one operation at a time, without preemption.
 */
public final class JobShop implements Problem<JobShopInstance, JobShopSchedule> {
  /** The family's id. */
  public static final String ID = "jobshop";
  private static final JobShopGenerators GENERATORS = new JobShopGenerators();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "job-shop scheduling, minimise makespan (standard and Taillard formats)";
  }

  @Override
  public Sense sense() {
    return Sense.MINIMIZE;
  }

  @Override
  public Class<JobShopInstance> instanceType() {
    return JobShopInstance.class;
  }

  @Override
  public Class<JobShopSchedule> solutionType() {
    return JobShopSchedule.class;
  }

  /** The family's generators; see {@link JobShopGenerators}. */
  @Override
  public Optional<GeneratorFamily<JobShopInstance>> generators() {
    return Optional.of(GENERATORS);
  }

  @Override
  public List<InstanceFormat<JobShopInstance>> formats() {
    return List.of(TaillardFormat.INSTANCE, StandardFormat.INSTANCE);
  }

  /**
   * Checks a schedule and recomputes its makespan. Violations: {@code job-count},
   * {@code missing-operation}, {@code extra-operation}, {@code negative-start},
   * {@code wrong-duration} (when the schedule carries end times), {@code precedence} and
   * {@code machine-overlap}; each names the jobs and operations involved.
   */
  @Override
  public Evaluation evaluate(JobShopInstance instance, JobShopSchedule schedule) {
    int[][] start = schedule.start();
    int[][] end = schedule.end();
    List<Violation> violations = new ArrayList<>();
    if (start.length != instance.jobs()) {
      violations.add(new Violation("job-count", "schedule has " + start.length
          + " jobs, instance " + instance.jobs(), Math.abs(start.length - instance.jobs())));
    }
    int jobs = Math.min(start.length, instance.jobs());
    long makespan = 0;
    for (int j = 0; j < jobs; j++) {
      int have = start[j].length;
      int need = instance.operations(j);
      if (have < need) {
        violations.add(new Violation("missing-operation", "job " + j + " has " + have
            + " of " + need + " operations", need - have));
      } else if (have > need) {
        violations.add(new Violation("extra-operation", "job " + j + " has " + have
            + " operations, the instance " + need, have - need));
      }
      long previousEnd = Long.MIN_VALUE;
      for (int o = 0; o < Math.min(have, need); o++) {
        long s = start[j][o];
        long e = s + instance.durationOf(j, o);
        if (end != null && j < end.length && o < end[j].length && end[j][o] != e) {
          violations.add(new Violation("wrong-duration", "job " + j + ", op " + o + " ends at "
              + end[j][o] + ", expected " + e, Math.abs(end[j][o] - e)));
        }
        if (s < 0) {
          violations.add(new Violation("negative-start", "job " + j + ", op " + o, -s));
        }
        if (s < previousEnd) {
          violations.add(new Violation("precedence", "job " + j + ", op " + o + " starts at " + s
              + " before op " + (o - 1) + " ends at " + previousEnd, previousEnd - s));
        }
        previousEnd = e;
        makespan = Math.max(makespan, e);
      }
    }
    new MachineOverlaps(instance, start, jobs).check(violations);
    return Evaluation.of(makespan, violations);
  }

  /** The makespan of a feasible schedule, or throws naming the first violation. */
  public static int makespanOf(JobShopInstance instance, JobShopSchedule schedule) {
    Evaluation e = new JobShop().evaluate(instance, schedule);
    if (!e.feasible()) {
      throw new IllegalArgumentException("infeasible schedule: " + e.violations().getFirst());
    }
    return (int) e.objective();
  }

  @Override
  public String toString() {
    return ID;
  }
}
