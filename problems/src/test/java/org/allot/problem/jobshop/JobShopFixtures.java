package org.allot.problem.jobshop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** Instances and schedules shared by the job-shop tests. */
final class JobShopFixtures {
  /** The hand-written ft06 bundled with the repository (relative to the module directory). */
  static final Path FT06 = Path.of("../instances/jobshop/ft06.txt");

  /** The shared benchmark folder; absent on machines without /work/shared. */
  static final Path SHARED_JSSP = Path.of("../../shared/instances/jssp");

  /** ft06's optimal makespan (Fisher and Thompson 1963; proven long ago). */
  static final int FT06_OPTIMUM = 55;

  /**
   * Start times of an optimal ft06 schedule (makespan 55), found offline by a local search and
   * checked here by the evaluator rather than trusted.
   */
  static final int[][] FT06_OPTIMAL_STARTS = {
    {5, 27, 30, 36, 43, 49}, {0, 8, 13, 28, 40, 50}, {0, 5, 9, 18, 36, 38},
    {8, 13, 22, 27, 30, 46}, {13, 22, 25, 38, 50, 54}, {13, 16, 19, 30, 45, 49},
  };

  private JobShopFixtures() {}

  static JobShopInstance ft06() {
    try {
      return StandardFormat.INSTANCE.read(FT06);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips the calling test when the shared benchmark folder is not there. */
  static Path sharedJsspOrSkip() {
    assumeTrue(Files.isDirectory(SHARED_JSSP),
        () -> "the shared benchmark folder " + SHARED_JSSP.toAbsolutePath().normalize()
            + " is absent");
    return SHARED_JSSP;
  }

  /** 2 jobs x 2 machines: job 0 runs (m0, 3) then (m1, 2); job 1 runs (m1, 4) then (m0, 1). */
  static JobShopInstance tiny() {
    return new JobShopInstance("tiny", 2, new int[][] {{0, 1}, {1, 0}},
        new int[][] {{3, 2}, {4, 1}});
  }

  /** A 3 x 3 rectangular instance with zero-length operations (as in orb07). */
  static JobShopInstance withZeroDuration() {
    return new JobShopInstance("zero3x3", 3, new int[][] {{0, 1, 2}, {2, 0, 1}, {1, 2, 0}},
        new int[][] {{4, 0, 3}, {2, 5, 0}, {3, 1, 2}});
  }

  /** A random rectangular instance, durations in [lo, hi]. */
  static JobShopInstance random(long seed, int jobs, int machines, int lo, int hi) {
    return new RandomJobShopGenerator(jobs, machines, lo, hi)
        .generate(new SplittableRandom(seed), "rand" + seed);
  }

  /** The semi-active schedule of dispatching the jobs round-robin, skipping finished ones. */
  static JobShopSchedule roundRobin(JobShopInstance instance) {
    SemiActiveSchedule s = new SemiActiveSchedule(instance);
    while (!s.complete()) {
      for (int j = 0; j < instance.jobs(); j++) {
        if (s.unfinished(j)) {
          s.dispatch(j);
        }
      }
    }
    return s.toSchedule();
  }

  /** The semi-active schedule of a uniformly random dispatch order. */
  static SemiActiveSchedule randomDispatch(JobShopInstance instance, SplittableRandom random) {
    SemiActiveSchedule s = new SemiActiveSchedule(instance);
    int[] open = new int[instance.jobs()];
    while (!s.complete()) {
      int k = 0;
      for (int j = 0; j < instance.jobs(); j++) {
        if (s.unfinished(j)) {
          open[k++] = j;
        }
      }
      s.dispatch(open[random.nextInt(k)]);
    }
    return s;
  }

  /**
   * Dispatches the operations of {@code schedule} in the order of their start times (ties: the
   * earlier end first, then by job and operation, so a zero-length predecessor goes first).
   */
  static SemiActiveSchedule dispatchInStartOrder(JobShopInstance instance,
      JobShopSchedule schedule) {
    List<int[]> ops = new ArrayList<>();
    for (int j = 0; j < instance.jobs(); j++) {
      for (int o = 0; o < instance.operations(j); o++) {
        int s = schedule.startOf(j, o);
        ops.add(new int[] {s, s + instance.durationOf(j, o), j, o});
      }
    }
    ops.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1])
        .thenComparingInt(a -> a[2]).thenComparingInt(a -> a[3]));
    SemiActiveSchedule s = new SemiActiveSchedule(instance);
    for (int[] op : ops) {
      s.dispatch(op[2]);
    }
    return s;
  }

  /** A copy of {@code a} with {@code [j][o]} set to {@code value}. */
  static int[][] with(int[][] a, int j, int o, int value) {
    int[][] c = JobShopInstance.deepCopy(a);
    c[j][o] = value;
    return c;
  }
}
