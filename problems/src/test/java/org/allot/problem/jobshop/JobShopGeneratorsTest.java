package org.allot.problem.jobshop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.allot.problem.GeneratorSpec;
import org.allot.problem.Generators;
import org.allot.problem.Problem;
import org.allot.problem.contract.GeneratorContract;
import org.junit.jupiter.api.Test;

/** The job-shop generators against the contract, Taillard's benchmarks and training's specs. */
class JobShopGeneratorsTest extends GeneratorContract<JobShopInstance> {
  @Override
  protected Problem<JobShopInstance, ?> problem() {
    return new JobShop();
  }

  @Override
  protected List<String> specs() {
    return List.of("jobshop:jobs=5,machines=4,seed=3", "jobshop:jobs=3,machines=3",
        "jobshop:jobs=4,machines=2,seed=1,min-duration=10,max-duration=12,name=small");
  }

  @Override
  protected Map<String, String> badSpecs() {
    return Map.of(
        "jobshop:taillard=ta99", "taillard 'ta99': expected ta01 .. ta80, or all",
        "jobshop:taillard=ta01,seed=3", "seed is for random instances",
        "jobshop:jobs=3", "give taillard=NAME (ta01 .. ta80, or all), or jobs and machines",
        "jobshop:jobs=0,machines=2", "jobs 0: expected 1..100000",
        "jobshop:jobs=2,machines=2,min-duration=9,max-duration=3",
        "max-duration 3: below min-duration 9",
        "jobshop:jobs=2,machines=2,name=a b", "name 'a b': use letters, digits",
        "jobshop:jobs=x,machines=2", "jobs 'x': expected a whole number");
  }

  @Override
  protected JobShopInstance renamed(JobShopInstance instance, String name) {
    return instance.withName(name);
  }

  @Test
  void taillardSpecsGiveTheBenchmarksAndNeverReseed() {
    assertEquals(List.of(TaillardGenerator.benchmark("ta07")),
        Generators.generate("jobshop:taillard=ta07"));
    List<? extends org.allot.problem.Instance> all = Generators.generate("jobshop:taillard=all");
    assertEquals(80, all.size());
    assertEquals("ta80", all.getLast().name());
    GeneratorSpec spec = GeneratorSpec.parse("jobshop:taillard=ta07");
    assertEquals(spec, Generators.reseeded(spec, 3));
  }

  /** {@code allot train dispatch}'s random:15x10:4:7, drawn from one stream as it draws them. */
  @Test
  void countDrawsFromOneStreamAsTrainingDoes() {
    SplittableRandom random = new SplittableRandom(7);
    List<JobShopInstance> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      expected.add(RandomJobShopGenerator.taillardLike(15, 10).generate(random,
          "random-15x10-7-" + i));
    }
    assertEquals(expected, Generators.generate(
        "jobshop:jobs=15,machines=10,count=4,seed=7,name=random-15x10-7"));
    assertEquals("rand-15x10-s7", Generators.generate("jobshop:jobs=15,machines=10,seed=7")
        .getFirst().name());
  }
}
