package org.allot.problem.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.problem.GeneratorArguments;
import org.allot.problem.GeneratorFamily;
import org.allot.problem.GeneratorParameter;
import org.allot.problem.GeneratorSpecException;
import org.allot.problem.Generator;

/**
 * The memory generators: mapping instances shaped like one step of a compiled ML program
 * ({@link WorkloadGenerator}), or with {@code random} random packing or mapping instances
 * ({@link RandomMemoryGenerator}). Instance k of {@code count} (from 0) is generated from
 * {@code SplittableRandom(seed + k)}, so it equals the instance of {@code count=1} with that
 * seed, and with {@code count > 1} its name ends in {@code -s<seed + k>}.
 */
final class MemoryGenerators implements GeneratorFamily<MemoryInstance> {
  @Override
  public String family() {
    return Memory.ID;
  }

  @Override
  public String summary() {
    return "ML-workload mapping instances, or random packing and mapping ones";
  }

  @Override
  public List<GeneratorParameter> parameters() {
    return List.of(
        GeneratorParameter.text("workload", "mlp", "mlp, cnn or transformer."),
        GeneratorParameter.flag("training", "A training step (forward, backward, update)"
            + " instead of inference."),
        GeneratorParameter.integer("depth", 4, "Layers (mlp, cnn) or blocks (transformer), at"
            + " least 1."),
        GeneratorParameter.flag("random", "A random instance instead of a workload."),
        GeneratorParameter.integer("buffers", 20, "Buffers of a random instance, at least 1."),
        GeneratorParameter.flag("mapping", "With random: a mapping instance (a cost model, twice"
            + " the capacity live) instead of a packing one."),
        GeneratorParameter.seed(0),
        GeneratorParameter.count("instance k from seed + k."));
  }

  @Override
  public List<String> examples() {
    return List.of("memory:workload=transformer,training,depth=4,seed=1",
        "memory:random,buffers=50,seed=7");
  }

  @Override
  public List<MemoryInstance> generate(GeneratorArguments a) {
    Generator<MemoryInstance> g = a.flag("random") ? random(a) : workload(a);
    long seed = a.seed();
    int count = a.count();
    List<MemoryInstance> list = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      MemoryInstance i = g.generate(new SplittableRandom(seed + k));
      list.add(count == 1 ? i : i.withName(i.name() + "-s" + (seed + k)));
    }
    return list;
  }

  private static Generator<MemoryInstance> random(GeneratorArguments a) {
    int buffers = a.intValue("buffers", 1, Integer.MAX_VALUE);
    try {
      return a.flag("mapping") ? RandomMemoryGenerator.mapping(buffers)
          : RandomMemoryGenerator.packing(buffers);
    } catch (IllegalArgumentException e) {
      throw a.invalid("buffers", e.getMessage());
    }
  }

  private static Generator<MemoryInstance> workload(GeneratorArguments a) {
    if (a.flag("mapping")) {
      throw new GeneratorSpecException(a.spec().toString(), "mapping", "goes with random;"
          + " workloads are always mapping instances");
    }
    WorkloadGenerator.Architecture architecture = a.choice("workload",
        WorkloadGenerator.Architecture.values());
    int depth = a.intValue("depth", 1, 100_000);
    return WorkloadGenerator.of(architecture, a.flag("training")
        ? WorkloadGenerator.Mode.TRAINING : WorkloadGenerator.Mode.INFERENCE, depth);
  }
}
