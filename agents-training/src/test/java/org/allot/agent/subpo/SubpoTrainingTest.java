package org.allot.agent.subpo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.allot.agent.Weights;
import org.allot.agent.train.TrainerArguments;
import org.allot.agent.train.TrainerInputException;
import org.allot.agent.train.TrainerProvider;
import org.allot.agent.train.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code allot train subpo}'s trainer: files, determinism, options, discovery. */
class SubpoTrainingTest {
  private static final Map<String, String> SMALL = Map.of("variant", "rooms", "epochs", "3",
      "maps", "2", "batch", "4", "validation", "2", "validate-every", "2", "seed", "5");

  private static TrainingResult train(Map<String, String> args, Path out) {
    return new SubpoTrainerProvider().train(new TrainerArguments(args), out,
        new PrintStream(new ByteArrayOutputStream()));
  }

  @Test
  void aRunWritesWeightsCurveAndHyperParameters(@TempDir Path dir) throws IOException {
    TrainingResult r = train(SMALL, dir);
    assertTrue(Files.isRegularFile(dir.resolve("weights.bin")));
    assertTrue(Files.isRegularFile(dir.resolve("best-weights.bin")));
    assertTrue(Files.readString(dir.resolve("hyper-parameters.txt")).contains("variant=rooms"));
    List<String> curve = Files.readAllLines(r.curve());
    assertEquals(String.join(",", SubpoTraining.COLUMNS), curve.getFirst());
    assertEquals(1 + 4, curve.size(), "a row before training and one per epoch");
    assertEquals("epoch", r.x());
    assertEquals(TrainingResult.Goal.HIGHER, r.goal());
    new SubpoNetwork(Weights.read(r.weights()));
  }

  @Test
  void theSameSeedGivesTheSameWeightsBitForBit(@TempDir Path dir) throws IOException {
    train(SMALL, dir.resolve("a"));
    train(SMALL, dir.resolve("b"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a/weights.bin")),
        Files.readAllBytes(dir.resolve("b/weights.bin")));
  }

  @Test
  void badOptionsAreInputErrorsNamingTheOption(@TempDir Path dir) {
    TrainerInputException e = assertThrows(TrainerInputException.class,
        () -> train(Map.of("credit", "greedy"), dir));
    assertTrue(e.getMessage().contains("subpo, modpo or immediate"), e.getMessage());
    e = assertThrows(TrainerInputException.class, () -> train(Map.of("variant", "maze"), dir));
    assertTrue(e.getMessage().contains("nests"), e.getMessage());
    e = assertThrows(TrainerInputException.class, () -> train(Map.of("batch", "1"), dir));
    assertTrue(e.getMessage().contains("--batch"), e.getMessage());
    e = assertThrows(TrainerInputException.class,
        () -> train(Map.of("init", dir.resolve("none.bin").toString()), dir));
    assertTrue(e.getMessage().contains("--init"), e.getMessage());
  }

  @Test
  void theTrainerIsAService() {
    assertTrue(ServiceLoader.load(TrainerProvider.class).stream()
        .anyMatch(p -> p.get().id().equals("subpo")));
  }
}
