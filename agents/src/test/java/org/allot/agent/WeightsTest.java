package org.allot.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two weights files: round trips, safetensors as PyTorch writes it, and clear errors. */
class WeightsTest {
  private static final Path SHIPPED = Path.of("src/main/resources/models/dispatch/weights.bin");
  private static final float[] VALUES = {1.5f, -2f, 0.25f, 3e-8f, -0f, 1e30f};

  @Test
  void shippedDispatchWeightsLoadAndAreWrittenBackByteForByte() throws Exception {
    byte[] file = Files.readAllBytes(SHIPPED);
    assertEquals("6e918df9804f524304dfb292b7391c83daa9d8e4e188c13b4ea3bdd923452233",
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
    Weights w = Weights.read(SHIPPED);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(out);
    assertArrayEquals(file, out.toByteArray(), "ALLOTW1 is written exactly as before");
  }

  @Test
  void bothFormatsRoundTripBitForBit(@TempDir Path dir) throws IOException {
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    t.put("layer.0.w", new Weights.Tensor(new int[] {2, 3}, VALUES));
    t.put("scalar", new Weights.Tensor(new int[0], new float[] {Float.MIN_VALUE}));
    t.put("quote\"é\\name", new Weights.Tensor(new int[] {1, 1, 2},
        new float[] {Float.MAX_VALUE, -Float.MIN_NORMAL}));
    Weights w = new Weights(t);
    for (WeightsFormat format : WeightsFormat.values()) {
      Path file = dir.resolve("w" + format.extension());
      w.write(file);
      assertEquals(format, WeightsFormat.detect(Files.readAllBytes(file), 9));
      Weights back = Weights.read(file);
      assertEquals(List.copyOf(t.keySet()), List.copyOf(back.tensors().keySet()));
      t.forEach((name, tensor) -> {
        assertArrayEquals(tensor.shape(), back.tensor(name).shape());
        assertArrayEquals(bits(tensor.data()), bits(back.tensor(name).data()), format + name);
      });
    }
  }

  @Test
  void readsSafetensorsAsPyTorchWritesIt(@TempDir Path dir) throws IOException {
    // safetensors.torch.save_file({"weight": t}, f) for a 2x3 float32 tensor t.
    byte[] bytes = safetensors("{\"weight\":{\"dtype\":\"F32\",\"shape\":[2,3],"
        + "\"data_offsets\":[0,24]}}", VALUES);
    Path file = Files.write(dir.resolve("model.safetensors"), bytes);
    for (Weights w : List.of(Weights.read(file),
        Weights.read(new ByteArrayInputStream(bytes), "memory"))) {
      assertEquals(List.of("weight"), List.copyOf(w.tensors().keySet()));
      assertArrayEquals(new int[] {2, 3}, w.tensor("weight").shape());
      assertArrayEquals(bits(VALUES), bits(w.tensor("weight").data()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Weights.read(file).write(out, WeightsFormat.SAFETENSORS);
    assertArrayEquals(bytes, out.toByteArray(), "written as the reference implementation does");
    out.reset();
    new Weights(Map.of()).write(out, WeightsFormat.SAFETENSORS);
    assertArrayEquals(safetensors("{}", new float[0]), out.toByteArray(), "{} and 6 spaces");
  }

  @Test
  void readsMetadataAndTensorsInTheOrderOfTheirData() throws IOException {
    float[] bias = {7f, 8f, 9f};
    float[] data = new float[9];
    System.arraycopy(bias, 0, data, 0, 3);
    System.arraycopy(VALUES, 0, data, 3, 6);
    byte[] bytes = safetensors("{\"__metadata__\":{\"format\":\"pt\"},"
        + "\"weight\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[12,36]},"
        + "\"bias\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,12]}}", data);
    Weights w = Weights.read(new ByteArrayInputStream(bytes), "memory");
    assertEquals(List.of("bias", "weight"), List.copyOf(w.tensors().keySet()));
    assertArrayEquals(bias, w.tensor("bias").data());
    assertArrayEquals(bits(VALUES), bits(w.tensor("weight").data()));
  }

  @Test
  void writesByExtensionAndDetectsByContent(@TempDir Path dir) throws IOException {
    assertEquals(WeightsFormat.SAFETENSORS, WeightsFormat.of(Path.of("a/B.SafeTensors")));
    for (String name : List.of("weights.bin", "weights.bin.tmp", "weights")) {
      assertEquals(WeightsFormat.ALLOT, WeightsFormat.of(Path.of(name)), name);
    }
    Weights w = new Weights(Map.of("x", new Weights.Tensor(new int[] {1}, new float[] {1})));
    Path renamed = dir.resolve("actually-safetensors.bin");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(out, WeightsFormat.SAFETENSORS);
    Files.write(renamed, out.toByteArray());
    assertEquals(w, Weights.read(renamed));
  }

  @Test
  void truncatedFilesNameTheFileAndSayWhere(@TempDir Path dir) throws IOException {
    byte[] st = safetensors("{\"weight\":{\"dtype\":\"F32\",\"shape\":[2,3],"
        + "\"data_offsets\":[0,24]}}", VALUES);
    assertMessage(dir, "a.safetensors", Arrays.copyOf(st, 20), "ends inside the 64-byte JSON");
    assertMessage(dir, "b.safetensors", Arrays.copyOf(st, st.length - 1),
        "ends inside tensor 'weight'");
    assertMessage(dir, "c.safetensors", Arrays.copyOf(st, 5), "expected a safetensors header");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Weights(Map.of("x", new Weights.Tensor(new int[] {4}, new float[4]))).write(out);
    assertMessage(dir, "d.bin", Arrays.copyOf(out.toByteArray(), out.size() - 2), "truncated");
  }

  @Test
  void badHeadersAreClearErrors(@TempDir Path dir) throws IOException {
    String ok = "\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}}";
    assertMessage(dir, "json.safetensors", safetensors("{\"w\":{" + ok.replace(",", ";"),
        VALUES), "json.safetensors header:1:");
    assertMessage(dir, "f16.safetensors", safetensors("{\"w\":{" + ok.replace("F32", "F16"),
        VALUES), "has dtype F16; Allot reads F32 only");
    assertMessage(dir, "size.safetensors", safetensors("{\"w\":{" + ok.replace("24]", "20]"),
        VALUES), "needs 24");
    assertMessage(dir, "gap.safetensors", safetensors("{\"w\":{" + ok.replace("[0,24]",
        "[4,28]"), VALUES), "starts at data byte 4; expected 0");
    assertMessage(dir, "tail.safetensors", safetensors("{\"w\":{" + ok,
        Arrays.copyOf(VALUES, 7)), "data goes on after byte 24");
    assertMessage(dir, "key.safetensors", safetensors("{\"w\":{\"offsets\":[0,24]," + ok,
        VALUES), "unknown key \"offsets\"");
    byte[] huge = safetensors("{}", new float[0]);
    huge[5] = 1;
    assertMessage(dir, "huge.safetensors", huge, "header length 1099511627784 is out of range");
    assertMessage(dir, "text.bin", "hello, world".getBytes(StandardCharsets.UTF_8),
        "not a weights file; expected Allot's magic ALLOTW1 or a safetensors header");
  }

  @Test
  void aNanIsRefusedInEitherFormatAndAReservedNameOnWriting() throws IOException {
    Weights nan = new Weights(Map.of("a", new Weights.Tensor(new int[] {2},
        new float[] {1, Float.NaN})));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    nan.write(out, WeightsFormat.SAFETENSORS);
    IOException e = assertThrows(IOException.class,
        () -> Weights.read(new ByteArrayInputStream(out.toByteArray()), "run/w.safetensors"));
    assertTrue(e.getMessage().startsWith("run/w.safetensors: tensor 'a' [1] = NaN"),
        e.getMessage());
    Weights reserved = new Weights(Map.of("__metadata__",
        new Weights.Tensor(new int[] {1}, new float[1])));
    assertThrows(IllegalArgumentException.class,
        () -> reserved.write(new ByteArrayOutputStream(), WeightsFormat.SAFETENSORS));
  }

  /** A safetensors file from its header JSON (padded with spaces to 8 bytes) and its data. */
  static byte[] safetensors(String header, float[] data) {
    byte[] json = header.getBytes(StandardCharsets.UTF_8);
    int padded = (json.length + 7) / 8 * 8;
    ByteBuffer b = ByteBuffer.allocate(8 + padded + 4 * data.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(padded).put(json);
    for (int i = json.length; i < padded; i++) {
      b.put((byte) ' ');
    }
    for (float f : data) {
      b.putFloat(f);
    }
    return b.array();
  }

  private static void assertMessage(Path dir, String name, byte[] bytes, String part)
      throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    IOException e = assertThrows(IOException.class, () -> Weights.read(file));
    assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(part),
        name + ": " + e.getMessage());
  }

  private static int[] bits(float[] v) {
    int[] b = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      b[i] = Float.floatToRawIntBits(v[i]);
    }
    return b;
  }
}
