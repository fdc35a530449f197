package org.allot.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.allot.problem.Instance;
import org.allot.problem.Problems;
import org.allot.problem.jobshop.JobShopInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator specs of the bundled suites give the instances that {@code allot generate}
 * writes for the same arguments (as suites made them before they called the generators
 * directly), read back from its file.
 */
class GeneratedInstancesTest {
  private static final Map<String, String> EXTENSIONS = Map.of("jobshop", "txt", "cvrp", "vrp");

  @TempDir
  Path dir;

  @TestFactory
  Stream<DynamicTest> everyGeneratedSuiteInstanceEqualsTheCommandLinesFile() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> s = Files.list(Bench.INSTANCES.resolve("suites"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        for (Suite.Entry e : SuiteParser.parse(p).instances()) {
          if (e.file().startsWith("generate ")) {
            tests.add(DynamicTest.dynamicTest(e.file(), () -> check(e)));
          }
        }
      }
    }
    return tests.stream();
  }

  private void check(Suite.Entry e) throws IOException {
    String family = e.loaded().problem().id();
    Path out = dir.resolve(family + "-" + Math.abs(e.file().hashCode()) + "."
        + EXTENSIONS.getOrDefault(family, "json"));
    List<String> args = new ArrayList<>(Arrays.asList(e.file().split(" ")));
    args.addAll(List.of("--out", out.toString()));
    Bench r = Bench.allot(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r::toString);
    Instance read = Problems.read(out).instance();
    Instance generated = e.loaded().instance();
    if (generated instanceof JobShopInstance j) {
      generated = j.withName(read.name());
    }
    assertEquals(read, generated);
  }
}
