package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SubPO end to end on the command line: {@code allot train subpo} writes its weights and curve
 * picture, {@code allot solve --solver subpo} loads them, {@code allot plot} draws several runs,
 * and bad values exit with 2.
 */
class SubpoCommandsTest {
  @Test
  void trainThenSolveWithTheTrainedWeightsThenPlotTheRuns(@TempDir Path dir) throws IOException {
    for (String seed : new String[] {"1", "2"}) {
      Cli train = Cli.allot("train", "subpo", "--variant", "items", "--epochs", "2", "--maps",
          "1", "--batch", "4", "--validation", "1", "--seed", seed, "--out",
          dir.resolve("run-" + seed).toString());
      assertEquals(0, train.exit(), train::toString);
      assertTrue(train.out().contains("trained subpo (items, subpo)"), train::toString);
      assertTrue(Files.size(dir.resolve("run-" + seed + "/learning-curve.svg")) > 0);
    }
    Cli generate = Cli.allot("generate", "coverage:variant=items,seed=3", "--out",
        dir.resolve("items-3.json").toString());
    assertEquals(0, generate.exit(), generate::toString);
    Cli solve = Cli.allot("solve", dir.resolve("items-3.json").toString(), "--solver", "subpo",
        "-O", "weights=" + dir.resolve("run-1/best-weights.bin"), "-O", "updates=2",
        "--time-limit", "5s");
    assertEquals(0, solve.exit(), solve::toString);
    assertTrue(solve.out().contains("\"feasible\": true"), solve::toString);
    Path svg = dir.resolve("curves.svg");
    Cli plot = Cli.allot("plot", svg.toString(), "--x", "epoch", "--y", "validation_greedy_f",
        "--series", "SubPO=" + dir + "/run-*/learning-curve.csv", "--higher-is-better");
    assertEquals(0, plot.exit(), plot::toString);
    assertTrue(Files.readString(svg).contains("SubPO"));
  }

  @Test
  void badValuesExitWithTwoNamingTheOption(@TempDir Path dir) {
    Cli train = Cli.allot("train", "subpo", "--credit", "greedy", "--out", dir.toString());
    assertEquals(2, train.exit(), train::toString);
    assertTrue(train.err().contains("subpo, modpo or immediate"), train::toString);
    Cli plot = Cli.allot("plot", dir.resolve("x.svg").toString(), "--x", "epoch", "--y", "f",
        "--series", "none=" + dir + "/nothing-*.csv");
    assertEquals(2, plot.exit(), plot::toString);
    assertTrue(plot.err().contains("no file matches"), plot::toString);
  }
}
