package org.allot.agent.nn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;

/**
 * A transformer encoder layer in plain Java (PyTorch's {@code nn.TransformerEncoderLayer} with
 * ReLU and no dropout) on a set of rows, row-major {@code [rows, d]}, updated in place:
 * self-attention ({@link MultiHeadAttention}) and a feed-forward network ({@code d -> hidden ->
 * d}, ReLU), each added to its input, with {@link LayerNorm}s placed by {@link Norm}.
 *
 * <p>Its parameters, under {@code <prefix>}: {@code .ln1.g}, {@code .ln1.b} ({@code [d]}); the
 * attention's {@code .q.w}, {@code .q.b}, {@code .k.w}, {@code .k.b}, {@code .v.w}, {@code .v.b},
 * {@code .o.w}, {@code .o.b} ({@code [d, d]} and {@code [d]}); {@code .ln2.g}, {@code .ln2.b};
 * {@code .ff1.w} ({@code [d, hidden]}), {@code .ff1.b} ({@code [hidden]}), {@code .ff2.w}
 * ({@code [hidden, d]}), {@code .ff2.b} ({@code [d]}), in this order (the dispatch agent's
 * encoder layers, whose shipped schedules depend on this arithmetic bit for bit). Immutable and
 * thread-safe; each thread needs its own {@link Scratch}, and then a forward pass allocates
 * nothing. The DJL twin is {@code org.allot.agent.train.nn.DjlTransformerEncoderBlock}.
 */
public final class TransformerEncoderBlock {
  /** Where the layer norms sit. */
  public enum Norm {
    /** {@code x += attention(ln1(x)); x += ff(ln2(x))}: the stabler choice for training. */
    PRE,
    /**
     * {@code x = ln1(x + attention(x)); x = ln2(x + ff(x))}: the original transformer's, and
     * PyTorch's default ({@code norm_first=False}).
     */
    POST
  }

  private final String prefix;
  private final int d;
  private final int hidden;
  private final Norm norm;
  private final LayerNorm ln1;
  private final MultiHeadAttention attention;
  private final LayerNorm ln2;
  private final Dense ff1;
  private final Dense ff2;

  /**
   * The layer over {@code weights}' tensors under {@code prefix}.
   *
   * @param d the width of a row
   * @param heads the attention heads (a divisor of {@code d})
   * @param hidden the feed-forward width
   * @throws IllegalArgumentException when a size is not positive, {@code heads} does not divide
   *     {@code d}, or a tensor is missing or has the wrong shape
   */
  public TransformerEncoderBlock(Weights weights, String prefix, int d, int heads, int hidden,
      Norm norm) {
    this.prefix = prefix;
    this.d = d;
    this.hidden = Initialisation.positive("the feed-forward width", hidden);
    this.norm = norm;
    this.ln1 = new LayerNorm(weights, prefix + ".ln1", d);
    this.attention = new MultiHeadAttention(weights, prefix, d, heads);
    this.ln2 = new LayerNorm(weights, prefix + ".ln2", d);
    this.ff1 = new Dense(weights, prefix + ".ff1", d, hidden, Activation.RELU);
    this.ff2 = new Dense(weights, prefix + ".ff2", hidden, d, Activation.IDENTITY);
  }

  /**
   * Fresh parameters as PyTorch draws them ({@link LayerNorm#initial}, {@link
   * MultiHeadAttention#initial}, {@link Dense#initial}), in the documented order.
   */
  public static Map<String, Weights.Tensor> initial(String prefix, int d, int heads, int hidden,
      RandomGenerator random) {
    Initialisation.positive("the feed-forward width", hidden);
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    t.putAll(LayerNorm.initial(prefix + ".ln1", d, random));
    t.putAll(MultiHeadAttention.initial(prefix, d, heads, random));
    t.putAll(LayerNorm.initial(prefix + ".ln2", d, random));
    t.putAll(Dense.initial(prefix + ".ff1", d, hidden, random));
    t.putAll(Dense.initial(prefix + ".ff2", hidden, d, random));
    return t;
  }

  /** The width of a row. */
  public int width() {
    return d;
  }

  /** The number of attention heads. */
  public int heads() {
    return attention.heads();
  }

  /** The feed-forward width. */
  public int hidden() {
    return hidden;
  }

  /** Where the layer norms sit. */
  public Norm norm() {
    return norm;
  }

  /** The tensor-name prefix. */
  public String prefix() {
    return prefix;
  }

  /** The intermediate rows of one forward pass, reused. Not thread-safe. */
  public static final class Scratch {
    final int hidden;
    final float[] y;
    final float[] f;
    final MultiHeadAttention.Scratch attention;

    /** Room for up to {@code rows} rows of {@code block} (or of a block of its sizes). */
    public Scratch(TransformerEncoderBlock block, int rows) {
      hidden = block.hidden;
      attention = new MultiHeadAttention.Scratch(block.attention, rows);
      y = new float[rows * block.d];
      f = new float[rows * block.hidden];
    }

    /** How many rows it has room for. */
    public int rows() {
      return attention.rows();
    }
  }

  /**
   * Runs the layer on {@code rows} row-major rows of {@code x}, in place.
   *
   * @param keys per row whether attention may look at it (null: all; see {@link
   *     MultiHeadAttention#forward})
   * @param groups per row its group, to which attention is restricted (null: one group)
   * @throws IllegalArgumentException when {@code s} has room for fewer rows, or is for a block
   *     of other sizes
   */
  public void forward(float[] x, int rows, boolean[] keys, int[] groups, Scratch s) {
    if (rows > s.rows() || s.attention.d != d || s.hidden != hidden) {
      throw new IllegalArgumentException(rows + " rows do not fit a scratch for " + s.rows()
          + " rows of another block's sizes; make a Scratch for this block and at least " + rows
          + " rows");
    }
    if (norm == Norm.PRE) {
      ln1.forward(x, rows, s.y);
      attention.forward(s.y, rows, keys, groups, s.attention, s.y);
      add(s.y, x, rows * d);
      ln2.forward(x, rows, s.y);
      ff1.forward(s.y, rows, s.f);
      ff2.forward(s.f, rows, s.y);
      add(s.y, x, rows * d);
    } else {
      attention.forward(x, rows, keys, groups, s.attention, s.y);
      add(s.y, x, rows * d);
      ln1.forward(x, rows, x);
      ff1.forward(x, rows, s.f);
      ff2.forward(s.f, rows, s.y);
      add(s.y, x, rows * d);
      ln2.forward(x, rows, x);
    }
  }

  private static void add(float[] from, float[] into, int count) {
    for (int i = 0; i < count; i++) {
      into[i] += from[i];
    }
  }
}
