package org.allot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
