package org.allot.solver.memory;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;
import org.allot.problem.memory.CostModel;
import org.allot.problem.memory.MemoryInstance;

/**
 * The execution time of a mapping instance as a linear CP-SAT objective over the presence
 * literals of {@link CpSatLayoutModel}. Step {@code t} takes {@code max(compute_t, memory_t)}
 * with {@code memory_t = sum_k bytes_k (1/slow - present_k (1/slow - 1/fast))}; minimising the sum
 * of step variables {@code T_t >= compute_t}, {@code T_t >= memory_t} makes each equal its max.
 *
 * <p>CP-SAT needs integers: times are in units of {@link #UNITS}-th of the all-slow execution
 * time (so the objective is about {@code 1e9}), every coefficient rounded to the nearest unit.
 * Steps whose time does not depend on the model's literals (compute-bound even with every read
 * slow, or reading only buffers outside the model) are a constant in seconds, kept exactly.
 * {@link #error} bounds the rounding: half a unit per rounded term.
 */
final class MappingObjective {
  /** Units in the all-slow execution time. */
  static final double UNITS = 1e9;

  /** Units per second. */
  final double scale;
  /** Seconds of the steps left out of the model. */
  final double constant;
  /** Bound, in seconds, on the difference between the model's time and the true time. */
  final double error;
  private final List<IntVar> stepTime = new ArrayList<>();
  private final List<long[]> stepBounds = new ArrayList<>();
  private final List<int[]> stepBuffers = new ArrayList<>();
  private final List<long[]> stepSavings = new ArrayList<>();

  MappingObjective(CpSatLayoutModel model, MemoryInstance instance) {
    CostModel cost = instance.costModel();
    double allSlow = cost.allSlowTime();
    this.scale = allSlow > 0 ? UNITS / allSlow : 1;
    double[] compute = cost.compute();
    int[][] reads = cost.readBuffer();
    long[][] bytes = cost.readBytes();
    double saving = 1 / cost.slowBandwidth() - 1 / cost.fastBandwidth();
    double[] bytesOf = new double[instance.buffers()];
    double fixed = 0;
    double units = 0;
    for (int t = 0; t < compute.length; t++) {
      double memory = 0;
      int vars = 0;
      for (int k = 0; k < reads[t].length; k++) {
        int b = reads[t][k];
        memory += bytes[t][k] / cost.slowBandwidth();
        if (model.fixedFast[b]) {
          memory -= bytes[t][k] * saving;
        } else if (model.present[b] != null && bytes[t][k] > 0) {
          vars += bytesOf[b] == 0 ? 1 : 0;
          bytesOf[b] += bytes[t][k];
        }
      }
      if (vars == 0 || memory <= compute[t]) {
        fixed += Math.max(compute[t], memory);
      } else {
        addStep(model, compute[t], memory, reads[t], bytesOf, saving, vars);
        units += 0.5 * (2 + vars);
      }
      for (int b : reads[t]) {
        bytesOf[b] = 0;
      }
    }
    this.constant = fixed;
    this.error = units / scale;
    if (!stepTime.isEmpty()) {
      model.cp.minimize(LinearExpr.sum(stepTime.toArray(new IntVar[0])));
    }
  }

  private void addStep(CpSatLayoutModel model, double compute, double memory, int[] reads,
      double[] bytesOf, double saving, int vars) {
    int[] buffers = new int[vars];
    long[] savings = new long[vars];
    BoolVar[] literals = new BoolVar[vars];
    int v = 0;
    for (int b : reads) {
      if (model.present[b] != null && bytesOf[b] > 0) {
        buffers[v] = b;
        savings[v] = Math.round(bytesOf[b] * saving * scale);
        literals[v++] = model.present[b];
        bytesOf[b] = 0;
      }
    }
    long c = Math.round(compute * scale);
    long mem = Math.round(memory * scale);
    IntVar time = model.cp.newIntVar(c, Math.max(c, mem), "T" + stepTime.size());
    model.cp.addGreaterOrEqual(LinearExpr.newBuilder().add(time)
        .addWeightedSum(literals, savings).build(), mem);
    stepTime.add(time);
    stepBounds.add(new long[] {c, mem});
    stepBuffers.add(buffers);
    stepSavings.add(savings);
  }

  /** True when some step's time depends on the placement. */
  boolean hasTerms() {
    return !stepTime.isEmpty();
  }

  /** Hints every step variable with its value under {@code fast}. */
  void hint(CpSatLayoutModel model, boolean[] fast) {
    for (int s = 0; s < stepTime.size(); s++) {
      long mem = stepBounds.get(s)[1];
      int[] buffers = stepBuffers.get(s);
      for (int v = 0; v < buffers.length; v++) {
        if (fast[buffers[v]]) {
          mem -= stepSavings.get(s)[v];
        }
      }
      model.cp.addHint(stepTime.get(s), Math.max(stepBounds.get(s)[0], mem));
    }
  }

  /** A proven lower bound in seconds from CP-SAT's bound on the model's objective. */
  double lowerBound(double modelBound) {
    return modelBound / scale + constant - error;
  }
}
