package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input gives exit 2, one "allot: " message that says where (file:line:column or the
 * argument), no stack trace, and no output file.
 */
class BadInputTest {
  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path out() {
    return dir.resolve("result.json");
  }

  /** Solves {@code instance} with --out and checks the common promises of exit 2. */
  private Cli solveFails(Path instance, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "solve";
    args[1] = instance.toString();
    args[2] = "--out";
    args[3] = out().toString();
    System.arraycopy(more, 0, args, 4, more.length);
    Cli r = Cli.allot(args);
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().startsWith("allot: "), r.toString());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
    assertEquals("", r.out(), r.toString());
    assertFalse(Files.exists(out()), "no output file may be left behind");
    return r;
  }

  @Test
  void emptyFile() throws IOException {
    Path f = file("empty.txt", "");
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":1:1: empty file"), r.toString());
  }

  @Test
  void truncatedFile() throws IOException {
    Path f = file("short.txt", "3 2\n0 5 1 4\n1 3 0 2\n");
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":4:1: expected 3 job lines"), r.toString());
  }

  @Test
  void nonNumericToken() throws IOException {
    Path f = file("token.txt", "2 2\n0 5 1 x\n1 3 0 2\n");
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":2:7: expected an integer duration of job 0, op 1,"
        + " found 'x'"), r.toString());
  }

  @Test
  void wrongCounts() throws IOException {
    Path f = file("counts.txt", "2 2\n0 5 1 4\n1 3 0\n");
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":3:6: expected 4 numbers (2 machine-duration pairs) on"
        + " job 1, found 3"), r.toString());
  }

  @Test
  void machineOutOfRange() throws IOException {
    Path f = file("machine.txt", "2 2\n0 5 2 4\n1 3 0 2\n");
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":2:5: machine 2 of job 0, op 1 is out of range 0..1"),
        r.toString());
  }

  @Test
  void negativeDuration() throws IOException {
    Path f = file("negative.txt", "2 2\n0 5 1 -4\n1 3 0 2\n");
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":2:7: duration -4 of job 0, op 1 is negative"),
        r.toString());
  }

  @Test
  void missingFile() {
    Cli r = solveFails(dir.resolve("nope.txt"));
    assertTrue(r.err().contains("nope.txt: no such file"), r.toString());
  }

  @Test
  void unknownSolver() {
    Cli r = solveFails(Path.of(Cli.FT06), "--solver", "gurobi");
    assertTrue(r.err().contains("--solver: unknown solver 'gurobi' for jobshop; known solvers:"),
        r.toString());
    assertTrue(r.err().contains("mwkr"), "lists the known ids: " + r);
  }

  @Test
  void unknownSolverOption() {
    Cli r = solveFails(Path.of(Cli.FT06), "--solver", "cpsat", "-O", "depth=3");
    assertTrue(r.err().contains("--option: solver cpsat has no option 'depth'; it takes no"
        + " options"), r.toString());
  }

  @Test
  void malformedSolverOption() {
    Cli r = solveFails(Path.of(Cli.FT06), "--option", "depth");
    assertTrue(r.err().contains("--option: solver option 'depth' is not of the form name=value"),
        r.toString());
  }

  @Test
  void badTimeLimit() {
    Cli r = solveFails(Path.of(Cli.FT06), "--time-limit", "10x");
    assertTrue(r.err().contains("'--time-limit'") && r.err().contains("'10x'"), r.toString());
  }

  @Test
  void zeroTimeLimit() {
    Cli r = solveFails(Path.of(Cli.FT06), "--time-limit", "0s");
    assertTrue(r.err().contains("'--time-limit'") && r.err().contains("'0s'"), r.toString());
  }

  @Test
  void unknownGanttExtension() {
    Path chart = dir.resolve("chart.jpg");
    Cli r = solveFails(Path.of(Cli.FT06), "--gantt", chart.toString());
    assertTrue(r.err().contains("--gantt " + chart + ": unknown picture format"), r.toString());
    assertFalse(Files.exists(chart));
  }

  @Test
  void badThreads() {
    Cli r = solveFails(Path.of(Cli.FT06), "--threads", "0");
    assertTrue(r.err().contains("--threads 0: must be at least 1"), r.toString());
  }

  @Test
  void outInMissingDirectory() {
    Cli r = Cli.allot("solve", Cli.FT06, "--out", dir.resolve("no/such/dir/r.json").toString());
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().contains("does not exist; create it first"), r.toString());
  }

  @Test
  void unknownOption() {
    Cli r = solveFails(Path.of(Cli.FT06), "--bogus");
    assertTrue(r.err().contains("Unknown option: '--bogus'"), r.toString());
  }

  @Test
  void malformedResultJson() throws IOException {
    Path json = file("result.json", "{\n  \"problem\": \"jobshop\",\n  \"solution\": [1, 2,\n}\n");
    Cli r = Cli.allot("validate", Cli.FT06, json.toString());
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().matches("(?s)allot: " + java.util.regex.Pattern.quote(json.toString())
        + ":4:1: malformed JSON: .*"), r.toString());
  }

  @Test
  void resultMissingKey() throws IOException {
    Path json = file("result.json", "{\"problem\": \"jobshop\", \"objective\": 55}");
    Cli r = Cli.allot("validate", Cli.FT06, json.toString());
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().contains(json + ": missing key \"solution\""), r.toString());
  }

  @Test
  void resultIllTypedKey() throws IOException {
    Path json = file("result.json",
        "{\"problem\": \"jobshop\", \"solution\": {\"start\": [[0, \"x\"]]}}");
    Cli r = Cli.allot("validate", Cli.FT06, json.toString());
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().contains(json + ": solution.start[0][1]: expected an integer"),
        r.toString());
  }

  @Test
  void resultOfAnotherProblem() throws IOException {
    Path json = file("result.json", "{\"problem\": \"cvrp\", \"solution\": null}");
    Cli r = Cli.allot("validate", Cli.FT06, json.toString());
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().contains("\"problem\" is \"cvrp\""), r.toString());
  }

  @Test
  void unknownGenerateProblem() {
    Cli r = Cli.allot("generate", "tsp", "--cities", "10");
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().contains("unknown problem 'tsp'") && r.err().contains("jobshop"),
        r.toString());
  }

  @Test
  void unknownTaillardInstance() {
    Path f = dir.resolve("ta99.txt");
    Cli r = Cli.allot("generate", "jobshop", "--taillard", "ta99", "--out", f.toString());
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().contains("--taillard 'ta99': expected ta01 .. ta80, or all"), r.toString());
    assertFalse(Files.exists(f));
  }
}
