package org.allot.agent.nn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;

/**
 * Layer normalisation in plain Java (Ba, Kiros, Hinton 2016; PyTorch's {@code nn.LayerNorm(d)}):
 * each row of {@code d} values becomes {@code (x - mean) / sqrt(var + 1e-5) * g + b}, with the
 * biased variance. Its parameters are the tensors {@code <prefix>.g} (gain, {@code [d]}) and
 * {@code <prefix>.b} (bias, {@code [d]}). The arithmetic is in float in a fixed order (sums from
 * the first value; the reciprocal square root in double): the dispatch agent's shipped
 * schedules depend on it bit for bit. Allocates nothing; immutable and thread-safe. The DJL twin
 * is {@code org.allot.agent.train.nn.DjlLayerNorm}.
 */
public final class LayerNorm {
  /** The constant added to the variance (PyTorch's default). */
  public static final float EPSILON = 1e-5f;

  private final String prefix;
  private final int d;
  private final float[] g;
  private final float[] b;

  /**
   * The layer over {@code weights}' tensors {@code <prefix>.g} and {@code <prefix>.b}.
   *
   * @throws IllegalArgumentException when {@code d} is not positive, or a tensor is missing or
   *     has the wrong shape
   */
  public LayerNorm(Weights weights, String prefix, int d) {
    this.prefix = prefix;
    this.d = Initialisation.positive("the width", d);
    this.g = weights.data(prefix + ".g", d);
    this.b = weights.data(prefix + ".b", d);
  }

  /**
   * Fresh parameters as PyTorch's: gains 1, biases 0 ({@code random} is not drawn from; it is
   * there so that every layer's {@code initial} reads alike).
   */
  public static Map<String, Weights.Tensor> initial(String prefix, int d,
      RandomGenerator random) {
    Initialisation.positive("the width", d);
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    t.put(prefix + ".g", Initialisation.constant(1f, d));
    t.put(prefix + ".b", Initialisation.constant(0f, d));
    return t;
  }

  /** The width of a row. */
  public int width() {
    return d;
  }

  /** The tensor-name prefix. */
  public String prefix() {
    return prefix;
  }

  /**
   * Writes the normalised {@code rows} row-major rows of {@code x} into {@code y}, which may be
   * {@code x} itself.
   */
  public void forward(float[] x, int rows, float[] y) {
    for (int r = 0; r < rows; r++) {
      int o = r * d;
      float mean = 0;
      for (int i = 0; i < d; i++) {
        mean += x[o + i];
      }
      mean /= d;
      float var = 0;
      for (int i = 0; i < d; i++) {
        float c = x[o + i] - mean;
        var += c * c;
      }
      float inv = (float) (1 / Math.sqrt(var / d + EPSILON));
      for (int i = 0; i < d; i++) {
        y[o + i] = (x[o + i] - mean) * inv * g[i] + b[i];
      }
    }
  }
}
