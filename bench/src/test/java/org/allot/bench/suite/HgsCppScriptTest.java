package org.allot.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.allot.bench.report.Reports;
import org.allot.problem.Sense;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script {@code bench/scripts/hgs-cpp} with a stand-in for the C++ binary (a shell script
 * that writes a fixed {@code .sol} and progress file) and the real evaluator ({@code allot
 * validate} in a JVM on this test's class path): its lines are run records that join a suite's
 * results and its report. Skipped where bash or jq is missing.
 */
class HgsCppScriptTest {
  private static final Path SCRIPT = Path.of("scripts", "hgs-cpp");
  /** Depot (0, 0); customers 1-3 up the y axis, 4-5 along x; capacity 3. Routes 123, 45: 100. */
  private static final String INSTANCE = """
      NAME : t5
      TYPE : CVRP
      DIMENSION : 6
      EDGE_WEIGHT_TYPE : EUC_2D
      CAPACITY : 3
      NODE_COORD_SECTION
      1 0 0
      2 0 10
      3 0 20
      4 0 30
      5 10 0
      6 20 0
      DEMAND_SECTION
      1 0
      2 1
      3 1
      4 1
      5 1
      6 1
      DEPOT_SECTION
      1
      -1
      EOF
      """;
  /**
   * The stand-in for {@code hgs}: refuses a file without the C++ reader's COMMENT line, then
   * acts as FAKE_MODE says: ok (the optimum, two improvements), overload (one route over the
   * capacity), none (no solution), exception (hgs's error line).
   */
  private static final String FAKE_HGS = """
      #!/usr/bin/env bash
      [[ "$(sed -n 2p "$1")" == COMMENT* ]] || { echo "EXCEPTION | bad header"; exit 0; }
      case "$FAKE_MODE" in
        ok) printf 'Route #1: 1 2 3\\nRoute #2: 4 5\\nCost 100\\n' > "$2"
            printf '%s;0;130;0.01\\n%s;0;100;0.02\\n' "$1" "$1" > "$2.PG.csv" ;;
        overload) printf 'Route #1: 1 2 3 4 5\\nCost 80\\n' > "$2" ;;
        exception) echo "EXCEPTION | Impossible to open instance file" ;;
      esac
      """;

  @TempDir
  Path dir;
  private Path runs;
  private Path instance;

  @BeforeEach
  void tools() throws IOException, InterruptedException {
    assumeTrue(works("bash", "-c", "true") && works("jq", "--version"),
        "bash and jq are needed");
    runs = Files.createDirectories(dir.resolve("runs"));
    instance = Files.writeString(dir.resolve("t5.vrp"), INSTANCE);
    executable("hgs", FAKE_HGS);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    executable("allot", "#!/usr/bin/env bash\nexec '" + java + "' -cp '"
        + System.getProperty("java.class.path") + "' org.allot.cli.Allot \"$@\"\n");
  }

  @Test
  void itsRunsJoinTheSuitesInstanceKeyGroupAndBestKnownValueAndTheReportPairsThem()
      throws Exception {
    Files.writeString(runs.resolve("suite.json"),
        "{\"name\": \"mixed\", \"solvers\": [{\"id\": \"hgs\"}]}");
    Files.writeString(runs.resolve("results.jsonl"),
        RunRecord.write(allotRun(0, 110)) + "\n" + RunRecord.write(allotRun(1, 100)) + "\n");
    assertEquals(0, script("ok", "-t", "1", "-s", "0-1").exit, "exit");
    List<RunRecord> records = RunRecord.readAll(runs.resolve("results.jsonl"));
    assertEquals(4, records.size());
    RunRecord r = records.get(2);
    assertEquals("mixed", r.suite());
    assertEquals("inst/t5.vrp|hgs-cpp-1s|0|0", r.cell());
    assertEquals("a group", r.group());
    assertEquals("hgs-cpp", r.solver());
    assertEquals(RunRecord.Status.FEASIBLE, r.status());
    assertEquals(Boolean.TRUE, r.valid());
    assertEquals(100.0, r.objective());
    assertEquals(0.0, r.gap());
    assertEquals(List.of(new RunRecord.Point(0.01, 130), new RunRecord.Point(0.02, 100)),
        r.trace());
    assertTrue(r.seconds() > 0 && r.machine().contains("C++ hgs sha256:"), r.toString());
    String md = Files.readString(Reports.write(runs));
    assertTrue(md.contains("| hgs-cpp-1s | — (1/1/0) | — |"), md);
  }

  /** Without best-known values, the C++ runs take part in the best-seen reference. */
  @Test
  void itsRunsSetTheBestSeenAndAreReadAtTheCheckpoints() throws Exception {
    Files.writeString(runs.resolve("suite.json"), "{\"name\": \"mixed\", \"solvers\":"
        + " [{\"id\": \"hgs\"}], \"timeLimit\": \"1s\", \"bestKnown\": {\"bestSeen\": true},"
        + " \"checkpoints\": [\"500ms\", \"1s\"]}");
    Files.writeString(runs.resolve("results.jsonl"), RunRecord.write(unknownRun(0, 110)) + "\n"
        + RunRecord.write(unknownRun(1, 120)) + "\n");
    assertEquals(0, script("ok", "-t", "1", "-s", "0-1").exit, "exit");
    assertNull(RunRecord.readAll(runs.resolve("results.jsonl")).get(2).bestKnown());
    String md = Files.readString(Reports.write(runs));
    assertTrue(md.contains("Best seen: 1 of 1 instance(s) have no best-known value (t5)"), md);
    // the best seen is the C++ runs' 100: gaps 10 % and 20 % for hgs, 0 for hgs-cpp-1s
    assertTrue(md.contains("| hgs | 2 | 2 | 0 | 0 | 100.0 | 15.00 | 15.00 | 0 |"), md);
    assertTrue(md.contains("| hgs-cpp-1s | 2 | 2 | 0 | 0 | 100.0 | 0.00 | 0.00 | 1 |"), md);
    // at 500 ms the C++ runs have their incumbents (100 at 0.02 s), hgs's have none yet
    assertTrue(md.contains("| hgs | 2 | — (2 without) | — | 15.00 | 15.00 |"), md);
    assertTrue(md.contains("| hgs-cpp-1s | 2 | 0.00 | 0.00 | 0.00 | 0.00 |"), md);
  }

  @Test
  void aRepeatedCallRunsNothingAndAnOverloadedSolutionIsInvalid() throws Exception {
    Result first = script("overload", "-t", "2", "--label", "cpp");
    assertEquals(1, first.exit, first.err);
    Result again = script("overload", "-t", "2", "--label", "cpp");
    assertTrue(again.err.contains("1 already done, 0 to run"), again.err);
    List<RunRecord> records = RunRecord.readAll(runs.resolve("results.jsonl"));
    assertEquals(1, records.size());
    RunRecord r = records.getFirst();
    assertEquals("hgs-cpp", r.suite());
    assertEquals(instance.toString() + "|cpp|0|0", r.cell());
    assertEquals("<=100 customers", r.group());
    assertEquals(Boolean.FALSE, r.valid());
    assertNull(r.gap());
    assertFalse(r.violations().isEmpty());
    assertTrue(r.violations().getFirst().contains("capacity"), r.violations().toString());
  }

  @Test
  void noSolutionIsUnknownAndAnExceptionIsAnError() throws Exception {
    assertEquals(0, script("none", "-t", "1").exit);
    assertEquals(1, script("exception", "-t", "3").exit);
    List<RunRecord> records = RunRecord.readAll(runs.resolve("results.jsonl"));
    assertEquals(RunRecord.Status.UNKNOWN, records.get(0).status());
    assertNull(records.get(0).valid());
    assertEquals(RunRecord.Status.ERROR, records.get(1).status());
    assertEquals("hgs: Impossible to open instance file", records.get(1).error());
  }

  @Test
  void badUsageRecordsNothing() throws Exception {
    Result r = script("ok", "-t", "1,2", "--label", "fixed");
    assertEquals(2, r.exit);
    assertTrue(r.err.contains("put {t} in it"), r.err);
    assertFalse(Files.exists(runs.resolve("results.jsonl")));
  }

  private RunRecord allotRun(long seed, double objective) {
    return new RunRecord("mixed", "inst/t5.vrp|hgs|" + seed + "|0", "t5", "inst/t5.vrp",
        "cvrp", "a group", "hgs", "hgs", Map.of(), 1, 1, seed, 0, Sense.MINIMIZE,
        RunRecord.Status.FEASIBLE, objective, null, 100.0, (objective - 100) / 100, 1.0, true,
        List.of(), null, List.of(), "test", "2026-01-01T00:00:00Z");
  }

  /** An Allot run on t5 without best-known value, ending at its 1 s limit with no incumbents. */
  private RunRecord unknownRun(long seed, double objective) {
    return new RunRecord("mixed", "inst/t5.vrp|hgs|" + seed + "|0", "t5", "inst/t5.vrp",
        "cvrp", "a group", "hgs", "hgs", Map.of(), 1, 1, seed, 0, Sense.MINIMIZE,
        RunRecord.Status.FEASIBLE, objective, null, null, null, 1.0, true, List.of(), null,
        List.of(), "test", "2026-01-01T00:00:00Z");
  }

  private record Result(int exit, String err) { }

  private Result script(String mode, String... options) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), "--hgs",
        dir.resolve("hgs").toString(), "--allot", dir.resolve("allot").toString(), "--out",
        runs.toString()));
    command.addAll(List.of(options));
    command.add(instance.toString());
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("FAKE_MODE", mode);
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the script did not finish");
    return new Result(p.exitValue(), err);
  }

  private void executable(String name, String text) throws IOException {
    Path file = Files.writeString(dir.resolve(name), text);
    assertTrue(file.toFile().setExecutable(true));
  }

  private static boolean works(String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
