package org.allot.solver.memory;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.NoOverlap2dConstraint;
import java.util.function.ToLongFunction;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MemoryLayout;

/**
 * The CP-SAT model of a memory instance: one rectangle per buffer in a no-overlap-2D
 * constraint, its time side the fixed live range {@code [lower, upper)} and its address side
 * {@code [y, y + size)} with {@code y = alignment * k}, {@code k} in
 * {@code [0, (capacity - size) / alignment]}. In a mapping instance the rectangles are optional,
 * a presence literal per buffer meaning "in fast memory", and {@link MappingObjective} adds the
 * execution time. Buffers left out of the model: zero-size ones (no address range: offset 0 when
 * fast) and, in mapping, those with no benefit (always slow, since moving them saves nothing).
 * Not thread-safe; build one per solve.
 */
final class CpSatLayoutModel {
  final CpModel cp = new CpModel();
  /** Per buffer, the offset in alignment units, or null when the buffer is not in the model. */
  final IntVar[] k;
  /** Per buffer, the fast-memory literal, or null when not optional (packing, or fixed). */
  final BoolVar[] present;
  /** Per buffer, whether it is fast without being in the model (zero size, with a benefit). */
  final boolean[] fixedFast;
  private final MemoryInstance instance;
  private IntVar peak;
  private long peakLower;

  CpSatLayoutModel(MemoryInstance instance, boolean[] candidate) {
    this.instance = instance;
    int n = instance.buffers();
    this.k = new IntVar[n];
    this.present = new BoolVar[n];
    this.fixedFast = new boolean[n];
    NoOverlap2dConstraint rectangles = null;
    for (int i = 0; i < n; i++) {
      if (candidate[i] && instance.sizeOf(i) == 0) {
        fixedFast[i] = true;
      } else if (candidate[i]) {
        if (rectangles == null) {
          rectangles = cp.addNoOverlap2D();
        }
        addRectangle(i, rectangles);
      }
    }
  }

  /** Buffer {@code i}'s offset variable and its rectangle, optional in a mapping instance. */
  private void addRectangle(int i, NoOverlap2dConstraint rectangles) {
    long size = instance.sizeOf(i);
    long align = instance.alignmentOf(i);
    k[i] = cp.newIntVar(0, (instance.capacity() - size) / align, "k" + i);
    LinearExpr y = LinearExpr.term(k[i], align);
    int width = instance.upperOf(i) - instance.lowerOf(i);
    if (instance.isMapping()) {
      present[i] = cp.newBoolVar("fast" + i);
      rectangles.addRectangle(
          cp.newOptionalFixedInterval(instance.lowerOf(i), width, present[i], "t" + i),
          cp.newOptionalFixedSizeIntervalVar(y, size, present[i], "a" + i));
    } else {
      rectangles.addRectangle(cp.newFixedInterval(instance.lowerOf(i), width, "t" + i),
          cp.newFixedSizeIntervalVar(y, size, "a" + i));
    }
  }

  /** True when the model has at least one rectangle, i.e. something for CP-SAT to decide. */
  boolean hasDecisions() {
    for (IntVar v : k) {
      if (v != null) {
        return true;
      }
    }
    return false;
  }

  /** Packing: minimise the peak address, bounded below by {@code lower}. */
  void minimizePeak(long lower) {
    peakLower = Math.min(lower, instance.capacity());
    peak = cp.newIntVar(peakLower, instance.capacity(), "peak");
    for (int i = 0; i < k.length; i++) {
      if (k[i] != null) {
        cp.addGreaterOrEqual(peak, LinearExpr.affine(k[i], instance.alignmentOf(i),
            instance.sizeOf(i)));
      }
    }
    cp.minimize(peak);
  }

  /** Hints the offsets of {@code layout} (SLOW: absent); offsets beyond a domain are skipped. */
  void hint(long[] layout) {
    long top = 0;
    for (int i = 0; i < k.length; i++) {
      if (k[i] == null) {
        continue;
      }
      boolean fits = layout[i] != MemoryLayout.SLOW
          && layout[i] + instance.sizeOf(i) <= instance.capacity()
          && layout[i] % instance.alignmentOf(i) == 0;
      if (present[i] != null) {
        cp.addHint(present[i], fits);
      }
      if (fits) {
        cp.addHint(k[i], layout[i] / instance.alignmentOf(i));
        top = Math.max(top, layout[i] + instance.sizeOf(i));
      }
    }
    if (peak != null) {
      cp.addHint(peak, Math.max(top, peakLower));
    }
  }

  /** The layout of a CP-SAT solution, read with {@code value}. */
  long[] offsets(ToLongFunction<LinearArgument> value) {
    long[] offsets = new long[k.length];
    for (int i = 0; i < k.length; i++) {
      if (k[i] != null && (present[i] == null || value.applyAsLong(present[i]) != 0)) {
        offsets[i] = value.applyAsLong(k[i]) * instance.alignmentOf(i);
      } else {
        offsets[i] = fixedFast[i] || !instance.isMapping() ? 0 : MemoryLayout.SLOW;
      }
    }
    return offsets;
  }
}
