package org.allot.problem.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.allot.problem.Generators;
import org.allot.problem.Problem;
import org.allot.problem.contract.GeneratorContract;
import org.junit.jupiter.api.Test;

/** The coverage generators against the contract; count runs through the seeds. */
class CoverageGeneratorsTest extends GeneratorContract<CoverageInstance> {
  @Override
  protected Problem<CoverageInstance, ?> problem() {
    return new Coverage();
  }

  @Override
  protected List<String> specs() {
    return List.of("coverage:variant=nests,seed=1", "coverage:variant=items",
        "coverage:variant=rooms,seed=4");
  }

  @Override
  protected Map<String, String> badSpecs() {
    return Map.of(
        "coverage:variant=caves", "variant 'caves': expected nests, items or rooms",
        "coverage:count=0", "count 0: expected 1..100000",
        "coverage:seed=1.5", "seed '1.5': expected a whole number");
  }

  @Override
  protected CoverageInstance renamed(CoverageInstance instance, String name) {
    return instance.withName(name);
  }

  @Test
  void countRunsThroughTheSeeds() {
    List<? extends org.allot.problem.Instance> maps =
        Generators.generate("coverage:variant=rooms,seed=101,count=10");
    assertEquals(10, maps.size());
    for (int k = 0; k < 10; k++) {
      assertEquals(CoverageVariant.ROOMS.generate(101 + k), maps.get(k));
    }
  }
}
