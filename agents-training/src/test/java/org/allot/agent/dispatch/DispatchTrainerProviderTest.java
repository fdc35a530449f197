package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.allot.agent.djl.DjlRuntime;
import org.allot.agent.train.TrainerArguments;
import org.allot.agent.train.TrainerInputException;
import org.allot.agent.train.TrainerOption;
import org.allot.agent.train.TrainerProvider;
import org.allot.agent.train.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allot train dispatch} behind the command line: its options, bad input refused before
 * training, and short runs whose rounds and options reach the curve and the hyper-parameters.
 */
class DispatchTrainerProviderTest {
  private final DispatchTrainerProvider provider = new DispatchTrainerProvider();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private TrainingResult train(Path out, String... pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return provider.train(new TrainerArguments(values), out,
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theServiceIsFoundWithTheOptionsOfTheShippedCommands() {
    assertTrue(ServiceLoader.load(TrainerProvider.class).stream()
        .anyMatch(p -> p.type() == DispatchTrainerProvider.class));
    assertEquals(List.of("instances", "validation", "updates", "episodes", "cp-seconds",
        "learning-rate", "clip", "target-kl", "epochs", "seed", "waits", "expert-samples",
        "warm-start", "pilot", "self-label", "fresh", "plot-only", "init"),
        provider.options().stream().map(TrainerOption::name).toList());
  }

  @Test
  void theDeclaredDefaultsAreTheRecordsDefaults() {
    Map<String, String> declared = new HashMap<>();
    for (TrainerOption o : provider.options()) {
      if (!o.isFlag() && o.defaultValue() != null && !o.name().equals("instances")
          && !o.name().equals("validation")) {
        declared.put(o.name(), o.defaultValue());
      }
    }
    assertEquals(HyperParameters.defaults(),
        DispatchOptions.hyperParameters(new TrainerArguments(declared)));
    assertEquals(HyperParameters.defaults(),
        DispatchOptions.hyperParameters(new TrainerArguments(Map.of())));
  }

  @Test
  void badSpecsAndValuesAreRefusedBeforeTraining(@TempDir Path out) {
    TrainerInputException spec = assertThrows(TrainerInputException.class,
        () -> train(out, "instances", "random:15by10"));
    assertTrue(spec.getMessage().contains("--instances random:15by10: expected"
        + " random:JOBSxMACHINES"), spec.getMessage());
    TrainerInputException file = assertThrows(TrainerInputException.class,
        () -> train(out, "instances", "no-such.txt"));
    assertTrue(file.getMessage().startsWith("--instances no-such.txt: no such file"),
        file.getMessage());
    TrainerInputException episodes = assertThrows(TrainerInputException.class,
        () -> train(out, "episodes", "1"));
    assertEquals("--episodes 1: expected at least 2", episodes.getMessage());
    TrainerInputException plot = assertThrows(TrainerInputException.class,
        () -> train(out, "plot-only", "true", "validation", "random:5x4:1:9"));
    assertTrue(plot.getMessage().contains("--plot-only needs the --out of a training run"));
    TrainerInputException fresh = assertThrows(TrainerInputException.class,
        () -> train(out, "instances", "ta31", "fresh", "true"));
    assertTrue(fresh.getMessage().contains("--fresh needs at least one random:"),
        fresh.getMessage());
    assertFalse(Files.exists(out.resolve("weights.bin")));
  }

  @Test
  void freshInstancesMoveEveryRandomSeedByUpdate() {
    assertEquals(List.of("ta31", "random:15x15:6:1000014", "random:20x15:1:1000003"),
        JobShopSpecs.reseeded(List.of("ta31", "random:15x15:6:11", "random:20x15"), 1));
    assertEquals(List.of("random:5x4:2:-1000003"),
        JobShopSpecs.reseeded(List.of("random:5x4:2"), -1), "rounds before the first update");
  }

  @Test
  void pilotAndSelfLabellingRoundsAndLossOptionsReachTheRun(@TempDir Path out)
      throws IOException {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    TrainingResult result = train(out, "instances", "random:5x4:2", "fresh", "true",
        "warm-start", "1", "pilot", "2", "self-label", "1", "expert-samples", "3", "clip", "0.2",
        "target-kl", "0.05", "epochs", "3", "validation", "random:5x4:1:9", "updates", "1",
        "episodes", "2", "cp-seconds", "0");
    List<String> curve = Files.readAllLines(result.curve());
    assertEquals(6, curve.size(), "header, 1 + 2 + 1 rounds and one update: " + curve);
    assertTrue(curve.get(1).startsWith("-3,"), curve::toString);
    String hp = Files.readString(out.resolve("hyper-parameters.txt"));
    for (String field : List.of("pilotRounds=2", "selfLabelRounds=1", "clip=0.2",
        "targetKl=0.05", "epochs=3")) {
      assertTrue(hp.contains(field), field + " in " + hp);
    }
    assertTrue(log().startsWith("hyper-parameters: HyperParameters[updates=1"), log());
    assertTrue(log().contains("pilot round 2: agent"), log());
    assertTrue(log().contains("self-labelling round 1: expert"), log());
    assertTrue(result.summary().startsWith("trained dispatch in "), result.summary());
  }

  @Test
  void warmStartAndFreshInstancesWriteTheirRowsAndTheBestWeights(@TempDir Path out)
      throws IOException {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    TrainingResult result = train(out, "instances", "random:5x4:2", "fresh", "true",
        "warm-start", "2", "expert-samples", "3", "validation", "random:5x4:1:9", "updates", "2",
        "episodes", "2", "cp-seconds", "0.05");
    List<String> curve = Files.readAllLines(out.resolve("learning-curve.csv"));
    assertEquals(5, curve.size(), "header, two warm-start rounds and two updates: " + curve);
    assertTrue(curve.get(1).startsWith("-1,"), curve::toString);
    assertTrue(curve.get(2).startsWith("0,"), curve::toString);
    assertTrue(Files.exists(out.resolve("best-weights.bin")));
    assertTrue(Files.readString(out.resolve("hyper-parameters.txt"))
        .contains("warmStartRounds=2"));
    assertTrue(log().contains("warm-start round 2"), log());
    assertEquals(out.resolve("weights.bin"), result.weights());
    assertEquals("FDD/MWKR on the validation set", result.referenceLabel());
    assertTrue(result.reference() > 0, "FDD/MWKR's mean makespan: " + result.reference());
    TrainingResult plot = train(out, "plot-only", "true", "validation", "random:5x4:1:9");
    assertEquals("", plot.summary(), "nothing trained");
    assertEquals(result.reference(), plot.reference());
  }
}
