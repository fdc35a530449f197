package org.allot.agent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A network's weights as named float tensors, in a small binary format of our own (independent of
 * PyTorch's pickles and DJL's parameter files): the ASCII magic {@code ALLOTW1}, a format byte,
 * the tensor count, then per tensor its UTF name, rank, dimensions and row-major floats, all
 * big-endian ({@link DataOutputStream}). A 2.4 k-parameter network takes about 10 KB. Immutable.
 *
 * @param tensors the tensors by name, in the network's order
 */
public record Weights(Map<String, Tensor> tensors) {
  private static final String MAGIC = "ALLOTW1";

  public Weights {
    tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
  }

  /**
   * One named tensor.
   *
   * @param shape the dimensions, each positive
   * @param data the row-major values; its length is the product of the dimensions
   */
  public record Tensor(int[] shape, float[] data) {
    public Tensor {
      shape = shape.clone();
      data = data.clone();
      long size = 1;
      for (int d : shape) {
        if (d <= 0) {
          throw new IllegalArgumentException("dimension " + d + " in " + Arrays.toString(shape)
              + " must be positive");
        }
        size *= d;
      }
      if (size != data.length) {
        throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size
            + " values, got " + data.length);
      }
    }

    @Override
    public int[] shape() {
      return shape.clone();
    }

    @Override
    public float[] data() {
      return data.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Tensor" + Arrays.toString(shape);
    }
  }

  /** The tensor called {@code name}. @throws IllegalArgumentException when there is none */
  public Tensor tensor(String name) {
    Tensor t = tensors.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no tensor '" + name + "'; have " + tensors.keySet());
    }
    return t;
  }

  /**
   * Where the first NaN or infinite value is, as "tensor 'name' [index] = value", or null when
   * every value is finite.
   */
  public String firstNonFinite() {
    for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
      float[] d = e.getValue().data;
      for (int i = 0; i < d.length; i++) {
        if (!Float.isFinite(d[i])) {
          return "tensor '" + e.getKey() + "' [" + i + "] = " + d[i];
        }
      }
    }
    return null;
  }

  /** The Euclidean norm of all values together. */
  public double norm() {
    double sum = 0;
    for (Tensor t : tensors.values()) {
      for (float v : t.data) {
        sum += (double) v * v;
      }
    }
    return Math.sqrt(sum);
  }

  /** The total number of floats. */
  public int parameterCount() {
    return tensors.values().stream().mapToInt(t -> t.data.length).sum();
  }

  /** Writes the weights to {@code out} (not closed). */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    data.writeBytes(MAGIC);
    data.writeByte(1);
    data.writeInt(tensors.size());
    for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
      data.writeUTF(e.getKey());
      int[] shape = e.getValue().shape;
      data.writeInt(shape.length);
      for (int d : shape) {
        data.writeInt(d);
      }
      for (float f : e.getValue().data) {
        data.writeFloat(f);
      }
    }
    data.flush();
  }

  /** Writes the weights to a file, replacing it. */
  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  /**
   * Reads weights written by {@link #write}.
   *
   * @param source names the source in error messages
   * @throws IOException when the stream is not in this format, ends early, or holds a NaN or
   *     infinite value (the mark of a diverged training run; no policy can act on it)
   */
  public static Weights read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, source + ": no such resource");
    DataInputStream data = new DataInputStream(new BufferedInputStream(in));
    byte[] magic = new byte[MAGIC.length()];
    data.readFully(magic);
    int version = data.readUnsignedByte();
    if (!MAGIC.equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII)) || version != 1) {
      throw new IOException(source + ": not an Allot weights file (expected magic " + MAGIC
          + " and format 1)");
    }
    int count = data.readInt();
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    for (int t = 0; t < count; t++) {
      String name = data.readUTF();
      int[] shape = new int[data.readInt()];
      int size = 1;
      for (int d = 0; d < shape.length; d++) {
        shape[d] = data.readInt();
        size *= shape[d];
      }
      if (size <= 0 || size > 1 << 26) {
        throw new IOException(source + ": tensor '" + name + "' has a bad shape "
            + Arrays.toString(shape));
      }
      float[] values = new float[size];
      for (int i = 0; i < size; i++) {
        values[i] = data.readFloat();
      }
      tensors.put(name, new Tensor(shape, values));
    }
    Weights weights = new Weights(tensors);
    String bad = weights.firstNonFinite();
    if (bad != null) {
      throw new IOException(source + ": " + bad + "; the weights are not finite (written by a"
          + " training run that diverged)");
    }
    return weights;
  }

  /** Reads a weights file. */
  public static Weights read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }
}
