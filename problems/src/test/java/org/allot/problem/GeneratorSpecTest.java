package org.allot.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.rmab.RmabInstance;
import org.junit.jupiter.api.Test;

/** The spec syntax, its errors, and the registry's entry points. */
class GeneratorSpecTest {
  private static String error(String spec) {
    return assertThrows(GeneratorSpecException.class, () -> Generators.generate(spec))
        .getMessage();
  }

  @Test
  void specsParseIntoAFamilyAndOrderedParameters() {
    GeneratorSpec spec = GeneratorSpec.parse(" memory : workload = cnn , training,depth=12 ");
    assertEquals("memory", spec.family());
    assertEquals(List.of("workload", "training", "depth"), List.copyOf(spec.parameters()
        .keySet()));
    assertEquals("true", spec.value("training").orElseThrow());
    assertEquals("memory:workload=cnn,training=true,depth=12", spec.toString());
    assertEquals(GeneratorSpec.of("rmab"), GeneratorSpec.parse("rmab"));
    assertEquals("rmab", GeneratorSpec.of("rmab").toString());
    assertEquals("coverage:seed=2,variant=rooms",
        GeneratorSpec.parse("coverage:seed=1,variant=rooms").with("seed", "2").toString());
  }

  @Test
  void malformedSpecsSayWhatIsWrong() {
    assertTrue(error("Coverage:seed=1").contains("is not a family id"));
    assertTrue(error("coverage:seed=1,,variant=rooms").contains("an empty parameter between"
        + " commas"));
    assertTrue(error("coverage:seed=1,seed=2").endsWith("seed given twice; give each parameter"
        + " once"));
    assertTrue(error("coverage:seed=").contains("'seed=' is not name=value"));
    assertTrue(error("coverage:").contains("an empty parameter"));
    assertEquals("tsp: no generator family 'tsp'; families with generators: coverage, cvrp,"
        + " jobshop, memory, rmab", error("tsp:cities=10"));
  }

  @Test
  void typedValuesAreCheckedBeforeGeneration() {
    assertEquals("rmab:arms=many: arms 'many': expected a whole number", error("rmab:arms=many"));
    assertEquals("memory:training=1: training '1': expected true or false",
        error("memory:training=1"));
    assertEquals("cvrp:customers=5,route-size=inf: route-size 'inf': expected a finite decimal"
        + " number", error("cvrp:customers=5,route-size=inf"));
  }

  @Test
  void generateByTypeChecksTheFamily() {
    GeneratorSpec spec = GeneratorSpec.parse("coverage:variant=items,seed=2");
    List<CoverageInstance> maps = Generators.generate(spec, CoverageInstance.class);
    assertEquals("items-2", maps.getFirst().name());
    GeneratorSpecException e = assertThrows(GeneratorSpecException.class,
        () -> Generators.generate(spec, RmabInstance.class));
    assertTrue(e.getMessage().contains("makes coverage instances, not RmabInstances"));
  }

  @Test
  void argumentsTranslateOptionByOption() {
    assertEquals(GeneratorSpec.parse("memory:workload=cnn,training=true,depth=3"),
        Generators.fromArguments("memory", List.of("--workload", "cnn", "--training",
            "--depth=3")));
    GeneratorSpecException unknown = assertThrows(GeneratorSpecException.class,
        () -> Generators.fromArguments("coverage", List.of("--size", "3")));
    assertTrue(unknown.getMessage().endsWith("'--size' is not an option of coverage; its"
        + " options: --variant, --seed, --count"), unknown.getMessage());
    GeneratorSpecException last = assertThrows(GeneratorSpecException.class,
        () -> Generators.fromArguments("coverage", List.of("--seed")));
    assertTrue(last.getMessage().contains("seed needs a value"), last.getMessage());
  }

  @Test
  void parametersCheckTheirDefaultsAndDescribeThemselves() {
    assertThrows(IllegalArgumentException.class,
        () -> GeneratorParameter.text("Bad", null, "m"));
    assertThrows(IllegalArgumentException.class,
        () -> new GeneratorParameter("n", GeneratorParameter.Type.INTEGER, "x", "m"));
    assertEquals("seed=<integer> (default 3): Seed of java.util.SplittableRandom.",
        GeneratorParameter.seed(3).describe());
    assertEquals("training: t.", GeneratorParameter.flag("training", "t.").describe());
    assertThrows(IllegalArgumentException.class, () -> new GeneratorArguments(
        GeneratorSpec.of("x"), List.of(GeneratorParameter.seed(0), GeneratorParameter.seed(1))));
    assertEquals(Map.of(), GeneratorSpec.of("x").parameters());
  }
}
