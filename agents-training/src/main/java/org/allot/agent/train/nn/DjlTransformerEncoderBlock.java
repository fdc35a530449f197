package org.allot.agent.train.nn;

import ai.djl.ndarray.NDArray;
import org.allot.agent.nn.Activation;
import org.allot.agent.nn.TransformerEncoderBlock;
import org.allot.agent.nn.TransformerEncoderBlock.Norm;

/**
 * {@link TransformerEncoderBlock}'s function in DJL on a batch of row sets, {@code [B, rows, d]},
 * from the same parameters under {@code prefix}. Stateless and thread-safe.
 *
 * @param prefix the tensor-name prefix, as the plain layer's
 * @param d the width of a row
 * @param heads the attention heads, a divisor of {@code d}
 * @param hidden the feed-forward width
 * @param norm where the layer norms sit
 */
public record DjlTransformerEncoderBlock(String prefix, int d, int heads, int hidden, Norm norm) {
  public DjlTransformerEncoderBlock {
    if (hidden <= 0) {
      throw new IllegalArgumentException("the feed-forward width must be positive, got "
          + hidden);
    }
    new DjlMultiHeadAttention(prefix, d, heads);
  }

  /**
   * The layer on {@code x}; {@code mask} (null: all rows see all) restricts the attention as
   * {@link DjlMultiHeadAttention#forward} does.
   */
  public NDArray forward(DjlParameters p, NDArray x, DjlMultiHeadAttention.Mask mask) {
    DjlLayerNorm ln1 = new DjlLayerNorm(prefix + ".ln1", d);
    DjlLayerNorm ln2 = new DjlLayerNorm(prefix + ".ln2", d);
    DjlMultiHeadAttention attention = new DjlMultiHeadAttention(prefix, d, heads);
    if (norm == Norm.PRE) {
      x = x.add(attention.forward(p, ln1.forward(p, x), mask));
      return x.add(feedForward(p, ln2.forward(p, x)));
    }
    x = ln1.forward(p, x.add(attention.forward(p, x, mask)));
    return ln2.forward(p, x.add(feedForward(p, x)));
  }

  private NDArray feedForward(DjlParameters p, NDArray x) {
    NDArray f = new DjlDense(prefix + ".ff1", d, hidden, Activation.RELU).forward(p, x);
    return new DjlDense(prefix + ".ff2", hidden, d, Activation.IDENTITY).forward(p, f);
  }
}
