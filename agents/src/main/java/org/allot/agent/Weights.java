package org.allot.agent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
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
 * A network's weights as named float tensors, in one of two files ({@link WeightsFormat}): a
 * small binary format of our own ({@code .bin}, independent of PyTorch's pickles and DJL's
 * parameter files; a 2.4 k-parameter network takes about 10 KB), or safetensors ({@code
 * .safetensors}), which PyTorch users load and produce with the {@code safetensors} package.
 * Immutable.
 *
 * @param tensors the tensors by name, in the network's order
 */
public record Weights(Map<String, Tensor> tensors) {
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

    /** The number of values. */
    public int size() {
      return data.length;
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
   * A copy of the values of the tensor called {@code name}, which must have this shape.
   *
   * @throws IllegalArgumentException when there is no such tensor or its shape differs
   */
  public float[] data(String name, int... shape) {
    Tensor t = tensor(name);
    if (!Arrays.equals(t.shape, shape)) {
      throw new IllegalArgumentException("tensor '" + name + "' has shape "
          + Arrays.toString(t.shape) + ", expected " + Arrays.toString(shape));
    }
    return t.data();
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

  /** Writes the weights to {@code out} (not closed) in {@link WeightsFormat#ALLOT}. */
  public void write(OutputStream out) throws IOException {
    write(out, WeightsFormat.ALLOT);
  }

  /**
   * Writes the weights to {@code out} (not closed) in {@code format}.
   *
   * @throws IllegalArgumentException when a tensor name cannot be written in that format
   */
  public void write(OutputStream out, WeightsFormat format) throws IOException {
    BufferedOutputStream buffered = new BufferedOutputStream(out);
    switch (format) {
      case ALLOT -> AllotWeightsCodec.write(this, buffered);
      case SAFETENSORS -> SafetensorsCodec.write(this, buffered);
    }
    buffered.flush();
  }

  /**
   * Writes the weights to a file, replacing it, in the format its extension names ({@link
   * WeightsFormat#of}: safetensors for {@code .safetensors}, else Allot's format).
   */
  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, WeightsFormat.of(file));
    }
  }

  /**
   * Reads weights in either {@link WeightsFormat}, recognised by the first bytes.
   *
   * @param source names the source in error messages
   * @throws IOException naming the source when the stream is in neither format, ends early, is
   *     malformed (the message says what was expected), or holds a NaN or infinite value (the
   *     mark of a diverged training run; no policy can act on it)
   */
  public static Weights read(InputStream in, String source) throws IOException {
    return read(in, source, null);
  }

  /**
   * Reads a weights file in either {@link WeightsFormat}, recognised by its first bytes; the
   * extension only shapes the message when they match neither.
   *
   * @throws IOException as {@link #read(InputStream, String)}, naming the file
   */
  public static Weights read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), WeightsFormat.of(file));
    }
  }

  private static Weights read(InputStream in, String source, WeightsFormat expected)
      throws IOException {
    Objects.requireNonNull(in, source + ": no such resource");
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(WeightsFormat.SIGNATURE_BYTES);
    byte[] head = buffered.readNBytes(WeightsFormat.SIGNATURE_BYTES);
    buffered.reset();
    WeightsFormat format = WeightsFormat.detect(head, head.length);
    if (format == null) {
      String allot = expected == WeightsFormat.SAFETENSORS ? ""
          : "Allot's magic " + WeightsFormat.MAGIC + " or ";
      throw new IOException(source + ": not a weights file; expected " + allot
          + "a safetensors header (an 8-byte little-endian length, then '{')");
    }
    Weights weights;
    try {
      weights = format == WeightsFormat.ALLOT ? AllotWeightsCodec.read(buffered, source)
          : SafetensorsCodec.read(buffered, source);
    } catch (EOFException e) {
      throw e.getMessage() != null && e.getMessage().startsWith(source) ? e
          : new EOFException(source + ": the file ends early; it is truncated");
    }
    String bad = weights.firstNonFinite();
    if (bad != null) {
      throw new IOException(source + ": " + bad + "; the weights are not finite (written by a"
          + " training run that diverged)");
    }
    return weights;
  }
}
