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
 * EARLI end to end on the command line: {@code allot train earli} (a tiny curriculum) writes its
 * phases and weights, {@code allot solve --solver earli|attention} loads them, and a policy that
 * is missing or of another shape exits with 2 and writes nothing.
 */
class EarliCommandsTest {
  @Test
  void trainThenSolveWithTheTrainedWeights(@TempDir Path dir) throws IOException {
    Path run = dir.resolve("run");
    Cli train = Cli.allot("train", "earli", "--curriculum", "10:2,20:1", "--validation", "2",
        "--validate-every", "1", "--out", run.toString());
    assertEquals(0, train.exit(), train::toString);
    assertTrue(train.out().contains("trained earli (2 phases)"), train::toString);
    assertTrue(Files.isRegularFile(run.resolve("phase-1/final-weights.bin")));
    assertTrue(Files.isRegularFile(run.resolve("phase-2/learning-curve.csv")));
    Cli generate = Cli.allot("generate", "cvrp:customers=30,seed=3", "--out",
        dir.resolve("g.vrp").toString());
    assertEquals(0, generate.exit(), generate::toString);
    for (String solver : new String[] {"earli", "attention"}) {
      Cli solve = Cli.allot("solve", dir.resolve("g.vrp").toString(), "--solver", solver,
          "-O", "weights=" + run.resolve("best-weights.bin"), "--time-limit", "3s", "--seed",
          "1", "--threads", "1");
      assertEquals(0, solve.exit(), solve::toString);
      assertTrue(solve.out().contains("\"feasible\": true"), solve::toString);
    }
    Cli again = Cli.allot("train", "earli", "--curriculum", "10:2,20:1", "--validation", "2",
        "--validate-every", "1", "--out", run.toString());
    assertEquals(0, again.exit(), again::toString);
    assertTrue((again.out() + again.err()).contains("already trained"), again::toString);
  }

  @Test
  void aPolicyOfAnotherShapeOrNoneExitsWithTwoAndWritesNothing(@TempDir Path dir)
      throws IOException {
    Cli generate = Cli.allot("generate", "cvrp:customers=20,seed=4", "--out",
        dir.resolve("g.vrp").toString());
    assertEquals(0, generate.exit(), generate::toString);
    Path junk = Files.writeString(dir.resolve("junk.bin"), "no weights here");
    Path out = dir.resolve("out.json");
    Cli solve = Cli.allot("solve", dir.resolve("g.vrp").toString(), "--solver", "earli", "-O",
        "weights=" + junk, "--out", out.toString());
    assertEquals(2, solve.exit(), solve::toString);
    assertTrue(solve.err().contains("junk.bin"), solve::toString);
    assertFalse(Files.exists(out));
    Cli missing = Cli.allot("solve", dir.resolve("g.vrp").toString(), "--solver", "attention",
        "-O", "weights=" + dir.resolve("none.bin"), "--out", out.toString());
    assertEquals(2, missing.exit(), missing::toString);
    assertTrue(missing.err().contains("allot train earli"), missing::toString);
    assertFalse(Files.exists(out));
    Cli badCurriculum = Cli.allot("train", "earli", "--curriculum", "50-100", "--out",
        dir.resolve("t").toString());
    assertEquals(2, badCurriculum.exit(), badCurriculum::toString);
    assertTrue(badCurriculum.err().contains("customers:epochs"), badCurriculum::toString);
  }
}
