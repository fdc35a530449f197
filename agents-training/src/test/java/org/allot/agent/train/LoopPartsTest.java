package org.allot.agent.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allot.agent.Weights;
import org.allot.problem.Sense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training loop's parts that need no DJL: files, checkpoints, guards, gradient clipping. */
class LoopPartsTest {
  private static Weights weights(float value) {
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    t.put("w", new Weights.Tensor(new int[] {2}, new float[] {value, -value}));
    return new Weights(t);
  }

  @Test
  void curveRowsAreWrittenByColumnNameInHeaderOrder(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sub/learning-curve.csv");
    try (LearningCurve curve = new LearningCurve(file, List.of("update", "loss", "label"))) {
      curve.row().set("loss", 0.125).set("label", "a").set("update", 1).write();
      curve.row(Map.of("label", "b", "update", -2, "loss", Double.NaN));
    }
    assertEquals(List.of("update,loss,label", "1,0.125000,a", "-2,NaN,b"),
        Files.readAllLines(file));
  }

  @Test
  void curveRowsMustNameEveryColumnOnce(@TempDir Path dir) {
    try (LearningCurve curve = new LearningCurve(dir.resolve("c.csv"), List.of("a", "b"))) {
      IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
          () -> curve.row().set("a", 1).write());
      assertTrue(missing.getMessage().contains("missing [b]"), missing.getMessage());
      IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
          () -> curve.row().set("c", 1));
      assertTrue(unknown.getMessage().contains("'c' is not one of [a, b]"), unknown.getMessage());
      assertThrows(IllegalArgumentException.class, () -> curve.row().set("a", 1).set("a", 2));
      assertThrows(IllegalArgumentException.class, () -> curve.row(Map.of("a", 1, "c", 2)));
    }
    assertThrows(IllegalArgumentException.class,
        () -> new LearningCurve(dir.resolve("d.csv"), List.of("a", "a")));
  }

  @Test
  void bestWeightsFollowTheSenseAndKeepTheEarlierOfEquals(@TempDir Path dir) throws IOException {
    Checkpoints min = new Checkpoints(dir, Sense.MINIMIZE);
    assertTrue(min.offer(weights(1), 10));
    assertFalse(min.offer(weights(2), 10), "a tie keeps the earlier");
    assertFalse(min.offer(weights(3), 11));
    assertTrue(min.offer(weights(4), 9));
    assertEquals(weights(4), Weights.read(dir.resolve(Checkpoints.BEST)));
    assertEquals(9, min.best());
    assertTrue(min.offer(weights(5), Double.NaN), "no validation: the last weights");
    assertEquals(weights(5), Weights.read(dir.resolve(Checkpoints.BEST)));
    assertEquals(9, min.best(), "NaN never becomes the score to beat");
    Path other = Files.createDirectory(dir.resolve("max"));
    Checkpoints max = new Checkpoints(other, Sense.MAXIMIZE);
    assertTrue(max.offer(weights(1), 0.5));
    assertFalse(max.offer(weights(2), 0.4));
    assertTrue(max.offer(weights(3), 0.6));
    assertEquals(weights(3), Weights.read(other.resolve(Checkpoints.BEST)));
  }

  @Test
  void theLatestWeightsAreReplacedWithoutATemporaryFileLeft(@TempDir Path dir)
      throws IOException {
    Checkpoints checkpoints = new Checkpoints(dir, Sense.MINIMIZE);
    checkpoints.save(weights(1));
    checkpoints.save(weights(2));
    assertEquals(weights(2), Weights.read(dir.resolve(Checkpoints.LATEST)));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(Checkpoints.LATEST), files.map(p -> p.getFileName().toString())
          .toList());
    }
  }

  @Test
  void theNanGuardNamesWhereAndWhat() {
    NanGuard.requireFinite(weights(1), "update 1, imitation phase");
    IllegalStateException w = assertThrows(IllegalStateException.class,
        () -> NanGuard.requireFinite(weights(Float.NaN), "update 3, imitation phase"));
    assertEquals("update 3, imitation phase: tensor 'w' [0] = NaN; the weights diverged (the"
        + " last finite ones are in weights.bin)", w.getMessage());
    NanGuard.requireFinite(1.0, 2.0, "never", () -> {
      throw new AssertionError("the detail is made only on failure");
    });
    IllegalStateException g = assertThrows(IllegalStateException.class,
        () -> NanGuard.requireFinite(0.5, Double.POSITIVE_INFINITY, "phase x, epoch 2",
            () -> "ratio 9"));
    assertEquals("phase x, epoch 2: loss 0.5, gradient norm Infinity, ratio 9; the update would"
        + " make the weights NaN", g.getMessage());
  }

  @Test
  void gradientsAreClippedToTheMaximumNorm() {
    Map<String, float[]> g = new LinkedHashMap<>();
    g.put("a", new float[] {3, 0});
    g.put("b", new float[] {4});
    assertEquals(5, Gradients.clipToNorm(g, 0.5), 1e-9, "the norm before clipping");
    assertEquals(0.3f, g.get("a")[0], 1e-6);
    assertEquals(0.4f, g.get("b")[0], 1e-6);
    assertEquals(0.5, Gradients.clipToNorm(g, 0.5), 1e-6, "now at the limit: left alone");
    assertEquals(0.3f, g.get("a")[0], 1e-6);
    g.put("c", new float[] {Float.NaN});
    assertTrue(Double.isNaN(Gradients.clipToNorm(g, 0.5)), "NaN is reported, not scaled");
  }

  record Example(int updates, double rate) {}

  @Test
  void hyperParametersAreWrittenAndPrintedFirst(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Path file = HyperParametersFile.write(dir.resolve("run"), new Example(3, 0.5),
        List.of("training: [a, b]"), new PrintStream(log, true, StandardCharsets.UTF_8));
    String expected = "Example[updates=3, rate=0.5]" + System.lineSeparator()
        + "training: [a, b]" + System.lineSeparator();
    assertEquals(expected, Files.readString(file));
    assertEquals("hyper-parameters: " + expected, log.toString(StandardCharsets.UTF_8));
  }
}
