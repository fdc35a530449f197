package org.allot.agent.nn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;

/**
 * A dense (fully connected) layer in plain Java, {@code y = act(x W + b)}, on one input vector or
 * on a batch of rows (row-major {@code [rows, in]} to {@code [rows, out]}). Its parameters are
 * the tensors {@code <prefix>.w} ({@code [in, out]}, row-major) and {@code <prefix>.b} ({@code
 * [out]}) of a {@link Weights}, so that several layers share one weights file. Each output sums
 * from its bias over the inputs in order; an input of exactly zero is skipped (sparse inputs
 * such as one-hot codes cost nothing), which can change only the sign of a zero sum. Allocates
 * nothing; immutable and thread-safe. The DJL twin is {@code org.allot.agent.train.nn.DjlDense}.
 */
public final class Dense {
  private final String prefix;
  private final int in;
  private final int out;
  private final Activation activation;
  final float[] w;
  final float[] b;

  /**
   * The layer over {@code weights}' tensors {@code <prefix>.w} and {@code <prefix>.b}.
   *
   * @throws IllegalArgumentException when a width is not positive, or a tensor is missing or
   *     has the wrong shape
   */
  public Dense(Weights weights, String prefix, int in, int out, Activation activation) {
    this.prefix = prefix;
    this.in = Initialisation.positive("the input width", in);
    this.out = Initialisation.positive("the output width", out);
    this.activation = activation;
    this.w = weights.data(prefix + ".w", in, out);
    this.b = weights.data(prefix + ".b", out);
  }

  /**
   * Fresh parameters as PyTorch's {@code nn.Linear} draws them: weights, then biases, uniform in
   * {@code ±1/sqrt(in)}.
   */
  public static Map<String, Weights.Tensor> initial(String prefix, int in, int out,
      RandomGenerator random) {
    double bound = 1 / Math.sqrt(Initialisation.positive("the input width", in));
    Initialisation.positive("the output width", out);
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    t.put(prefix + ".w", Initialisation.uniform(bound, random, in, out));
    t.put(prefix + ".b", Initialisation.uniform(bound, random, out));
    return t;
  }

  /** The input width. */
  public int inputs() {
    return in;
  }

  /** The output width. */
  public int outputs() {
    return out;
  }

  /** The activation applied to the outputs. */
  public Activation activation() {
    return activation;
  }

  /** The tensor-name prefix. */
  public String prefix() {
    return prefix;
  }

  /** Writes the layer's output for the vector {@code x} (length {@link #inputs}) into {@code y}. */
  public void forward(float[] x, float[] y) {
    row(x, 0, y, 0);
  }

  /**
   * Writes the outputs of {@code rows} row-major input rows {@code x} into {@code y} (row-major,
   * {@code rows * outputs()} floats). {@code y} must not be {@code x}.
   */
  public void forward(float[] x, int rows, float[] y) {
    for (int r = 0; r < rows; r++) {
      row(x, r * in, y, r * out);
    }
  }

  private void row(float[] x, int xo, float[] y, int yo) {
    System.arraycopy(b, 0, y, yo, out);
    for (int i = 0; i < in; i++) {
      float xi = x[xo + i];
      if (xi == 0f) {
        continue;
      }
      int wo = i * out;
      for (int c = 0; c < out; c++) {
        y[yo + c] += xi * w[wo + c];
      }
    }
    if (activation != Activation.IDENTITY) {
      for (int c = 0; c < out; c++) {
        y[yo + c] = activation.apply(y[yo + c]);
      }
    }
  }
}
