package org.allot.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allot.cli.Allot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The best seen as the reference of instances without a best-known value. */
class BestSeenTest {
  private static final String SUITE = "{\"name\": \"seen\", \"solvers\": [{\"id\": \"earli\"},"
      + " {\"id\": \"hgs\", \"label\": \"hgs-10s\"}]%s}";

  @TempDir
  Path dir;

  /**
   * g1 has no best-known value: its best valid objective is 98, by hgs-cpp-10s (a label the
   * suite does not name, as bench/scripts/hgs-cpp appends it); the invalid 90 does not count.
   * g2 has the best-known value 200, which wins although hgs-cpp-10s found 190.
   */
  static Runs sample() {
    return new Runs(null)
        .valid("g1", "all", "earli", 0, 105, 10, 1, 110, 2, 105)
        .invalid("g1", "all", "earli", 1, 90, "customer 7 is not visited")
        .valid("g1", "all", "hgs-10s", 0, 100, 10)
        .valid("g1", "all", "hgs-cpp-10s", 0, 98, 10)
        .bestKnown("g2", 200)
        .valid("g2", "all", "earli", 0, 210, 10)
        .valid("g2", "all", "hgs-10s", 0, 204, 10)
        .valid("g2", "all", "hgs-cpp-10s", 0, 190, 10);
  }

  private String report(String suiteExtra) throws IOException {
    sample().writeTo(dir);
    Files.writeString(dir.resolve("suite.json"), SUITE.formatted(suiteExtra));
    return Files.readString(Reports.write(dir));
  }

  @Test
  void instancesWithoutBestKnownValuesAreMeasuredAgainstTheBestSeen() throws IOException {
    String md = report(", \"bestKnown\": {\"bestSeen\": true}");
    // earli: 105 / 98 - 1 = 7.14 % on g1, 210 / 200 - 1 = 5 % on g2
    assertTrue(md.contains("| earli | 3 | 2 | 1 | 0 | 66.7 | 6.07 | 6.07 |"), md);
    // hgs-10s: 2.04 % and 2 %; hgs-cpp-10s: 0 % (the best seen) and -5 % (below best-known)
    assertTrue(md.contains("| hgs-10s | 2 | 2 | 0 | 0 | 100.0 | 2.02 | 2.02 |"), md);
    assertTrue(md.contains("| hgs-cpp-10s | 2 | 2 | 0 | 0 | 100.0 | -2.50 | -2.50 |"), md);
  }

  @Test
  void theReportSaysWhichGapsAreToTheBestSeenAboveTheTables() throws IOException {
    String md = report(", \"bestKnown\": {\"bestSeen\": true}");
    int said = md.indexOf("Best seen: 1 of 2 instance(s) have no best-known value (g1). Their"
        + " gaps are to the best seen in this run");
    assertTrue(said > 0, md);
    assertTrue(said < md.indexOf("## At a glance"), "above the tables");
    assertTrue(md.contains("understated"), md);
    assertTrue(md.contains("Mean gap (%) to the best-known value (or the best seen, see above)"),
        md);
    assertTrue(Files.readString(dir.resolve("plots/gap-per-instance.svg"))
        .contains("gap to best-known or best seen %"));
  }

  @Test
  void theTimeTracesAreMeasuredAgainstTheBestSeenToo() throws IOException {
    String md = report(", \"bestKnown\": {\"bestSeen\": true}, \"timeLimit\": \"10s\","
        + " \"checkpoints\": [\"1s\", \"10s\"]");
    // earli's g1 trace: 110 at 1 s (12.24 % over 98); g2: its final 210 counts from 10 s on
    assertTrue(md.contains("| earli | 2 | 12.24 (1 without) | 12.24 | 6.07 | 6.07 |"), md);
  }

  @Test
  void withoutTheSettingInstancesWithoutBestKnownValueHaveNoGap() throws IOException {
    String md = report("");
    assertFalse(md.contains("Best seen"), md);
    assertTrue(md.contains("| earli | 3 | 2 | 1 | 0 | 66.7 | 5.00 | 5.00 |"), md);
  }

  @Test
  void theFlagDoesWhatTheSuiteKeyDoes() throws IOException {
    String keyed = report(", \"bestKnown\": {\"bestSeen\": true}");
    Files.writeString(dir.resolve("suite.json"), SUITE.formatted(""));
    StringWriter err = new StringWriter();
    int exit = Allot.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench",
        "report", dir.toString(), "--best-seen");
    assertEquals(0, exit, err.toString());
    String flagged = Files.readString(dir.resolve("report.md"));
    assertTrue(flagged.contains("note: report options: `--best-seen`"), flagged);
    assertEquals(keyed, flagged.replace("- note: report options: `--best-seen` (give them again"
        + " to rebuild this report)\n", ""));
  }
}
