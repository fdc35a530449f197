package org.allot.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bundled suite parses, and every bundled smoke suite that needs no data from
 * {@code ../shared} runs to the end with no failed and no invalid run (CI runs them here).
 */
class SmokeSuitesTest {
  private static final Path SUITES = Bench.INSTANCES.resolve("suites");

  @TempDir
  Path dir;

  private static List<Path> suites() throws IOException {
    try (Stream<Path> s = Files.list(SUITES)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBundledSuiteParses() throws IOException {
    return suites().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      Suite s = SuiteParser.parse(p);
      assertEquals(p.getFileName().toString(), s.name() + ".json", "name matches the file");
      assertTrue(!s.instances().isEmpty() || !s.skipped().isEmpty());
    }));
  }

  @TestFactory
  Stream<DynamicTest> smokeSuitesRunCleanly() throws IOException {
    return suites().stream().filter(p -> p.getFileName().toString().endsWith("-smoke.json"))
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
          Suite s = SuiteParser.parse(p);
          Assumptions.assumeTrue(s.skipped().isEmpty(), "needs data from ../shared");
          Path out = dir.resolve(s.name());
          StringWriter err = new StringWriter();
          SuiteRun run = new SuiteRun(s, new SuiteRun.Settings(out, 2, false, null, false),
              new PrintWriter(new StringWriter()), new PrintWriter(err));
          SuiteRun.Summary summary = run.run(LocalPool.of(2));
          assertEquals(0, summary.errors(), err::toString);
          assertEquals(0, summary.invalid(), err::toString);
          List<RunRecord> records = ResultsFile.read(out);
          assertEquals(s.tasks().size(), records.size());
          assertFalse(records.isEmpty());
          for (RunRecord r : records) {
            assertNotEquals(RunRecord.Status.ERROR, r.status(), r::toString);
          }
        }));
  }
}
