package org.allot.agent.nn;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;

/**
 * A multi-layer perceptron in plain Java: {@link Dense} layers {@code y = act(x W + b)} with the
 * given widths, the hidden layers under one activation and the output layer linear. Layer {@code
 * i}'s parameters are the tensors {@code <prefix>.<i>.w} ({@code [in, out]}, row-major) and {@code
 * <prefix>.<i>.b} ({@code [out]}), so that several networks can share one {@link Weights}. The
 * forward pass allocates nothing ({@link Scratch}); {@link #backward} accumulates the gradient of
 * a scalar loss for training in plain Java, which for networks of a few thousand parameters is
 * far cheaper than a DJL call (see docs/agents.md). Immutable and thread-safe; each thread needs
 * its own {@link Scratch}.
 */
public final class Mlp {
  private final String prefix;
  private final int[] widths;
  private final Activation hidden;
  private final Dense[] layers;
  private final int maxWidth;

  /**
   * The network over {@code weights}' tensors {@code <prefix>.<i>.w|b}.
   *
   * @param widths input width, hidden widths, output width (at least two entries)
   * @throws IllegalArgumentException when a tensor is missing or has the wrong shape
   */
  public Mlp(Weights weights, String prefix, int[] widths, Activation hidden) {
    this.prefix = prefix;
    this.widths = checkWidths(widths);
    this.hidden = hidden;
    this.maxWidth = Arrays.stream(widths).max().orElseThrow();
    this.layers = new Dense[widths.length - 1];
    for (int i = 0; i < layers.length; i++) {
      layers[i] = new Dense(weights, prefix + "." + i, widths[i], widths[i + 1],
          i + 1 < layers.length ? hidden : Activation.IDENTITY);
    }
  }

  /**
   * Fresh parameters for an MLP of these widths: PyTorch's {@code nn.Linear} initialisation
   * (weights and biases uniform in {@code ±1/sqrt(in)}), drawn from {@code random}.
   */
  public static Map<String, Weights.Tensor> initial(String prefix, int[] widths,
      RandomGenerator random) {
    checkWidths(widths);
    Map<String, Weights.Tensor> tensors = new LinkedHashMap<>();
    for (int i = 0; i + 1 < widths.length; i++) {
      tensors.putAll(Dense.initial(prefix + "." + i, widths[i], widths[i + 1], random));
    }
    return tensors;
  }

  /** The tensor name of layer {@code layer}'s weight ("w") or bias ("b"). */
  public static String name(String prefix, int layer, String part) {
    return prefix + "." + layer + "." + part;
  }

  /** The input width. */
  public int inputs() {
    return widths[0];
  }

  /** The output width. */
  public int outputs() {
    return widths[widths.length - 1];
  }

  /** The widths, input first. */
  public int[] widths() {
    return widths.clone();
  }

  /** The hidden layers' activation. */
  public Activation activation() {
    return hidden;
  }

  /** The tensor-name prefix. */
  public String prefix() {
    return prefix;
  }

  /** Every layer's output of one forward pass, reused across calls. Not thread-safe. */
  public static final class Scratch {
    final float[][] activations;

    /** Scratch space for {@code mlp}. */
    public Scratch(Mlp mlp) {
      activations = new float[mlp.widths.length][];
      for (int i = 0; i < mlp.widths.length; i++) {
        activations[i] = new float[mlp.widths[i]];
      }
    }

    /** The output of the last forward pass (read only; overwritten by the next). */
    public float[] output() {
      return activations[activations.length - 1];
    }
  }

  /**
   * The forward pass of {@code input} (length {@link #inputs()}); returns {@code scratch}'s
   * output array, which holds the linear output layer's values.
   */
  public float[] forward(float[] input, Scratch scratch) {
    float[][] a = scratch.activations;
    System.arraycopy(input, 0, a[0], 0, widths[0]);
    for (int l = 0; l < layers.length; l++) {
      layers[l].forward(a[l], a[l + 1]);
    }
    return a[layers.length];
  }

  /**
   * Adds to {@code gradients} (by tensor name, created as needed) the gradient of a loss whose
   * derivative with respect to this network's output is {@code outputGradient}, at the forward
   * pass last run with {@code scratch}. {@code work} is a scratch array of at least the largest
   * width, twice.
   */
  public void backward(Scratch scratch, float[] outputGradient, Map<String, float[]> gradients,
      float[] work) {
    float[][] a = scratch.activations;
    int layers = this.layers.length;
    int max = maxWidth;
    float[] delta = work;
    int offset = 0;
    System.arraycopy(outputGradient, 0, delta, 0, widths[layers]);
    for (int l = layers - 1; l >= 0; l--) {
      int in = widths[l];
      int out = widths[l + 1];
      float[] gw = gradients.computeIfAbsent(name(prefix, l, "w"), k -> new float[in * out]);
      float[] gb = gradients.computeIfAbsent(name(prefix, l, "b"), k -> new float[out]);
      float[] x = a[l];
      for (int o = 0; o < out; o++) {
        gb[o] += delta[offset + o];
      }
      for (int i = 0; i < in; i++) {
        float xi = x[i];
        if (xi == 0f) {
          continue;
        }
        int row = i * out;
        for (int o = 0; o < out; o++) {
          gw[row + o] += xi * delta[offset + o];
        }
      }
      if (l == 0) {
        break;
      }
      int next = offset == 0 ? max : 0;
      float[] wl = this.layers[l].w;
      for (int i = 0; i < in; i++) {
        float sum = 0;
        int row = i * out;
        for (int o = 0; o < out; o++) {
          sum += wl[row + o] * delta[offset + o];
        }
        delta[next + i] = sum * hidden.slopeAt(x[i]);
      }
      offset = next;
    }
  }

  /** The length {@link #backward}'s work array needs. */
  public int workSize() {
    return 2 * maxWidth;
  }

  private static int[] checkWidths(int[] widths) {
    if (widths.length < 2 || Arrays.stream(widths).anyMatch(x -> x <= 0)) {
      throw new IllegalArgumentException("an MLP needs at least an input and an output width,"
          + " all positive; got " + Arrays.toString(widths));
    }
    return widths.clone();
  }
}
