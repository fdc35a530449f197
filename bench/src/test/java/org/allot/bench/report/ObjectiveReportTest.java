package org.allot.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allot.cli.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ObjectiveReportTest {
  @TempDir
  Path dir;

  /** No best-known values: mean objective, ratio to the suite's normaliseBy label, suite order. */
  @Test
  void withoutBestKnownValuesTheReportShowsObjectivesAndRatios() throws IOException {
    new Runs(null)
        .valid("g1", "all", "zeta", 0, 10, 0.1)
        .valid("g2", "all", "zeta", 0, 20, 0.1)
        .valid("g1", "all", "alpha", 0, 5, 0.3)
        .valid("g2", "all", "alpha", 0, 40, 0.5)
        .writeTo(dir);
    Files.writeString(dir.resolve("suite.json"), "{\"name\": \"cov\", \"title\": \"Coverage"
        + " smoke\", \"normaliseBy\": \"zeta\", \"solvers\": [{\"id\": \"zeta\"},"
        + " {\"id\": \"alpha\", \"label\": \"alpha\"}], \"instances\": [\"inst/g2.txt\"]}");
    String md = Files.readString(Reports.write(dir));
    assertTrue(md.startsWith("# Benchmark report: Coverage smoke\n"), md);
    assertTrue(md.contains("| solver | runs | valid | invalid | errors | feasible % |"
        + " mean objective | ratio to zeta | best | mean s |"), md);
    // minimised (the Runs helper): zeta is best on g2, alpha on g1; the ratios 0.5 and 2 have
    // the geometric mean 1
    assertTrue(md.contains("| zeta | 2 | 2 | 0 | 0 | 100.0 | 15.00 | 1.000 | 1 | 0.100 |\n"
        + "| alpha | 2 | 2 | 0 | 0 | 100.0 | 22.50 | 1.000 | 1 | 0.400 |"), md);
    // two pairs, one each way: ranks 1 (|d| = 5) and 2 (|d| = 20), W = max(1, 2) = 2, p = 2 * 2 / 4
    assertTrue(md.contains("| zeta | — | 1.000 (1/0/1) |"), md);
    assertTrue(md.contains("plots/objective-per-instance.svg"), md);
    Analysis a = new Analysis(Results.read(dir));
    assertEquals(List.of("zeta", "alpha"), a.labels);
    assertEquals("g2", a.instances.getFirst().name(), "suite order before natural order");
  }

  /** A run counts from its first incumbent on; before any, the mean is undefined. */
  @Test
  void theTimeCurveAveragesTheRunsThatHaveAnIncumbent() {
    double[] means = TimePlot.means(List.of(new double[] {1, 10, 5, 4}, new double[] {2, 20}),
        new double[] {0.5, 1, 2, 5});
    assertTrue(Double.isNaN(means[0]));
    assertArrayEquals(new double[] {10, 15, 12}, new double[] {means[1], means[2], means[3]});
  }

  @Test
  void naturalOrderComparesNumbersByValue() {
    assertTrue(Analysis.natural("ta2", "ta10") < 0);
    assertTrue(Analysis.natural("20x15", "100x20") < 0);
    assertTrue(Analysis.natural("15x15", "15x20") < 0);
    assertTrue(Analysis.natural("la01", "la1") != 0, "distinct names stay distinct");
    assertEquals(0, Analysis.natural("abz5", "abz5"));
  }

  @Test
  void logAxisEndsAtARoundValue() {
    assertEquals(20, TimePlot.roundUp(10.02), 1e-12);
    assertEquals(10, TimePlot.roundUp(10), 1e-12);
    assertEquals(0.5, TimePlot.roundUp(0.31), 1e-12);
  }

  @Test
  void theCommandWritesTheReport() throws IOException {
    ReportsTest.sample().writeTo(dir);
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new ReportCommand());
    cmd.setOut(new PrintWriter(out));
    assertEquals(0, cmd.execute(dir.toString()));
    assertTrue(out.toString().startsWith("wrote " + dir.resolve("report.md")), out.toString());
    assertTrue(Files.exists(dir.resolve("report.html")));
  }

  @Test
  void theCommandNamesAMissingResultsFile() {
    ReportCommand command = new ReportCommand();
    command.dir = dir;
    UserError e = assertThrows(UserError.class, command::call);
    assertTrue(e.getMessage().startsWith(dir.resolve("results.jsonl") + ": no such file"),
        e.getMessage());
  }
}
