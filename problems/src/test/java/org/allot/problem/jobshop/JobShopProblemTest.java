package org.allot.problem.jobshop;

import static org.allot.problem.jobshop.JobShopFixtures.with;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.allot.problem.Problem;
import org.allot.problem.contract.ProblemContract;

/**
 * The job-shop family against the shared problem contract: ft06, a random instance and one with
 * zero-length operations, all rectangular so that Taillard's writer accepts them.
 */
class JobShopProblemTest extends ProblemContract<JobShopInstance, JobShopSchedule> {

  @Override
  protected Problem<JobShopInstance, JobShopSchedule> problem() {
    return new JobShop();
  }

  @Override
  protected List<JobShopInstance> sampleInstances() {
    return List.of(JobShopFixtures.ft06(), JobShopFixtures.random(11, 5, 4, 1, 99),
        JobShopFixtures.withZeroDuration(), JobShopFixtures.random(12, 3, 6, 0, 3));
  }

  @Override
  protected JobShopSchedule feasibleSolution(JobShopInstance instance) {
    return JobShopFixtures.roundRobin(instance);
  }

  @Override
  protected JobShopInstance rename(JobShopInstance original, JobShopInstance read) {
    return original.withName(read.name());
  }

  @Override
  protected List<JobShopSchedule> brokenSolutions(JobShopInstance instance) {
    int[][] start = feasibleSolution(instance).start();
    List<JobShopSchedule> broken = new ArrayList<>();
    broken.add(machineOverlap(instance, start));
    broken.add(precedenceBroken(instance, start));
    broken.add(new JobShopSchedule(shift(start, -1000)));
    broken.add(new JobShopSchedule(dropLastOperation(start, 0)));
    broken.add(new JobShopSchedule(appendOperation(start, 0)));
    broken.add(new JobShopSchedule(Arrays.copyOf(start, start.length - 1)));
    broken.add(new JobShopSchedule(start, with(endsOf(instance, start), 0, 0,
        start[0][0] + instance.durationOf(0, 0) + 1)));
    return broken;
  }

  /** Moves the later of two positive-length operations on one machine onto the earlier one. */
  private static JobShopSchedule machineOverlap(JobShopInstance instance, int[][] start) {
    for (int m = 0; m < instance.machines(); m++) {
      int[] first = null;
      for (int j = 0; j < instance.jobs(); j++) {
        for (int o = 0; o < instance.operations(j); o++) {
          if (instance.machineOf(j, o) != m || instance.durationOf(j, o) == 0) {
            continue;
          }
          if (first == null) {
            first = new int[] {j, o};
          } else {
            return new JobShopSchedule(with(start, j, o, start[first[0]][first[1]]));
          }
        }
      }
    }
    throw new IllegalStateException("no machine runs two positive-length operations");
  }

  /** Starts a positive-length operation's successor at the operation's own start. */
  private static JobShopSchedule precedenceBroken(JobShopInstance instance, int[][] start) {
    for (int j = 0; j < instance.jobs(); j++) {
      for (int o = 0; o + 1 < instance.operations(j); o++) {
        if (instance.durationOf(j, o) > 0) {
          return new JobShopSchedule(with(start, j, o + 1, start[j][o]));
        }
      }
    }
    throw new IllegalStateException("no positive-length operation with a successor");
  }

  private static int[][] shift(int[][] start, int by) {
    int[][] c = JobShopInstance.deepCopy(start);
    for (int[] row : c) {
      for (int o = 0; o < row.length; o++) {
        row[o] += by;
      }
    }
    return c;
  }

  private static int[][] dropLastOperation(int[][] start, int job) {
    int[][] c = JobShopInstance.deepCopy(start);
    c[job] = Arrays.copyOf(c[job], c[job].length - 1);
    return c;
  }

  private static int[][] appendOperation(int[][] start, int job) {
    int[][] c = JobShopInstance.deepCopy(start);
    c[job] = Arrays.copyOf(c[job], c[job].length + 1);
    c[job][c[job].length - 1] = 1_000_000;
    return c;
  }

  private static int[][] endsOf(JobShopInstance instance, int[][] start) {
    return new JobShopSchedule(start).endsFor(instance);
  }
}
