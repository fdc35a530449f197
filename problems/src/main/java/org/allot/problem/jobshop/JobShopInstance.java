package org.allot.problem.jobshop;

import java.util.Arrays;
import java.util.Objects;
import org.allot.problem.Instance;

/**
 * A job-shop instance: {@code jobs()} jobs, each a sequence of operations in technological
 * order; operation {@code o} of job {@code j} runs on machine {@code machineOf(j, o)} for
 * {@code durationOf(j, o)} time units without interruption. Machines are numbered
 * {@code 0..machines()-1}. Jobs may have different numbers of operations and may visit a machine
 * more than once; the classic benchmarks visit every machine exactly once.
 *
 * <p>Immutable: the arrays are copied in and never handed out.
 *
 * @param name the instance's name (for example {@code ta01})
 * @param machines the number of machines, at least 1
 * @param machine per job, per operation: the machine, in {@code [0, machines)}
 * @param duration per job, per operation: the processing time, non-negative
 */
public record JobShopInstance(String name, int machines, int[][] machine, int[][] duration)
    implements Instance {

  public JobShopInstance {
    Objects.requireNonNull(name, "name");
    if (machines < 1) {
      throw new IllegalArgumentException("machines must be at least 1, got " + machines);
    }
    if (machine.length == 0 || machine.length != duration.length) {
      throw new IllegalArgumentException("need at least one job and as many duration rows ("
          + duration.length + ") as machine rows (" + machine.length + ")");
    }
    machine = deepCopy(machine);
    duration = deepCopy(duration);
    for (int j = 0; j < machine.length; j++) {
      validateJob(j, machines, machine[j], duration[j]);
    }
  }

  private static void validateJob(int j, int machines, int[] machine, int[] duration) {
    if (machine.length != duration.length || machine.length == 0) {
      throw new IllegalArgumentException("job " + j + ": needs at least one operation and as many"
          + " durations as machines, got " + machine.length + " and " + duration.length);
    }
    for (int o = 0; o < machine.length; o++) {
      if (machine[o] < 0 || machine[o] >= machines) {
        throw new IllegalArgumentException("job " + j + ", op " + o + ": machine " + machine[o]
            + " is out of range 0.." + (machines - 1));
      }
      if (duration[o] < 0) {
        throw new IllegalArgumentException(
            "job " + j + ", op " + o + ": duration " + duration[o] + " is negative");
      }
    }
  }

  static int[][] deepCopy(int[][] a) {
    int[][] c = new int[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  /** The number of jobs. */
  public int jobs() {
    return machine.length;
  }

  /** The number of operations of job {@code job}. */
  public int operations(int job) {
    return machine[job].length;
  }

  /** The total number of operations. */
  public int totalOperations() {
    int n = 0;
    for (int[] row : machine) {
      n += row.length;
    }
    return n;
  }

  /** The largest number of operations of any job. */
  public int maxOperations() {
    int n = 0;
    for (int[] row : machine) {
      n = Math.max(n, row.length);
    }
    return n;
  }

  public int machineOf(int job, int op) {
    return machine[job][op];
  }

  public int durationOf(int job, int op) {
    return duration[job][op];
  }

  /** True when every job has exactly one operation per machine (the classic benchmarks). */
  public boolean isRectangular() {
    for (int[] row : machine) {
      if (row.length != machines) {
        return false;
      }
      boolean[] seen = new boolean[machines];
      for (int m : row) {
        if (seen[m]) {
          return false;
        }
        seen[m] = true;
      }
    }
    return true;
  }

  /** A copy of the machine matrix (jobs x operations). */
  @Override
  public int[][] machine() {
    return deepCopy(machine);
  }

  /** A copy of the duration matrix (jobs x operations). */
  @Override
  public int[][] duration() {
    return deepCopy(duration);
  }

  /** The sum of all durations: a trivial upper bound on the makespan of a semi-active schedule. */
  public long totalDuration() {
    long s = 0;
    for (int[] row : duration) {
      for (int d : row) {
        s += d;
      }
    }
    return s;
  }

  /** The same instance under another name. */
  public JobShopInstance withName(String newName) {
    return new JobShopInstance(newName, machines, machine, duration);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobShopInstance other && name.equals(other.name)
        && machines == other.machines && Arrays.deepEquals(machine, other.machine)
        && Arrays.deepEquals(duration, other.duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, machines, Arrays.deepHashCode(machine), Arrays.deepHashCode(duration));
  }

  @Override
  public String toString() {
    return "JobShopInstance[" + name + ", " + jobs() + " jobs x " + machines + " machines]";
  }
}
