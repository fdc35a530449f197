package org.allot.problem.rmab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.allot.problem.Generators;
import org.allot.problem.Problem;
import org.allot.problem.contract.GeneratorContract;
import org.junit.jupiter.api.Test;

/** The restless-bandit generator against the contract. */
class RmabGeneratorsTest extends GeneratorContract<RmabInstance> {
  @Override
  protected Problem<RmabInstance, ?> problem() {
    return new Rmab();
  }

  @Override
  protected List<String> specs() {
    return List.of("rmab:constraint=path,arms=10,budget=3,seed=1", "rmab:arms=8,budget=2",
        "rmab:constraint=interventions,arms=6,budget=2,seed=4",
        "rmab:constraint=matching,arms=8,budget=2", "rmab:constraint=capacity,arms=8,budget=2");
  }

  @Override
  protected Map<String, String> badSpecs() {
    return Map.of(
        "rmab:constraint=tour", "constraint 'tour': expected budget, interventions, path,"
            + " matching or capacity",
        "rmab:arms=5,budget=6", "budget 6: expected 1..5 (at most arms 5)",
        "rmab:constraint=interventions,arms=4,budget=2", "interventions need at least 6 arms",
        "rmab:arms=0", "arms 0: expected 1..");
  }

  @Override
  protected RmabInstance renamed(RmabInstance instance, String name) {
    return instance.withName(name);
  }

  @Test
  void aSpecGivesTheGeneratorsInstance() {
    assertEquals(List.of(RmabGenerator.generate(RmabGenerator.Kind.CAPACITY, 12, 3, 7),
        RmabGenerator.generate(RmabGenerator.Kind.CAPACITY, 12, 3, 8)),
        Generators.generate("rmab:constraint=capacity,arms=12,budget=3,seed=7,count=2"));
  }
}
