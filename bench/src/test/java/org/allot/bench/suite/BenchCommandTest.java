package org.allot.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code allot bench} and {@code allot jmh} as the command line offers them. */
class BenchCommandTest {
  @TempDir
  Path dir;

  @Test
  void benchAndJmhAppearInAllotsHelpThroughThePlugins() {
    Bench b = Bench.allot("--help");
    assertEquals(0, b.exit(), b.toString());
    assertTrue(b.out().matches("(?s).*\\n  bench .*\\n  jmh .*\\n  help .*"), b.out());
  }

  @Test
  void benchWithoutASuiteIsAUsageError() {
    Bench b = Bench.allot("bench");
    assertEquals(2, b.exit(), b.toString());
    assertTrue(b.err().contains("bench needs a suite file"), b.err());
  }

  @Test
  void listChecksTheSuiteAndRunsNothing() throws IOException {
    Bench.copyJobShop(dir, "ft06");
    Path suite = Bench.suite(dir, "s.json", "{'instances': ['ft06.txt'], 'solvers': ['spt',"
        + " {'id': 'cpsat', 'label': 'cp', 'threads': 2}], 'seeds': [3, 4]}");
    Path out = dir.resolve("out");
    Bench b = Bench.allot("bench", suite.toString(), "--list", "--out", out.toString());
    assertEquals(0, b.exit(), b.toString());
    assertEquals(4, b.out().lines().count(), b.out());
    assertTrue(b.out().startsWith("ft06.txt|spt|3|0\t6x6\tft06\t10.0s\t1 thread(s)"), b.out());
    assertTrue(!Files.exists(out));
  }

  @Test
  void aFinishedRunWritesTheReportAndTheSuiteCopy() throws IOException {
    Bench.copyJobShop(dir, "ft06");
    Path suite = Bench.suite(dir, "s.json", "{'instances': ['ft06.txt'], 'solvers': ['spt',"
        + " 'mwkr'], 'bestKnown': {'values': {'ft06': 55}}}");
    Path out = dir.resolve("out");
    Bench b = Bench.allot("bench", suite.toString(), "--out", out.toString());
    assertEquals(0, b.exit(), b.toString());
    assertTrue(Files.isRegularFile(out.resolve("report.md")), b.toString());
    assertTrue(Files.isRegularFile(out.resolve(SuiteRun.SUITE_COPY)));
    assertTrue(b.out().contains("| spt | 1 | 1 | 0 | 0 |"), b.out());
  }
}
