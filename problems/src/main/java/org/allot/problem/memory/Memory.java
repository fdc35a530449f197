package org.allot.problem.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allot.problem.Evaluation;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problem;
import org.allot.problem.Sense;
import org.allot.problem.Violation;

/**
 * Memory mapping and static memory allocation: place buffers with fixed live ranges in a fast
 * memory of fixed capacity so that buffers live at the same time never share an address.
 *
 * <p>A <em>packing</em> instance (no cost model, MiniMalloc's problem) must place every buffer;
 * its objective is the peak address used, {@code max(offset + size)} over the buffers (0 when
 * there are none), so that minimising it is the optimisation version of MiniMalloc's decision
 * problem. A <em>mapping</em> instance (with a {@link CostModel}, the mallocGame) may leave
 * buffers in slow memory ({@link MemoryLayout#SLOW}); its objective is the estimated execution
 * time {@link CostModel#totalTime} in seconds. Both are minimised. Stateless and thread-safe.
 */
public final class Memory implements Problem<MemoryInstance, MemoryLayout> {
  /** The family's id. */
  public static final String ID = "memory";
  private static final MemoryGenerators GENERATORS = new MemoryGenerators();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "memory packing (minimise peak address) and mapping (minimise execution time);"
        + " MiniMalloc CSV and Allot JSON";
  }

  @Override
  public Sense sense() {
    return Sense.MINIMIZE;
  }

  @Override
  public Class<MemoryInstance> instanceType() {
    return MemoryInstance.class;
  }

  @Override
  public Class<MemoryLayout> solutionType() {
    return MemoryLayout.class;
  }

  /** The family's generators; see {@link MemoryGenerators}. */
  @Override
  public Optional<GeneratorFamily<MemoryInstance>> generators() {
    return Optional.of(GENERATORS);
  }

  @Override
  public List<InstanceFormat<MemoryInstance>> formats() {
    return List.of(MappingJsonFormat.INSTANCE, MinimallocCsvFormat.INSTANCE);
  }

  /**
   * Checks a layout and recomputes its objective; never throws. Violations, each naming the
   * buffers involved: {@code buffer-count} (the layout's length differs from the instance's;
   * the common prefix is still checked, missing buffers count as slow), {@code slow-in-packing}
   * (a packing instance must place every buffer), {@code negative-offset} (an offset below 0
   * other than {@code SLOW}), {@code alignment} ({@code offset % alignment != 0}),
   * {@code capacity} ({@code offset + size > capacity}) and {@code overlap} (two fast buffers
   * live at a common time step whose address ranges {@code [offset, offset + size)} intersect;
   * the amount is the bytes shared). Zero-size buffers occupy no address. Overlaps are found by
   * a sweep over time: {@code O(n log n)} plus the number of time-overlapping pairs.
   */
  @Override
  public Evaluation evaluate(MemoryInstance instance, MemoryLayout layout) {
    long[] offsets = layout.offsets();
    int n = instance.buffers();
    List<Violation> violations = new ArrayList<>();
    if (offsets.length != n) {
      violations.add(new Violation("buffer-count", "layout has " + offsets.length
          + " offsets, instance " + n + " buffers", Math.abs(offsets.length - n)));
    }
    int count = Math.min(n, offsets.length);
    boolean[] inFast = new boolean[n];
    long peak = 0;
    for (int i = 0; i < count; i++) {
      long o = offsets[i];
      if (o == MemoryLayout.SLOW) {
        if (!instance.isMapping()) {
          violations.add(new Violation("slow-in-packing", "buffer " + instance.idOf(i)
              + " is SLOW but a packing instance must place every buffer", instance.sizeOf(i)));
        }
        continue;
      }
      inFast[i] = true;
      long top = AddressOverlaps.top(o, instance.sizeOf(i));
      peak = Math.max(peak, top);
      checkBuffer(instance, i, o, top, violations);
    }
    AddressOverlaps.check(instance, offsets, count, violations);
    double objective = instance.isMapping() ? instance.costModel().totalTime(inFast) : peak;
    return Evaluation.of(objective, violations);
  }

  private static void checkBuffer(MemoryInstance instance, int i, long o, long top,
      List<Violation> out) {
    String id = instance.idOf(i);
    if (o < 0) {
      out.add(new Violation("negative-offset", "buffer " + id + " at offset " + o, -(double) o));
    } else if (o % instance.alignmentOf(i) != 0) {
      out.add(new Violation("alignment", "buffer " + id + " at offset " + o
          + " is not a multiple of its alignment " + instance.alignmentOf(i),
          o % instance.alignmentOf(i)));
    }
    if (top > instance.capacity()) {
      out.add(new Violation("capacity", "buffer " + id + " at [" + o + ", " + top
          + ") ends above the capacity " + instance.capacity(),
          (double) top - instance.capacity()));
    }
  }

  /** The objective of a feasible layout, or throws naming the first violation. */
  public static double objectiveOf(MemoryInstance instance, MemoryLayout layout) {
    Evaluation e = new Memory().evaluate(instance, layout);
    if (!e.feasible()) {
      throw new IllegalArgumentException("infeasible layout: " + e.violations().getFirst());
    }
    return e.objective();
  }

  @Override
  public String toString() {
    return ID;
  }
}
