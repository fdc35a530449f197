package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code allot train}: bad input is refused before training; a one-update run writes its files. */
class TrainCommandTest {
  @Test
  void unknownAgentAndBadInstanceSpecsAreBadInput(@TempDir Path out) {
    Cli agent = Cli.allot("train", "muzero", "--out", out.toString());
    assertEquals(2, agent.exit(), agent::toString);
    assertTrue(agent.err().contains("unknown agent 'muzero'"), agent::toString);
    Cli spec = Cli.allot("train", "dispatch", "--instances", "random:15by10", "--out",
        out.toString());
    assertEquals(2, spec.exit(), spec::toString);
    assertTrue(spec.err().contains("random:JOBSxMACHINES"), spec::toString);
    Cli file = Cli.allot("train", "dispatch", "--instances", "no-such.txt", "--out",
        out.toString());
    assertEquals(2, file.exit(), file::toString);
    assertFalse(Files.exists(out.resolve("weights.bin")));
  }

  @Test
  void oneUpdateWritesWeightsCurveAndHyperParameters(@TempDir Path out) {
    Cli run = Cli.allot("train", "dispatch", "--instances", "random:5x4:2", "--validation",
        "random:5x4:1:9", "--updates", "1", "--episodes", "2", "--cp-seconds", "0.05",
        "--out", out.toString());
    assertEquals(0, run.exit(), run::toString);
    assertTrue(Files.exists(out.resolve("weights.bin")));
    assertTrue(Files.exists(out.resolve("learning-curve.csv")));
    assertTrue(Files.exists(out.resolve("hyper-parameters.txt")));
    assertTrue(run.out().contains("trained dispatch"), run::toString);
  }

  @Test
  void freshNeedsARandomSpecAndMovesEveryRandomSeed(@TempDir Path out) {
    Cli run = Cli.allot("train", "dispatch", "--instances", "ta31", "--fresh", "--out",
        out.toString());
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().contains("--fresh needs at least one random:"), run::toString);
    assertFalse(Files.exists(out.resolve("weights.bin")));
    assertEquals(List.of("ta31", "random:15x15:6:1000014", "random:20x15:1:1000003"),
        TrainCommand.reseeded(List.of("ta31", "random:15x15:6:11", "random:20x15"), 1));
  }

  @Test
  void pilotAndSelfLabellingRoundsAndLossOptionsReachTheRun(@TempDir Path out)
      throws IOException {
    Cli run = Cli.allot("train", "dispatch", "--instances", "random:5x4:2", "--fresh",
        "--warm-start", "1", "--pilot", "2", "--self-label", "1", "--expert-samples", "3",
        "--clip", "0.2", "--target-kl", "0.05", "--epochs", "3", "--validation",
        "random:5x4:1:9", "--updates", "1", "--episodes", "2", "--cp-seconds", "0",
        "--out", out.toString());
    assertEquals(0, run.exit(), run::toString);
    List<String> curve = Files.readAllLines(out.resolve("learning-curve.csv"));
    assertEquals(6, curve.size(), "header, 1 + 2 + 1 rounds and one update: " + curve);
    assertTrue(curve.get(1).startsWith("-3,"), curve::toString);
    String hp = Files.readString(out.resolve("hyper-parameters.txt"));
    for (String field : List.of("pilotRounds=2", "selfLabelRounds=1", "clip=0.2",
        "targetKl=0.05", "epochs=3")) {
      assertTrue(hp.contains(field), field + " in " + hp);
    }
    assertTrue(run.err().contains("pilot round 2: agent"), run::toString);
    assertTrue(run.err().contains("self-labelling round 1: expert"), run::toString);
  }

  @Test
  void warmStartAndFreshInstancesWriteTheirRowsAndTheBestWeights(@TempDir Path out)
      throws IOException {
    Cli run = Cli.allot("train", "dispatch", "--instances", "random:5x4:2", "--fresh",
        "--warm-start", "2", "--expert-samples", "3", "--validation", "random:5x4:1:9",
        "--updates", "2", "--episodes", "2", "--cp-seconds", "0.05", "--out", out.toString());
    assertEquals(0, run.exit(), run::toString);
    List<String> curve = Files.readAllLines(out.resolve("learning-curve.csv"));
    assertEquals(5, curve.size(), "header, two warm-start rounds and two updates: " + curve);
    assertTrue(curve.get(1).startsWith("-1,"), curve::toString);
    assertTrue(curve.get(2).startsWith("0,"), curve::toString);
    assertTrue(Files.exists(out.resolve("best-weights.bin")));
    assertTrue(Files.readString(out.resolve("hyper-parameters.txt"))
        .contains("warmStartRounds=2"), run::toString);
    assertTrue(run.err().contains("warm-start round 2"), run::toString);
    assertTrue(Files.readString(out.resolve("learning-curve.svg")).contains("FDD/MWKR"));
    Files.delete(out.resolve("learning-curve.svg"));
    Cli plot = Cli.allot("train", "dispatch", "--plot-only", "--validation", "random:5x4:1:9",
        "--out", out.toString());
    assertEquals(0, plot.exit(), plot::toString);
    assertTrue(Files.exists(out.resolve("learning-curve.svg")));
  }
}
