package org.allot.problem.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.allot.problem.Generators;
import org.allot.problem.Problem;
import org.allot.problem.contract.GeneratorContract;
import org.junit.jupiter.api.Test;

/** The memory generators against the contract, and which generator each spec runs. */
class MemoryGeneratorsTest extends GeneratorContract<MemoryInstance> {
  @Override
  protected Problem<MemoryInstance, ?> problem() {
    return new Memory();
  }

  @Override
  protected List<String> specs() {
    return List.of("memory:workload=cnn,training,depth=2,seed=1", "memory:random,buffers=12",
        "memory:random,mapping,buffers=10,seed=3");
  }

  @Override
  protected Map<String, String> badSpecs() {
    return Map.of(
        "memory:workload=rnn", "workload 'rnn': expected mlp, cnn or transformer",
        "memory:depth=0", "depth 0: expected 1..100000",
        "memory:random,buffers=0", "buffers 0: expected 1..",
        "memory:mapping", "mapping goes with random",
        "memory:training=yes", "training 'yes': expected true or false");
  }

  @Override
  protected MemoryInstance renamed(MemoryInstance instance, String name) {
    return instance.withName(name);
  }

  @Test
  void specsRunTheWorkloadAndRandomGenerators() {
    assertEquals(WorkloadGenerator.of(WorkloadGenerator.Architecture.TRANSFORMER,
        WorkloadGenerator.Mode.TRAINING, 2).generate(new SplittableRandom(5)),
        Generators.generate("memory:workload=transformer,training,depth=2,seed=5").getFirst());
    assertEquals(RandomMemoryGenerator.mapping(9).generate(new SplittableRandom(2)),
        Generators.generate("memory:random,mapping,buffers=9,seed=2").getFirst());
    assertEquals("random-packing-9-s4", Generators.generate(
        "memory:random,buffers=9,seed=3,count=2").get(1).name());
  }
}
