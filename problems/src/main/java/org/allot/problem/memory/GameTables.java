package org.allot.problem.memory;

import java.util.Arrays;

/**
 * The immutable tables of a mallocGame, built once per instance and shared by every copy of the
 * environment: the presentation order, the benefits, the all-slow step times and, per buffer,
 * the steps that read it.
 */
final class GameTables {
  final MemoryInstance instance;
  /** The cost model, or {@code null} for packing. */
  final CostModel cost;
  final int[] order;
  final double[] benefit;
  /** The largest benefit, or 1 when every benefit is 0 (a safe divisor). */
  final double maxBenefit;
  /** Per step, its time with every buffer slow. */
  final double[] slowStepTime;
  final double allSlow;
  /** The steps reading buffer {@code b} are {@code steps[stepFrom[b] .. stepFrom[b + 1])}. */
  final int[] stepFrom;
  final int[] steps;
  private final int minLower;
  private final double horizon;

  GameTables(MemoryInstance instance) {
    this.instance = instance;
    this.cost = instance.costModel();
    this.benefit = MemoryBoundedness.benefits(instance);
    this.order = MemoryBoundedness.order(instance, benefit);
    double max = 0;
    for (double v : benefit) {
      max = Math.max(max, v);
    }
    this.maxBenefit = max > 0 ? max : 1;
    int n = instance.buffers();
    int[][] reads = cost == null ? new int[0][] : cost.readBuffer();
    this.slowStepTime = new double[reads.length];
    boolean[] none = new boolean[n];
    double all = 0;
    for (int t = 0; t < reads.length; t++) {
      slowStepTime[t] = cost.stepTime(t, none);
      all += slowStepTime[t];
    }
    this.allSlow = all;
    this.stepFrom = new int[n + 1];
    this.steps = readersOf(reads, n, stepFrom);
    int lo = Integer.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      lo = Math.min(lo, instance.lowerOf(i));
      hi = Math.max(hi, instance.upperOf(i));
    }
    this.minLower = n == 0 ? 0 : lo;
    this.horizon = n == 0 ? 1 : Math.max(1, hi - lo);
  }

  /** Fills {@code from} and returns the steps reading each buffer, each step once, ascending. */
  private static int[] readersOf(int[][] reads, int n, int[] from) {
    int[] last = new int[n];
    Arrays.fill(last, -1);
    for (int t = 0; t < reads.length; t++) {
      for (int i : reads[t]) {
        if (last[i] != t) {
          last[i] = t;
          from[i + 1]++;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      from[i + 1] += from[i];
    }
    int[] next = Arrays.copyOf(from, n);
    int[] out = new int[from[n]];
    Arrays.fill(last, -1);
    for (int t = 0; t < reads.length; t++) {
      for (int i : reads[t]) {
        if (last[i] != t) {
          last[i] = t;
          out[next[i]++] = t;
        }
      }
    }
    return out;
  }

  /** A safe divisor for times: the all-slow time, or 1 when it is 0. */
  double timeScale() {
    return allSlow > 0 ? allSlow : 1;
  }

  /** Writes features 0-4 of buffer {@code b} (see {@link MallocGameEnvironment}). */
  void describe(int b, float[] into) {
    into[0] = (float) ((double) instance.sizeOf(b) / instance.capacity());
    into[1] = (float) ((instance.upperOf(b) - (double) instance.lowerOf(b)) / horizon);
    into[2] = (float) ((instance.lowerOf(b) - (double) minLower) / horizon);
    into[3] = (float) ((instance.upperOf(b) - (double) minLower) / horizon);
    into[4] = (float) (benefit[b] / maxBenefit);
  }
}
