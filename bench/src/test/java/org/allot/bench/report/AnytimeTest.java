package org.allot.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allot.cli.Allot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anytime tables: gaps read at checkpoints, their comparisons, and "A at t vs B at 2t". */
class AnytimeTest {
  private static final String SUITE = "{\"name\": \"anytime\", \"solvers\": [{\"id\": \"earli\"},"
      + " {\"id\": \"hgs\", \"label\": \"hgs-10s\"}], \"timeLimit\": \"10s\", \"checkpoints\":"
      + " [\"1s\", \"2s\", \"5s\", \"10s\"]}";

  @TempDir
  Path dir;

  /**
   * Best-known 100 everywhere, so a gap in % is objective - 100. earli improves over time (on
   * i3 its first incumbent comes at 1.5 s; on i2 it ends 20 ms past its 10 s limit with a final
   * objective better than its last incumbent); hgs-10s reports no incumbents and ends at 0.5 s.
   */
  static Runs sample() {
    return new Runs(1.0)
        .valid("i1", "g", "earli", 0, 104, 10.0, 0.5, 110, 1.5, 105)
        .valid("i2", "g", "earli", 0, 106, 10.02, 0.2, 120, 3, 108)
        .valid("i3", "g", "earli", 0, 101, 10.0, 1.5, 130)
        .invalid("i4", "g", "earli", 0, 50, "capacity of route 2 exceeded by 3")
        .valid("i1", "g", "hgs-10s", 0, 103, 0.5)
        .valid("i2", "g", "hgs-10s", 0, 107, 0.5)
        .valid("i3", "g", "hgs-10s", 0, 102, 0.5);
  }

  private String report() throws IOException {
    sample().writeTo(dir);
    Files.writeString(dir.resolve("suite.json"), SUITE);
    return Files.readString(Reports.write(dir));
  }

  @Test
  void theTableReadsTheBestIncumbentAtEachCheckpoint() throws IOException {
    String md = report();
    assertTrue(md.contains("## Anytime: gap at 1s, 2s, 5s, 10s"), md);
    assertTrue(md.contains("| solver | runs | mean gap % at 1s | median at 1s | mean gap % at 2s"
        + " | median at 2s | mean gap % at 5s | median at 5s | mean gap % at 10s |"
        + " median at 10s |\n|---|---:|---:|"), md);
    // 1 s: 10 and 20, i3 without; 2 s: 5, 20, 30; 5 s: 5, 8, 30; 10 s (the limit): the final
    // results 4, 6 (i2 ran 20 ms past it) and 1. The invalid run on i4 takes no part.
    assertTrue(md.contains("| earli | 3 | 15.00 (1 without) | 15.00 | 18.33 | 20.00 | 14.33 |"
        + " 8.00 | 3.67 | 4.00 |"), md);
    // no incumbents: the final objective counts from the run's end (0.5 s) on
    assertTrue(md.contains("| hgs-10s | 3 | 4.00 | 3.00 | 4.00 | 3.00 | 4.00 | 3.00 | 4.00 |"
        + " 3.00 |"), md);
  }

  @Test
  void theMatricesPairOnlyCellsWhereBothHaveAnIncumbent() throws IOException {
    String md = report();
    String at1 = md.substring(md.indexOf("### At 1s"), md.indexOf("### At 2s"));
    // i1 and i2 only (earli has nothing on i3 by 1 s): 2 losses, W = 3, exact p = 2/4
    assertTrue(at1.contains("| earli | — | 0.500 (0/0/2) |"), at1);
    assertTrue(at1.contains("| hgs-10s | 0.500 (2/0/0) | — |"), at1);
    String at2 = md.substring(md.indexOf("### At 2s"), md.indexOf("### At 5s"));
    assertTrue(at2.contains("| earli | — | 0.250 (0/0/3) |"), at2);
    // at the limit: the final objectives, so the same as the paired comparisons of the runs
    String at10 = md.substring(md.indexOf("### At 10s"));
    assertTrue(at10.contains("| earli | — | 0.750 (2/0/1) |"), at10);
    assertTrue(md.substring(0, md.indexOf("## Anytime")).contains("| earli | — | 0.750 (2/0/1) |"),
        md);
  }

