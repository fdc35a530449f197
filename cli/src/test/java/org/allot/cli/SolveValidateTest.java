package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allot.solver.Solvers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code allot solve} and {@code allot validate} end to end, in process. */
class SolveValidateTest {
  @TempDir
  Path dir;

  private static JsonNode parse(String text) throws IOException {
    return Json.MAPPER.readTree(text);
  }

  @Test
  void solvesFt06WithMwkrToStdout() throws IOException {
    Cli r = Cli.allot("solve", Cli.FT06, "--solver", "mwkr");
    assertEquals(0, r.exit(), r.toString());
    JsonNode json = parse(r.out());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("problem", "instance", "solver", "status", "objective", "bound",
        "feasible", "seconds", "seed", "solution"), keys);
    assertEquals("jobshop", json.get("problem").asText());
    assertEquals("ft06", json.get("instance").asText());
    assertEquals("mwkr", json.get("solver").asText());
    assertEquals("FEASIBLE", json.get("status").asText());
    assertEquals(61, json.get("objective").intValue());
    assertTrue(json.get("objective").isIntegralNumber());
    assertTrue(json.get("bound").isNull());
    assertTrue(json.get("feasible").booleanValue());
    assertEquals(0, json.get("seed").longValue());
    assertEquals(6, json.get("solution").get("start").size());
    assertEquals(6, json.get("solution").get("start").get(0).size());
    assertTrue(r.err().contains("makespan 61"), r.toString());
    assertTrue(r.err().contains("ft06: makespan 61, FEASIBLE in "), r.toString());
  }

  @Test
  void outFileThenValidate() throws IOException {
    Path out = dir.resolve("ft06.json");
    Cli r = Cli.allot("solve", Cli.FT06, "--solver", "mwkr", "--out", out.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.out(), "stdout stays empty with --out");
    assertEquals(61, parse(Files.readString(out)).get("objective").intValue());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary file is left");
    }
    Cli v = Cli.allot("validate", Cli.FT06, out.toString());
    assertEquals(0, v.exit(), v.toString());
    assertEquals("valid: makespan 61\n", v.out());
  }

  private ObjectNode solvedJson() throws IOException {
    Cli r = Cli.allot("solve", Cli.FT06, "--solver", "mwkr");
    return (ObjectNode) parse(r.out());
  }

  @Test
  void movedStartIsInvalid() throws IOException {
    ObjectNode json = solvedJson();
    ArrayNode row = (ArrayNode) json.get("solution").get("start").get(2);
    row.set(1, row.get(1).intValue() + 1);
    Path f = Files.write(dir.resolve("tampered.json"), Json.bytes(json));
    Cli v = Cli.allot("validate", Cli.FT06, f.toString());
    assertEquals(1, v.exit(), v.toString());
    assertTrue(v.out().startsWith("invalid: "), v.toString());
    assertTrue(v.out().contains("job 2, op 1"), v.toString());
  }

  @Test
  void overlapWithoutEndTimesIsInvalid() throws IOException {
    ObjectNode json = solvedJson();
    ((ObjectNode) json.get("solution")).remove("end");
    ArrayNode row = (ArrayNode) json.get("solution").get("start").get(0);
    row.set(0, 0);
    Path f = Files.write(dir.resolve("tampered.json"), Json.bytes(json));
    Cli v = Cli.allot("validate", Cli.FT06, f.toString());
    assertEquals(1, v.exit(), v.toString());
    assertTrue(v.out().contains("machine-overlap"), v.toString());
  }

  @Test
  void wrongObjectiveIsInvalid() throws IOException {
    ObjectNode json = solvedJson();
    json.put("objective", 55);
    Path f = Files.write(dir.resolve("claims55.json"), Json.bytes(json));
    Cli v = Cli.allot("validate", Cli.FT06, f.toString());
    assertEquals(1, v.exit(), v.toString());
    assertTrue(v.out().contains("says makespan 55, the evaluator computes 61"), v.toString());
  }

  @Test
  void noSolutionGivesExit1AndNullSolution() throws IOException {
    Path out = dir.resolve("none.json");
    Cli r = Cli.allot("solve", Cli.FT06, "--solver", "zz-stub-none", "--out", out.toString());
    assertEquals(1, r.exit(), r.toString());
    JsonNode json = parse(Files.readString(out));
    assertEquals("UNKNOWN", json.get("status").asText());
    assertTrue(json.get("objective").isNull());
    assertTrue(json.get("solution").isNull());
    assertFalse(json.get("feasible").booleanValue());
    assertTrue(r.err().contains("ft06: no solution, UNKNOWN"), r.toString());
    Cli v = Cli.allot("validate", Cli.FT06, out.toString());
    assertEquals(1, v.exit(), v.toString());
  }

  @Test
  void infeasibleSolutionFromSolverIsReported() throws IOException {
    Cli r = Cli.allot("solve", Cli.FT06, "--solver", "zz-stub-broken");
    assertEquals(1, r.exit(), r.toString());
    assertFalse(parse(r.out()).get("feasible").booleanValue());
    assertTrue(r.err().contains("returned an infeasible solution"), r.toString());
    assertTrue(r.err().contains("machine-overlap"), r.toString());
  }

  @Test
  void budgetIsWhatIsLeftOfTheLimit() {
    Cli r = Cli.allot("solve", Cli.FT06, "--solver", "zz-stub-none", "--time-limit", "500ms",
        "--seed", "42", "--threads", "3");
    assertEquals(1, r.exit(), r.toString());
    var budget = StubSolvers.lastBudget;
    assertTrue(budget.timeLimit().toMillis() <= 475, "reserve and start-up are taken off: "
        + budget);
    assertTrue(budget.timeLimit().toMillis() > 0);
    assertEquals(42, budget.seed());
    assertEquals(3, budget.threads());
  }

  @Test
  void defaultSolverIsTheFamilysDefault() throws IOException {
    String expected = Solvers.defaultProvider("jobshop").id();
    Cli r = Cli.allot("solve", Cli.FT06, "--time-limit", "3s");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(expected, parse(r.out()).get("solver").asText());
  }

  @Test
  void listShowsProblemsAndRules() {
    Cli r = Cli.allot("list");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("jobshop: job-shop scheduling"), r.out());
    for (String rule : List.of("spt", "lpt", "mwkr", "lwkr", "mopnr", "fifo", "fdd-mwkr",
        "random")) {
      assertTrue(r.out().matches("(?s).*\\n  [ *] " + rule + " .*"),
          rule + " in " + r.out());
    }
    String defaultId = Solvers.defaultProvider("jobshop").id();
    assertTrue(r.out().contains("* " + defaultId + " "), r.out());
  }

  @Test
  void helpTeachesOptionsDefaultsAndExamples() {
    for (String command : List.of("solve", "validate", "generate", "list")) {
      Cli r = Cli.allot(command, "--help");
      assertEquals(0, r.exit(), r.toString());
      assertTrue(r.out().contains("Examples:"), command + ": " + r.out());
    }
    Cli solve = Cli.allot("solve", "--help");
    assertTrue(solve.out().contains("Default: 10s"), solve.out());
    assertTrue(solve.out().contains("--gantt"), solve.out());
  }
}
