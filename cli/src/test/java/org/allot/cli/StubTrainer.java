package org.allot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allot.agent.train.TrainerArguments;
import org.allot.agent.train.TrainerOption;
import org.allot.agent.train.TrainerProvider;
import org.allot.agent.train.TrainingResult;

/**
 * A trainer for tests of {@code allot train} without DJL: it writes a curve of {@code --steps}
 * rows and echoes the options it was given in its closing line.
 */
public final class StubTrainer implements TrainerProvider {
  @Override
  public String id() {
    return "stub";
  }

  @Override
  public String summary() {
    return "a stand-in trainer for tests (100% fake)";
  }

  @Override
  public List<String> description() {
    return List.of("Writes a made-up learning curve.", "Second paragraph.");
  }

  @Override
  public List<TrainerOption> options() {
    return List.of(TrainerOption.of("steps", "N", "Rows of the curve.", "3"),
        TrainerOption.of("rate", "R", "A rate.", "0.5"),
        TrainerOption.flag("loud", "Say more."),
        TrainerOption.of("name", "TEXT", "A name.", null));
  }

  @Override
  public List<String> examples() {
    return List.of("train stub --steps 5 --out runs/stub", "", "train stub --loud --out x");
  }

  @Override
  public TrainingResult train(TrainerArguments arguments, Path out, PrintStream log) {
    int steps = arguments.integer("steps", 3, 1);
    double rate = arguments.number("rate", 0.5, 0);
    StringBuilder csv = new StringBuilder(
        "update,greedy_validation_makespan,agent_makespan,expert_makespan\n");
    for (int u = 1; u <= steps; u++) {
      csv.append(u).append(',').append(100 - u).append(",NaN,NaN\n");
      log.println("step " + u);
    }
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve("learning-curve.csv"), csv);
      Files.writeString(out.resolve("weights.bin"), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TrainingResult(out.resolve("weights.bin"), out.resolve("learning-curve.csv"),
        "update", List.of("greedy_validation_makespan"), 98, "a reference",
        "trained stub: " + arguments.values() + " steps=" + steps + " rate=" + rate,
        TrainingResult.Goal.LOWER);
  }
}
