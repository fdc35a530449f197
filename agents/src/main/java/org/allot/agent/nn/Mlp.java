package org.allot.agent.nn;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;

/**
 * A multi-layer perceptron in plain Java: dense layers {@code y = act(x W + b)} with the given
 * widths, the hidden layers under one activation and the output layer linear. Layer {@code i}'s
 * parameters are the tensors {@code <prefix>.<i>.w} ({@code [in, out]}, row-major) and {@code
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
  private final float[][] w;
  private final float[][] b;

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
    int layers = widths.length - 1;
    this.w = new float[layers][];
    this.b = new float[layers][];
    for (int i = 0; i < layers; i++) {
      w[i] = tensor(weights, name(prefix, i, "w"), new int[] {widths[i], widths[i + 1]});
      b[i] = tensor(weights, name(prefix, i, "b"), new int[] {widths[i + 1]});
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
      double bound = 1 / Math.sqrt(widths[i]);
      float[] wi = new float[widths[i] * widths[i + 1]];
      float[] bi = new float[widths[i + 1]];
      for (int k = 0; k < wi.length; k++) {
        wi[k] = (float) ((random.nextDouble() * 2 - 1) * bound);
      }
      for (int k = 0; k < bi.length; k++) {
        bi[k] = (float) ((random.nextDouble() * 2 - 1) * bound);
      }
      tensors.put(name(prefix, i, "w"), new Weights.Tensor(new int[] {widths[i], widths[i + 1]}, wi));
      tensors.put(name(prefix, i, "b"), new Weights.Tensor(new int[] {widths[i + 1]}, bi));
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
    int layers = widths.length - 1;
    for (int l = 0; l < layers; l++) {
      int in = widths[l];
      int out = widths[l + 1];
      float[] x = a[l];
      float[] y = a[l + 1];
      System.arraycopy(b[l], 0, y, 0, out);
      float[] wl = w[l];
      for (int i = 0; i < in; i++) {
        float xi = x[i];
        if (xi == 0f) {
          continue;
        }
        int row = i * out;
        for (int o = 0; o < out; o++) {
          y[o] += xi * wl[row + o];
        }
      }
      if (l + 1 < layers && hidden != Activation.IDENTITY) {
        for (int o = 0; o < out; o++) {
          y[o] = hidden.apply(y[o]);
        }
      }
    }
    return a[layers];
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
    int layers = widths.length - 1;
    int max = Arrays.stream(widths).max().orElseThrow();
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
      float[] wl = w[l];
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
    return 2 * Arrays.stream(widths).max().orElseThrow();
  }

  private static int[] checkWidths(int[] widths) {
    if (widths.length < 2 || Arrays.stream(widths).anyMatch(x -> x <= 0)) {
      throw new IllegalArgumentException("an MLP needs at least an input and an output width,"
          + " all positive; got " + Arrays.toString(widths));
    }
    return widths.clone();
  }

  private static float[] tensor(Weights weights, String name, int[] shape) {
    Weights.Tensor t = weights.tensor(name);
    if (!Arrays.equals(t.shape(), shape)) {
      throw new IllegalArgumentException("tensor '" + name + "' has shape "
          + Arrays.toString(t.shape()) + ", expected " + Arrays.toString(shape));
    }
    return t.data();
  }
}
