package org.allot.problem.jobshop;

import java.util.Arrays;
import java.util.List;
import org.allot.problem.Violation;

/**
 * The machine-overlap check of the evaluator: operations are bucketed by machine, each bucket
 * is sorted by start time, and an operation overlaps when it starts before the latest end seen
 * so far on its machine. Zero-length operations occupy nothing. Primitive arrays only: the
 * evaluator runs after every solve and inside benchmarks.
 */
final class MachineOverlaps {
  private final JobShopInstance instance;
  private final int[][] start;
  private final int[] opJob;
  private final int[] opIndex;
  private final int[] bucketStart;

  MachineOverlaps(JobShopInstance instance, int[][] start, int jobs) {
    this.instance = instance;
    this.start = start;
    int m = instance.machines();
    int[] count = new int[m + 1];
    int total = 0;
    for (int j = 0; j < jobs; j++) {
      for (int o = 0; o < Math.min(start[j].length, instance.operations(j)); o++) {
        count[instance.machineOf(j, o) + 1]++;
        total++;
      }
    }
    for (int k = 0; k < m; k++) {
      count[k + 1] += count[k];
    }
    this.bucketStart = count.clone();
    this.opJob = new int[total];
    this.opIndex = new int[total];
    for (int j = 0; j < jobs; j++) {
      for (int o = 0; o < Math.min(start[j].length, instance.operations(j)); o++) {
        int slot = count[instance.machineOf(j, o)]++;
        opJob[slot] = j;
        opIndex[slot] = o;
      }
    }
  }

  void check(List<Violation> violations) {
    long[] keys = new long[opJob.length];
    for (int mach = 0; mach < instance.machines(); mach++) {
      int from = bucketStart[mach];
      int to = bucketStart[mach + 1];
      for (int k = from; k < to; k++) {
        // start + 2^31 fits in 32 bits, the index within the bucket in the low 31 bits.
        keys[k] = ((start[opJob[k]][opIndex[k]] + (1L << 31)) << 31) | (k - from);
      }
      Arrays.sort(keys, from, to);
      checkMachine(mach, keys, from, to, violations);
    }
  }

  private void checkMachine(int mach, long[] keys, int from, int to, List<Violation> out) {
    int latest = -1;
    long latestEnd = Long.MIN_VALUE;
    for (int k = from; k < to; k++) {
      int op = from + (int) (keys[k] & 0x7FFF_FFFFL);
      int j = opJob[op];
      int o = opIndex[op];
      long s = start[j][o];
      long e = s + instance.durationOf(j, o);
      if (e == s) {
        continue;
      }
      if (latest >= 0 && s < latestEnd) {
        int lj = opJob[latest];
        int lo = opIndex[latest];
        out.add(new Violation("machine-overlap", "machine " + mach + ": job " + lj + ", op " + lo
            + " [" + start[lj][lo] + ", " + latestEnd + ") and job " + j + ", op " + o + " ["
            + s + ", " + e + ")", latestEnd - s));
      }
      if (e > latestEnd) {
        latest = op;
        latestEnd = e;
      }
    }
  }
}
