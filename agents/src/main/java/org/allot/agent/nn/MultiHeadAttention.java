package org.allot.agent.nn;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;

/**
 * Multi-head scaled dot-product self-attention in plain Java (Vaswani et al. 2017; PyTorch's
 * {@code nn.MultiheadAttention(d, heads)} on {@code query = key = value}) over a set of rows
 * (row-major {@code [rows, d]}). Queries, keys and values are {@link Dense} projections of the
 * rows; head {@code h} uses their columns {@code [h d/heads, (h + 1) d/heads)}, weighs the values
 * by the softmax of {@code q . k / sqrt(d/heads)} over the keys its row may see, and the heads'
 * results, side by side, go through the output projection.
 *
 * <p>What a row may see: every row, unless a key mask hides some keys (false: that row is no
 * key, as padding) or groups restrict each row to the rows of its own group. A row that sees no
 * key gets a zero attention vector (so its output is the output bias). Its parameters are the
 * tensors {@code <prefix>.q.w}, {@code .k.w}, {@code .v.w}, {@code .o.w} ({@code [d, d]}) and
 * {@code <prefix>.q.b}, {@code .k.b}, {@code .v.b}, {@code .o.b} ({@code [d]}). The arithmetic is
 * in float in a fixed order (the dispatch agent's schedules depend on it bit for bit). Immutable
 * and thread-safe; each thread needs its own {@link Scratch}, and then a forward pass allocates
 * nothing. The DJL twin is {@code org.allot.agent.train.nn.DjlMultiHeadAttention}.
 */
public final class MultiHeadAttention {
  private final String prefix;
  private final int d;
  private final int heads;
  private final Dense q;
  private final Dense k;
  private final Dense v;
  private final Dense o;

  /**
   * The layer over {@code weights}' tensors {@code <prefix>.q|k|v|o.w|b}.
   *
   * @throws IllegalArgumentException when {@code d} or {@code heads} is not positive, {@code
   *     heads} does not divide {@code d}, or a tensor is missing or has the wrong shape
   */
  public MultiHeadAttention(Weights weights, String prefix, int d, int heads) {
    check(d, heads);
    this.prefix = prefix;
    this.d = d;
    this.heads = heads;
    this.q = new Dense(weights, prefix + ".q", d, d, Activation.IDENTITY);
    this.k = new Dense(weights, prefix + ".k", d, d, Activation.IDENTITY);
    this.v = new Dense(weights, prefix + ".v", d, d, Activation.IDENTITY);
    this.o = new Dense(weights, prefix + ".o", d, d, Activation.IDENTITY);
  }

  /**
   * Fresh parameters as PyTorch's {@code nn.MultiheadAttention} draws them: the query, key and
   * value weights Xavier-uniform over their packed {@code [3d, d]} in-projection (bound {@code
   * sqrt(6 / 4d)}), the output weights as {@code nn.Linear}'s (bound {@code 1/sqrt(d)}), every
   * bias 0.
   */
  public static Map<String, Weights.Tensor> initial(String prefix, int d, int heads,
      RandomGenerator random) {
    check(d, heads);
    double xavier = Math.sqrt(6.0 / (d + 3 * d));
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    for (String m : new String[] {"q", "k", "v", "o"}) {
      double bound = m.equals("o") ? 1 / Math.sqrt(d) : xavier;
      t.put(prefix + "." + m + ".w", Initialisation.uniform(bound, random, d, d));
      t.put(prefix + "." + m + ".b", Initialisation.constant(0f, d));
    }
    return t;
  }

  private static void check(int d, int heads) {
    Initialisation.positive("the width", d);
    Initialisation.positive("the number of heads", heads);
    if (d % heads != 0) {
      throw new IllegalArgumentException(heads + " heads do not divide the width " + d
          + "; choose a divisor of " + d);
    }
  }

  /** The width of a row. */
  public int width() {
    return d;
  }

  /** The number of heads. */
  public int heads() {
    return heads;
  }

  /** The tensor-name prefix. */
  public String prefix() {
    return prefix;
  }

  /** The projections and attention weights of one forward pass, reused. Not thread-safe. */
  public static final class Scratch {
    final int d;
    final float[] q;
    final float[] k;
    final float[] v;
    final float[] a;
    final float[] weights;

    /** Room for up to {@code rows} rows of {@code attention} (or of a layer of its width). */
    public Scratch(MultiHeadAttention attention, int rows) {
      d = attention.d;
      int size = Initialisation.positive("the number of rows", rows) * d;
      q = new float[size];
      k = new float[size];
      v = new float[size];
      a = new float[size];
      weights = new float[rows];
    }

    /** How many rows it has room for. */
    public int rows() {
      return weights.length;
    }
  }

  /**
   * Writes the attention output of {@code rows} row-major rows {@code x} into {@code out} (which
   * may be {@code x}).
   *
   * @param keys per row whether it is a key (null: all are)
   * @param groups per row its group; a row sees only the rows of its group (null: one group)
   * @throws IllegalArgumentException when {@code scratch} has room for fewer rows, or is for
   *     another width
   */
  public void forward(float[] x, int rows, boolean[] keys, int[] groups, Scratch scratch,
      float[] out) {
    if (rows > scratch.rows() || scratch.d != d) {
      throw new IllegalArgumentException(rows + " rows of width " + d + " do not fit a scratch"
          + " for " + scratch.rows() + " of width " + scratch.d + "; make a Scratch for this"
          + " layer and at least " + rows + " rows");
    }
    q.forward(x, rows, scratch.q);
    k.forward(x, rows, scratch.k);
    v.forward(x, rows, scratch.v);
    Arrays.fill(scratch.a, 0, rows * d, 0f);
    int width = d / heads;
    float scale = (float) (1 / Math.sqrt(width));
    for (int i = 0; i < rows; i++) {
      for (int h = 0; h < heads; h++) {
        attend(i, h * width, width, scale, rows, keys, groups, scratch);
      }
    }
    o.forward(scratch.a, rows, out);
  }

  /** Row {@code i}'s attention in the head whose columns start at {@code c}. */
  private void attend(int i, int c, int width, float scale, int rows, boolean[] keys,
      int[] groups, Scratch s) {
    float[] att = s.weights;
    float max = Float.NEGATIVE_INFINITY;
    for (int j = 0; j < rows; j++) {
      if (sees(i, j, keys, groups)) {
        float dot = 0;
        for (int e = 0; e < width; e++) {
          dot += s.q[i * d + c + e] * s.k[j * d + c + e];
        }
        att[j] = dot * scale;
        max = Math.max(max, att[j]);
      }
    }
    float sum = 0;
    for (int j = 0; j < rows; j++) {
      if (sees(i, j, keys, groups)) {
        att[j] = (float) Math.exp(att[j] - max);
        sum += att[j];
      }
    }
    for (int j = 0; j < rows; j++) {
      if (sees(i, j, keys, groups)) {
        float weight = att[j] / sum;
        for (int e = 0; e < width; e++) {
          s.a[i * d + c + e] += weight * s.v[j * d + c + e];
        }
      }
    }
  }

  private static boolean sees(int i, int j, boolean[] keys, int[] groups) {
    return (keys == null || keys[j]) && (groups == null || groups[i] == groups[j]);
  }
}
