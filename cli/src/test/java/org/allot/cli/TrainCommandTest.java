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

/**
 * {@code allot train}: trainers found as services, their help built from what they declare, bad
 * names and values refused with exit 2, and a run's curve drawn. The stub trainer ({@link
 * StubTrainer}) needs no DJL; the dispatch trainer's own behaviour is tested in
 * agents-training ({@code DispatchTrainerProviderTest}).
 */
class TrainCommandTest {
  @Test
  void trainHelpListsEveryTrainerWithItsSummary() {
    Cli help = Cli.allot("train", "--help");
    assertEquals(0, help.exit(), help::toString);
    assertTrue(help.out().contains("Trainers:"), help::toString);
    assertTrue(help.out().matches("(?s).*\\bdispatch\\s+the CP-based job-shop dispatching rule.*"),
        help::toString);
    assertTrue(help.out().matches("(?s).*\\bstub\\s+a stand-in trainer for tests \\(100% fake\\).*"),
        help::toString);
  }

  @Test
  void aTrainersHelpShowsItsDescriptionOptionsDefaultsAndExamples() {
    Cli help = Cli.allot("train", "stub", "--help");
    assertEquals(0, help.exit(), help::toString);
    for (String part : List.of("Writes a made-up learning curve.", "Second paragraph.",
        "--steps=N", "Rows of the curve. Default: 3.", "--loud", "Say more.", "--name=TEXT",
        "A name.", "--out=DIR", "Output folder (created).", "Examples:",
        "  allot train stub --steps 5 --out runs/stub")) {
      assertTrue(help.out().contains(part), part + " in " + help);
    }
    assertFalse(help.out().contains("Say more. Default"), "a flag has no default shown");
    Cli dispatch = Cli.allot("train", "dispatch", "--help");
    assertEquals(0, dispatch.exit(), dispatch::toString);
    for (String part : List.of("--updates=N", "Updates. Default: 100.", "--cp-seconds=S",
        "Default: 2e-4.", "--plot-only", "--init=FILE", "allot train dispatch --init"
            + " runs/step1/best-weights.bin --self-label 30")) {
      assertTrue(dispatch.out().contains(part), part + " in " + dispatch);
    }
  }

  @Test
  void anUnknownTrainerIsBadInputNamingTheKnownOnes(@TempDir Path out) {
    Cli run = Cli.allot("train", "muzero", "--updates", "3", "--out", out.toString());
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().contains("unknown trainer 'muzero'; trainers: "), run::toString);
    assertTrue(run.err().contains("dispatch") && run.err().contains("stub"), run::toString);
    Cli none = Cli.allot("train");
    assertEquals(2, none.exit(), none::toString);
    assertTrue(none.err().contains("Trainers:"), "the usage: " + none);
  }

  @Test
  void aBadOptionValueIsBadInputNamingTheOption(@TempDir Path out) {
    Cli steps = Cli.allot("train", "stub", "--steps", "many", "--out", out.toString());
    assertEquals(2, steps.exit(), steps::toString);
    assertTrue(steps.err().contains("allot: --steps many: expected an integer"), steps::toString);
    Cli rate = Cli.allot("train", "stub", "--rate", "-1", "--out", out.toString());
    assertEquals(2, rate.exit(), rate::toString);
    assertTrue(rate.err().contains("--rate -1"), rate::toString);
    Cli unknown = Cli.allot("train", "stub", "--speed", "3", "--out", out.toString());
    assertEquals(2, unknown.exit(), unknown::toString);
    assertTrue(unknown.err().contains("--speed"), unknown::toString);
    Cli noOut = Cli.allot("train", "stub");
    assertEquals(2, noOut.exit(), noOut::toString);
    assertTrue(noOut.err().contains("--out"), noOut::toString);
    Cli updates = Cli.allot("train", "dispatch", "--updates", "0", "--out", out.toString());
    assertEquals(2, updates.exit(), updates::toString);
    assertTrue(updates.err().contains("--updates 0: expected at least 1"), updates::toString);
    assertFalse(Files.exists(out.resolve("weights.bin")));
  }

  @Test
  void theGivenOptionsReachTheTrainerAndItsCurveIsDrawn(@TempDir Path out) throws IOException {
    Cli run = Cli.allot("train", "stub", "--steps", "2", "--loud", "--out", out.toString());
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("trained stub: {steps=2, loud=true} steps=2 rate=0.5"),
        run::toString);
    assertTrue(run.err().contains("step 2"), run::toString);
    assertTrue(Files.readString(out.resolve("learning-curve.svg")).contains("a reference"));
  }

  @Test
  void dispatchTrainsOneUpdateAndRedrawsItsCurve(@TempDir Path out) throws IOException {
    Cli run = Cli.allot("train", "dispatch", "--instances", "random:5x4:2", "--validation",
        "random:5x4:1:9", "--updates", "1", "--episodes", "2", "--cp-seconds", "0",
        "--warm-start", "1", "--expert-samples", "2", "--out", out.toString());
    assertEquals(0, run.exit(), run::toString);
    for (String file : List.of("weights.bin", "best-weights.bin", "learning-curve.csv",
        "hyper-parameters.txt")) {
      assertTrue(Files.exists(out.resolve(file)), file);
    }
    assertTrue(run.out().contains("trained dispatch"), run::toString);
    assertTrue(run.err().contains("hyper-parameters: HyperParameters[updates=1"), run::toString);
    assertTrue(Files.readString(out.resolve("learning-curve.svg")).contains("FDD/MWKR"));
    Files.delete(out.resolve("learning-curve.svg"));
    Cli plot = Cli.allot("train", "dispatch", "--plot-only", "--validation", "random:5x4:1:9",
        "--out", out.toString());
    assertEquals(0, plot.exit(), plot::toString);
    assertEquals("", plot.out(), "nothing trained, nothing to say");
    assertTrue(Files.exists(out.resolve("learning-curve.svg")));
  }
}
