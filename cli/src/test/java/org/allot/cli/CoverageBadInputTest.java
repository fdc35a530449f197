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
 * The coverage family's bad input (issue 6, done-when 4): a walk through an obstacle, a negative
 * weight and a start outside the grid each give exit 2, one "allot: " message that says where
 * and what, no stack trace, and no output file.
 */
class CoverageBadInputTest {
  /** A 3 x 2 grid with a wall at (1, 0); start (0, 0), horizon 2. */
  static final String WALL = "{\"problem\": \"coverage\", \"name\": \"wall\", \"start\": [0, 0],"
      + " \"horizon\": 2,\n \"weights\": [[1, null, 2],\n [1, 1, 1]]}";

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Cli fails(String... args) {
    Cli r = Cli.allot(args);
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().startsWith("allot: "), r.toString());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
    assertEquals("", r.out(), r.toString());
    return r;
  }

  private Cli solveFails(Path instance) {
    Path out = dir.resolve("result.json");
    Path plot = dir.resolve("walk.svg");
    Cli r = fails("solve", instance.toString(), "--out", out.toString(), "--plot",
        plot.toString());
    assertFalse(Files.exists(out), "no result file may be left behind");
    assertFalse(Files.exists(plot), "no picture may be left behind");
    return r;
  }

  @Test
  void walkThroughAnObstacle() throws IOException {
    Path instance = file("wall.json", WALL);
    Path result = file("through.json", "{\"problem\": \"coverage\", \"objective\": 3,"
        + " \"solution\": {\"cells\": [0, 1, 2]}}");
    Cli r = fails("validate", instance.toString(), result.toString());
    assertTrue(r.err().contains(result + ": solution.cells[1]: step 1 (from (0, 0)) enters cell"
        + " 1 (1, 0), an obstacle of wall; a walk never passes through an obstacle"),
        r.toString());
  }

  @Test
  void walkOffTheGrid() throws IOException {
    Path instance = file("wall.json", WALL);
    Path result = file("off.json", "{\"problem\": \"coverage\","
        + " \"solution\": {\"cells\": [0, 3, 6]}}");
    Cli r = fails("validate", instance.toString(), result.toString());
    assertTrue(r.err().contains("solution.cells[2]: step 2 (from (0, 1)) goes to cell 6, outside"
        + " the 3 x 2 grid of wall (cells 0..5)"), r.toString());
  }

  @Test
  void negativeWeight() throws IOException {
    Path f = file("negative.json", WALL.replace("[1, 1, 1]", "[1, -0.5, 1]"));
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":3:6: weight -0.5 at x 1, y 1 is negative; weights must be"
        + " >= 0 (null marks an obstacle)"), r.toString());
  }

  @Test
  void negativeWeightInADensityCsv() throws IOException {
    Path f = file("negative.csv", "1,2\n3,-4\n");
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":2:3: weight -4 at x 1, y 1 is negative"), r.toString());
  }

  @Test
  void startOutsideTheGrid() throws IOException {
    Path f = file("start.json", WALL.replace("\"start\": [0, 0]", "\"start\": [3, 0]"));
    Cli r = solveFails(f);
    assertTrue(r.err().contains(f + ":1:50: start [3, 0] is outside the 3 x 2 grid (x in 0..2,"
        + " y in 0..1)"), r.toString());
  }

  @Test
  void illegalMoveIsAnInvalidResultNotBadInput() throws IOException {
    Path instance = file("wall.json", WALL);
    Path result = file("jump.json", "{\"problem\": \"coverage\","
        + " \"solution\": {\"cells\": [0, 5, 5]}}");
    Cli r = Cli.allot("validate", instance.toString(), result.toString());
    assertEquals(Exit.FAILED.code(), r.exit(), r.toString());
    assertTrue(r.out().contains("move at step 1: (0, 0) -> (2, 1): not a 4-neighbour"),
        r.toString());
  }
}
