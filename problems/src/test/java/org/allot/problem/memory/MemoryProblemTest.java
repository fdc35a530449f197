package org.allot.problem.memory;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.allot.problem.InstanceFormat;
import org.allot.problem.Problem;
import org.allot.problem.contract.ProblemContract;

/**
 * The memory family against the shared problem contract. The samples are packing instances,
 * since every sample goes through every format and the CSV holds no cost model; mapping
 * instances round-trip in {@link MappingJsonFormatTest}. Each broken layout breaks one rule.
 */
class MemoryProblemTest extends ProblemContract<MemoryInstance, MemoryLayout> {
  private final Map<MemoryInstance, MemoryLayout> layouts = new IdentityHashMap<>();

  @Override
  protected Problem<MemoryInstance, MemoryLayout> problem() {
    return new Memory();
  }

  @Override
  protected List<MemoryInstance> sampleInstances() {
    if (layouts.isEmpty()) {
      layouts.put(MemoryFixtures.input12(), MemoryFixtures.input12Layout());
      layouts.put(MemoryFixtures.aligned(), MemoryFixtures.alignedLayout());
      for (long seed = 1; seed <= 2; seed++) {
        RandomMemoryGenerator.Planted p = MemoryFixtures.randomPacking(seed, 40);
        layouts.put(p.instance(), p.layout());
      }
    }
    return List.copyOf(layouts.keySet());
  }

  @Override
  protected String fileName(MemoryInstance instance, InstanceFormat<MemoryInstance> format) {
    return format instanceof MinimallocCsvFormat
        ? instance.name() + "." + instance.capacity() + ".csv" : instance.name() + ".json";
  }

  @Override
  protected MemoryLayout feasibleSolution(MemoryInstance instance) {
    return layouts.get(instance);
  }

  @Override
  protected MemoryInstance rename(MemoryInstance original, MemoryInstance read) {
    return original.withName(read.name());
  }

  @Override
  protected List<MemoryLayout> brokenSolutions(MemoryInstance instance) {
    long[] good = feasibleSolution(instance).offsets();
    List<MemoryLayout> broken = new ArrayList<>();
    broken.add(with(good, 0, MemoryLayout.SLOW));
    broken.add(with(good, 0, -8));
    broken.add(with(good, 0, instance.capacity()));
    broken.add(new MemoryLayout(java.util.Arrays.copyOf(good, good.length - 1)));
    broken.add(new MemoryLayout(java.util.Arrays.copyOf(good, good.length + 1)));
    for (int i = 0; i < instance.buffers(); i++) {
      if (instance.alignmentOf(i) > 1) {
        broken.add(with(good, i, good[i] + 1));
        break;
      }
    }
    broken.add(overlap(instance, good));
    return broken;
  }

  /** Moves a positive-size buffer onto the offset of another live at the same time. */
  private static MemoryLayout overlap(MemoryInstance instance, long[] good) {
    for (int i = 0; i < instance.buffers(); i++) {
      for (int j = 0; j < instance.buffers(); j++) {
        if (i != j && instance.overlapInTime(i, j) && instance.sizeOf(i) > 0
            && instance.sizeOf(j) > 0 && good[j] % instance.alignmentOf(i) == 0
            && good[j] + instance.sizeOf(i) <= instance.capacity()) {
          return with(good, i, good[j]);
        }
      }
    }
    throw new IllegalStateException("no two buffers live at the same time in " + instance);
  }

  private static MemoryLayout with(long[] offsets, int i, long value) {
    long[] c = offsets.clone();
    c[i] = value;
    return new MemoryLayout(c);
  }
}
