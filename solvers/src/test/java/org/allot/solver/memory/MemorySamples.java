package org.allot.solver.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.memory.MemoryInstance;
import org.allot.problem.memory.MinimallocCsvFormat;
import org.allot.problem.memory.RandomMemoryGenerator;
import org.allot.problem.memory.WorkloadGenerator;
import org.allot.problem.memory.WorkloadGenerator.Architecture;
import org.allot.problem.memory.WorkloadGenerator.Mode;

/** The sample instances of the memory solvers' contract tests, fixed seeds. */
final class MemorySamples {
  static final Path TOY = Path.of("../../shared/instances/memory/minimalloc/examples/input.12.csv");

  private MemorySamples() {}

  /** Tight planted packings (zero slack where the cut is full height) of 12, 40 and 80 buffers. */
  static List<MemoryInstance> tightPackings() {
    List<MemoryInstance> list = new ArrayList<>();
    int seed = 1;
    for (int n : new int[] {12, 40, 80}) {
      list.add(RandomMemoryGenerator.packing(n).generate(new SplittableRandom(seed++)));
    }
    toy().ifPresent(list::add);
    return list;
  }

  /** Packings loosened to the capacity the decreasing-size best fit needs. */
  static List<MemoryInstance> loosePackings() {
    return tightPackings().stream()
        .map(i -> i.withCapacity(Math.max(i.capacity(), MemoryGreedy.requiredCapacity(i))))
        .toList();
  }

  /** Random mapping instances of 16 and 40 buffers and a small MLP training step. */
  static List<MemoryInstance> mappings() {
    return List.of(
        RandomMemoryGenerator.mapping(16).generate(new SplittableRandom(11)),
        RandomMemoryGenerator.mapping(40).generate(new SplittableRandom(12)),
        WorkloadGenerator.of(Architecture.MLP, Mode.TRAINING, 3)
            .generate(new SplittableRandom(13)));
  }

  /** MiniMalloc's toy example {@code input.12.csv}, when the shared folder is present. */
  static java.util.Optional<MemoryInstance> toy() {
    if (!Files.exists(TOY)) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(MinimallocCsvFormat.INSTANCE.read(TOY));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
