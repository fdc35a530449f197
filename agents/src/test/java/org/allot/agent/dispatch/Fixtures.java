package org.allot.agent.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.StandardFormat;

/** Instances shared by the dispatching-agent tests. */
final class Fixtures {
  private Fixtures() {}

  static JobShopInstance ft06() {
    try {
      return StandardFormat.INSTANCE.read(Path.of("../instances/jobshop/ft06.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 2 jobs x 2 machines: job 0 runs (m0, 3) then (m1, 2); job 1 runs (m1, 4) then (m0, 1). */
  static JobShopInstance tiny() {
    return new JobShopInstance("tiny", 2, new int[][] {{0, 1}, {1, 0}},
        new int[][] {{3, 2}, {4, 1}});
  }

  /** 3 x 3 with zero-length operations. */
  static JobShopInstance withZeroDuration() {
    return new JobShopInstance("zero3x3", 3, new int[][] {{0, 1, 2}, {2, 0, 1}, {1, 2, 0}},
        new int[][] {{2, 0, 3}, {0, 4, 1}, {3, 2, 0}});
  }
}
