package org.allot.problem.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Lowers an {@link OpGraph} to the buffers and the cost model of one inference or training
 * step. Time steps, in order: the forward ops; then, in training, a loss step, the backward ops
 * in reverse order and one optimizer step. Buffers: the input; per op a weight (live over the
 * whole program) and an activation (from its op to its last reader: the next ops, and in training
 * its own backward step); in training, per activation a gradient (from the first backward step
 * that writes it, or the loss step, to the backward step of its producer) and per weight a weight
 * gradient (from its backward step to the optimizer). Every access, read or write, counts as the
 * buffer's bytes moved; compute time = flops / (peak flops * an efficiency drawn per step from
 * [0.5, 1]), since kernels rarely reach the peak.
 */
final class WorkloadProgram {
  /** Optimizer flops per parameter (an Adam-like update). */
  static final int OPTIMIZER_FLOPS = 10;
  /** Loss flops per element of the network's output. */
  static final int LOSS_FLOPS = 4;

  private final List<String> ids = new ArrayList<>();
  private final List<int[]> ranges = new ArrayList<>();
  private final List<Long> sizes = new ArrayList<>();
  private final List<Double> compute = new ArrayList<>();
  private final List<int[]> accesses = new ArrayList<>();
  private final OpGraph g;
  private final int ops;
  private final WorkloadGenerator.Accelerator acc;
  private final int dtype;
  private final RandomGenerator random;

  private WorkloadProgram(OpGraph g, WorkloadGenerator.Accelerator acc, int dtype,
      RandomGenerator random) {
    this.g = g;
    this.ops = g.size();
    this.acc = acc;
    this.dtype = dtype;
    this.random = random;
  }

  /** The instance of {@code g}, with capacity = max(largest buffer, fraction * peak live). */
  static MemoryInstance build(String name, OpGraph g, boolean training,
      WorkloadGenerator.Accelerator acc, int dtype, double fraction, int alignment,
      RandomGenerator random) {
    WorkloadProgram p = new WorkloadProgram(g, acc, dtype, random);
    int steps = training ? 2 * p.ops + 2 : p.ops;
    int[] last = p.lastForwardReaders();
    int x = p.buffer("input", 0, (training ? backwardStep(p.ops, 0) : last[p.ops]) + 1,
        g.inputElements);
    int[] weight = new int[p.ops];
    int[] act = new int[p.ops];
    for (int k = 0; k < p.ops; k++) {
      weight[k] = g.weights.get(k) > 0
          ? p.buffer("w." + g.names.get(k), 0, steps, g.weights.get(k)) : -1;
      int end = training ? backwardStep(p.ops, k) : last[k];
      act[k] = p.buffer("a." + g.names.get(k), k, end + 1, g.outputs.get(k));
    }
    for (int k = 0; k < p.ops; k++) {
      p.step(g.flops.get(k), join(p.inputsOf(k, act, x), weight[k], act[k]));
    }
    if (training) {
      p.backward(x, weight, act, steps);
    }
    return p.instance(name, fraction, alignment);
  }

  private void backward(int x, int[] weight, int[] act, int steps) {
    int[] grad = new int[ops];
    for (int k = 0; k < ops; k++) {
      int first = k == ops - 1 ? ops : backwardStep(ops, lastConsumer(k));
      grad[k] = buffer("g." + g.names.get(k), first, backwardStep(ops, k) + 1,
          g.outputs.get(k));
    }
    step(LOSS_FLOPS * g.outputs.get(ops - 1), new int[] {act[ops - 1], grad[ops - 1]});
    int[] dw = new int[ops];
    long params = 0;
    for (int k = ops - 1; k >= 0; k--) {
      dw[k] = weight[k] < 0 ? -1
          : buffer("dw." + g.names.get(k), backwardStep(ops, k), steps, g.weights.get(k));
      params += Math.max(0, g.weights.get(k));
      int[] inGrads = Arrays.stream(g.inputs.get(k)).filter(i -> i >= 0).map(i -> grad[i])
          .toArray();
      long flops = (weight[k] < 0 ? 1 : 2) * g.flops.get(k);
      step(flops, join(join(inputsOf(k, act, x), weight[k], act[k], grad[k], dw[k]), inGrads));
    }
    int[] update = new int[0];
    for (int k = 0; k < ops; k++) {
      update = join(update, weight[k], dw[k]);
    }
    step(OPTIMIZER_FLOPS * params, update);
  }