  @Test
  void theCrossTimeTableComparesAAtTWithBAtTwiceT() throws IOException {
    String md = report();
    String cross = md.substring(md.indexOf("## Anytime: A at t vs B at 2t"));
    assertTrue(cross.contains("| A | t | B | 2t | cells | A at t: mean gap % |"
        + " B at 2t: mean gap % | A at t vs B at 2t: p (w/t/l) |"), cross);
    assertTrue(cross.contains("| earli | 1s | hgs-10s | 2s | 2 | 15.00 | 5.00 | 0.500 (0/0/2) |"),
        cross);
    assertTrue(cross.contains("| earli | 5s | hgs-10s | 10s | 3 | 14.33 | 4.00 |"
        + " 0.250 (0/0/3) |"), cross);
    assertTrue(cross.contains("| hgs-10s | 1s | earli | 2s | 3 | 4.00 | 18.33 |"
        + " 0.250 (3/0/0) |"), cross);
    assertFalse(cross.matches("(?s).*\\n\\| [a-z0-9-]+ \\| 2s \\|.*"),
        "2s has no double among the checkpoints");
    assertEquals(4, cross.split("\n\\| (earli|hgs-10s) \\| ", -1).length - 1,
        "2 ordered pairs x 2 doublings");
  }

  @Test
  void withoutDoublingsTheCrossTimeSectionSaysSo() throws IOException {
    sample().writeTo(dir);
    Files.writeString(dir.resolve("suite.json"), SUITE.replace("\"2s\", \"5s\"", "\"3s\""));
    String md = Files.readString(Reports.write(dir));
    assertTrue(md.contains("No checkpoint t has 2t among the checkpoints (1s, 3s, 10s)"), md);
  }

  @Test
  void aSuiteWithoutCheckpointsHasNoAnytimeSection() throws IOException {
    sample().writeTo(dir);
    String md = Files.readString(Reports.write(dir));
    assertFalse(md.contains("Anytime"), md);
  }

  @Test
  void aReportWithCheckpointsIsByteIdenticalWhenRebuilt() throws IOException {
    String first = report();
    String firstHtml = Files.readString(dir.resolve("report.html"));
    assertEquals(first, Files.readString(Reports.write(dir)));
    assertEquals(firstHtml, Files.readString(dir.resolve("report.html")));
  }

  @Test
  void theFlagReplacesTheSuitesCheckpointsAndIsNoted() throws IOException {
    sample().writeTo(dir);
    Files.writeString(dir.resolve("suite.json"), SUITE);
    StringWriter err = new StringWriter();
    int exit = Allot.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench",
        "report", dir.toString(), "--checkpoints", "500ms,1s");
    assertEquals(0, exit, err.toString());
    String md = Files.readString(dir.resolve("report.md"));
    assertTrue(md.contains("## Anytime: gap at 500ms, 1s"), md);
    assertTrue(md.contains("note: report options: `--checkpoints 500ms,1s`"), md);
    assertTrue(md.contains("| earli | 500ms | hgs-10s | 1s | 2 |"), md);
  }

  @Test
  void badFlagsNameTheFlagAndExitWithTwo() {
    assertTrue(reportError("1s,20s").contains("--checkpoints 1s,20s: 20s is after the largest"
        + " time limit, 10s"));
    assertTrue(reportError("2s,1s").contains("--checkpoints 2s,1s: 1s (item 2) does not come"
        + " after 2s"));
    assertTrue(reportError("1s,x").contains("--checkpoints 1s,x: item 2: 'x' is not a time"));
  }

  private String reportError(String checkpoints) {
    try {
      sample().writeTo(dir);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    StringWriter err = new StringWriter();
    int exit = Allot.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench",
        "report", dir.toString(), "--checkpoints", checkpoints);
    assertEquals(2, exit, err.toString());
    assertFalse(Files.exists(dir.resolve("report.md")));
    return err.toString();
  }

  @Test
  void badSuiteCheckpointsNameTheSuiteCopy() throws IOException {
    sample().writeTo(dir);
    Files.writeString(dir.resolve("suite.json"), "{\"checkpoints\": [\"2s\", \"2s\"]}");
    IOException e = assertThrows(IOException.class, () -> Reports.write(dir));
    assertTrue(e.getMessage().contains("suite.json: checkpoints: 2s (item 2) does not come"
        + " after 2s"), e.getMessage());
  }

  @Test
  void aRunIsReadAtEachTimeFromItsTrace() {
    double[] trace = {0.5, 10, 1.5, 5, 9.5, 4};
    assertArrayEquals(new double[] {Double.NaN, 10, 5, 5, 4},
        Anytime.at(trace, 10, new double[] {0.1, 1, 2, 9, 10}));
    assertArrayEquals(new double[] {4}, Anytime.at(new double[] {12, 4}, 10, new double[] {10}),
        "at the limit, the final result even when the run ended after it");
  }
}
