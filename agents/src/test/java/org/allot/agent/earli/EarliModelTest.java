package org.allot.agent.earli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.allot.agent.Weights;
import org.allot.solver.SolverOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies from files: the network's size, and clear errors for files that do not fit. */
class EarliModelTest {
  @Test
  void theNetworkHasTheDocumentedParameterCount() {
    assertEquals(126_017, Fixtures.WEIGHTS.parameterCount());
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nope.bin");
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> new EarliProvider().create(SolverOptions.of(Map.of("weights", missing.toString()))));
    assertTrue(x.getMessage().contains("weights=" + missing), x.getMessage());
    assertTrue(x.getMessage().contains("allot train earli"), x.getMessage());
  }

  @Test
  void weightsOfAnotherShapeAreRefusedNamingTheTensor(@TempDir Path dir) throws Exception {
    Map<String, Weights.Tensor> t = new LinkedHashMap<>(Fixtures.WEIGHTS.tensors());
    t.put("embed.w", new Weights.Tensor(new int[] {6, EarliNetwork.WIDTH},
        new float[6 * EarliNetwork.WIDTH]));
    Path file = dir.resolve("other.bin");
    new Weights(t).write(file);
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> new AttentionProvider().create(SolverOptions.of(Map.of("weights",
            file.toString()))));
    assertTrue(x.getMessage().contains(file.toString()), x.getMessage());
    assertTrue(x.getMessage().contains("embed.w"), x.getMessage());
    assertTrue(x.getMessage().contains("not an EARLI policy"), x.getMessage());
  }

  @Test
  void aFileThatIsNoWeightsFileIsRefused(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("junk.bin"), "not weights");
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> new EarliProvider().create(SolverOptions.of(Map.of("weights", file.toString()))));
    assertTrue(x.getMessage().contains("cannot read it"), x.getMessage());
  }

  @Test
  void optionsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new EarliProvider().create(
        SolverOptions.of(Map.of("weights", Fixtures.weightsFile().toString(), "samples", "0"))));
    assertThrows(IllegalArgumentException.class, () -> new EarliProvider().create(
        SolverOptions.of(Map.of("weights", Fixtures.weightsFile().toString(),
            "population", "huge"))));
    assertThrows(IllegalArgumentException.class, () -> new AttentionProvider().create(
        SolverOptions.of(Map.of("sample", "3"))));
  }
}