  /** The time step of op {@code k}'s backward pass in a training program of {@code ops} ops. */
  static int backwardStep(int ops, int k) {
    return 2 * ops - k;
  }

  /** The last op that reads op {@code k}'s output (its backward pass runs first). */
  private int lastConsumer(int k) {
    for (int c = ops - 1; c > k; c--) {
      for (int i : g.inputs.get(c)) {
        if (i == k) {
          return c;
        }
      }
    }
    throw new IllegalStateException("op " + g.names.get(k) + " has no consumer");
  }

  /** Per op, the last forward op reading its output (itself for the last); then the input's. */
  private int[] lastForwardReaders() {
    int[] last = new int[ops + 1];
    for (int k = 0; k < ops; k++) {
      last[k] = k;
    }
    for (int c = 0; c < ops; c++) {
      for (int i : g.inputs.get(c)) {
        last[i < 0 ? ops : i] = c;
      }
    }
    return last;
  }

  private int[] inputsOf(int k, int[] act, int x) {
    return Arrays.stream(g.inputs.get(k)).map(i -> i < 0 ? x : act[i]).toArray();
  }

  /** {@code a} followed by the non-negative values of {@code more}. */
  private static int[] join(int[] a, int... more) {
    int[] r = Arrays.copyOf(a, a.length + more.length);
    int n = a.length;
    for (int v : more) {
      if (v >= 0) {
        r[n++] = v;
      }
    }
    return Arrays.copyOf(r, n);
  }

  private int buffer(String id, int lower, int upper, long elements) {
    ids.add(id);
    ranges.add(new int[] {lower, upper});
    sizes.add(elements * dtype);
    return ids.size() - 1;
  }

  private void step(long flops, int[] buffers) {
    double efficiency = 0.5 + 0.5 * random.nextDouble();
    compute.add(flops / (acc.peakFlops() * efficiency));
    accesses.add(buffers);
  }

  private MemoryInstance instance(String name, double fraction, int alignment) {
    int n = ids.size();
    int[] lower = new int[n];
    int[] upper = new int[n];
    long[] size = new long[n];
    long largest = 0;
    for (int i = 0; i < n; i++) {
      lower[i] = ranges.get(i)[0];
      upper[i] = ranges.get(i)[1];
      size[i] = sizes.get(i);
      largest = Math.max(largest, size[i]);
    }
    long peak = RandomMemoryGenerator.peakLive(lower, upper, size);
    long capacity = Math.max(largest, (long) Math.ceil(fraction * peak));
    capacity = Math.ceilDiv(capacity, alignment) * alignment;
    int[] align = new int[n];
    Arrays.fill(align, alignment);
    return new MemoryInstance(name, capacity, ids.toArray(String[]::new), lower, upper, size,
        align, costModel(n, size));
  }

  private CostModel costModel(int n, long[] size) {
    int t = compute.size();
    double[] c = new double[t];
    int[][] buffer = new int[t][];
    long[][] bytes = new long[t][];
    for (int s = 0; s < t; s++) {
      c[s] = compute.get(s);
      buffer[s] = accesses.get(s);
      bytes[s] = Arrays.stream(buffer[s]).mapToLong(i -> size[i]).toArray();
    }
    return new CostModel(n, acc.fastBandwidth(), acc.slowBandwidth(), c, buffer, bytes);
  }
}
