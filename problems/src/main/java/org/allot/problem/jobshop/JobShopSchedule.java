package org.allot.problem.jobshop;

import java.util.Arrays;
import java.util.Objects;
import org.allot.problem.Solution;

/**
 * A job-shop schedule: the start time of every operation, per job in technological order. It may
 * also carry end times, as read from a result file, so that the evaluator can check durations;
 * without them, each end is the start plus the instance's duration.
 *
 * @param start per job, per operation: the start time
 * @param end per job, per operation: the end time, or {@code null} when not given
 */
public record JobShopSchedule(int[][] start, int[][] end) implements Solution {

  public JobShopSchedule {
    Objects.requireNonNull(start, "start");
    start = JobShopInstance.deepCopy(start);
    end = end == null ? null : JobShopInstance.deepCopy(end);
  }

  /** A schedule of start times only. */
  public JobShopSchedule(int[][] start) {
    this(start, null);
  }

  /** The start of operation {@code op} of job {@code job}. */
  public int startOf(int job, int op) {
    return start[job][op];
  }

  /** A copy of the start matrix. */
  @Override
  public int[][] start() {
    return JobShopInstance.deepCopy(start);
  }

  /** A copy of the end matrix, or {@code null}. */
  @Override
  public int[][] end() {
    return end == null ? null : JobShopInstance.deepCopy(end);
  }

  /** The end times implied by {@code instance}'s durations. */
  public int[][] endsFor(JobShopInstance instance) {
    int[][] e = new int[start.length][];
    for (int j = 0; j < start.length; j++) {
      e[j] = new int[start[j].length];
      for (int o = 0; o < start[j].length; o++) {
        e[j][o] = start[j][o] + instance.durationOf(j, o);
      }
    }
    return e;
  }

  /** The makespan under {@code instance}'s durations (no feasibility check). */
  public int makespan(JobShopInstance instance) {
    int cmax = 0;
    for (int j = 0; j < start.length && j < instance.jobs(); j++) {
      for (int o = 0; o < start[j].length && o < instance.operations(j); o++) {
        cmax = Math.max(cmax, start[j][o] + instance.durationOf(j, o));
      }
    }
    return cmax;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobShopSchedule other && Arrays.deepEquals(start, other.start)
        && Arrays.deepEquals(end, other.end);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(start) * 31 + Arrays.deepHashCode(end);
  }

  @Override
  public String toString() {
    return "JobShopSchedule" + Arrays.deepToString(start);
  }
}
