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
 * The four bad inputs of the restless-bandit issue: each gives exit 2, one "allot: " line with
 * file:line:column and what was expected, no stack trace and no output file.
 */
class RmabBadInputTest {
  /** Two 2-state arms on the edge 0 - 1; the cases below break one thing each. */
  private static final String GOOD = """
      {
        "problem": "rmab",
        "states": 2,
        "horizon": 3,
        "discount": 0.9,
        "arms": [
          {"passive": [[0.9, 0.1], [0.6, 0.4]], "active": [[0.2, 0.8], [0.1, 0.9]], "reward": [0, 1], "initial": [1, 0]},
          {"passive": [[0.9, 0.1], [0.6, 0.4]], "active": [[0.2, 0.8], [0.1, 0.9]], "reward": [0, 1], "initial": [1, 0]}
        ],
        "constraint": {"kind": "path", "budget": 1, "maxSteps": 2, "source": 0, "edges": [[0, 1]]}
      }
      """;

  @TempDir
  Path dir;

  private Cli solveFails(String text, String expected) throws IOException {
    Path f = Files.writeString(dir.resolve("bad.json"), text);
    Path out = dir.resolve("result.json");
    Cli r = Cli.allot("solve", f.toString(), "--solver", "random", "--out", out.toString());
    assertEquals(Exit.BAD_INPUT.code(), r.exit(), r.toString());
    assertTrue(r.err().startsWith("allot: "), r.toString());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
    assertEquals("", r.out(), r.toString());
    assertFalse(Files.exists(out), "no output file may be left behind");
    assertTrue(r.err().contains(f + expected), r.toString());
    return r;
  }

  @Test
  void theGoodFileSolves() throws IOException {
    Path f = Files.writeString(dir.resolve("good.json"), GOOD);
    Cli r = Cli.allot("solve", f.toString(), "--solver", "random", "-O", "episodes=3");
    assertEquals(0, r.exit(), r.toString());
  }

  @Test
  void nonStochasticTransitionRow() throws IOException {
    solveFails(GOOD.replaceFirst("\\[0.6, 0.4\\]\\], \"active\"", "[0.6, 0.3]], \"active\""),
        ":7:30: passive transition row of arm 0, state 1 sums to 0.9, expected 1");
  }

  @Test
  void wrongMatrixShape() throws IOException {
    solveFails(GOOD.replaceFirst("\"active\": \\[\\[0.2, 0.8\\], \\[0.1, 0.9\\]\\]",
        "\"active\": [[0.2, 0.8]]"),
        ":7:53: expected arm 0 \"active\" to be a 2x2 matrix (one row per state), found 1 rows");
  }

  @Test
  void budgetAboveTheNumberOfArms() throws IOException {
    solveFails(GOOD.replace("\"budget\": 1", "\"budget\": 3"),
        ":10:44: budget 3 is above the number of arms 2; use a budget in 0..2");
  }

  @Test
  void disconnectedPathSource() throws IOException {
    solveFails(GOOD.replace("[[0, 1]]", "[]"),
        ":10:84: disconnected path source: node 1 is unreachable from source 0; add an edge"
            + " that connects it");
  }
}
