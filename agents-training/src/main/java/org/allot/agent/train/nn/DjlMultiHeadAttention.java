package org.allot.agent.train.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.allot.agent.nn.Activation;
import org.allot.agent.nn.MultiHeadAttention;

/**
 * {@link MultiHeadAttention}'s function in DJL on a batch of row sets, {@code [B, rows, d]}, from
 * the same parameters {@code <prefix>.q|k|v|o.w|b}. One head takes the plain 3-axis path; more
 * heads split the width into a head axis. Stateless and thread-safe.
 *
 * @param prefix the tensor-name prefix, as the plain layer's
 * @param d the width of a row
 * @param heads the number of heads, a divisor of {@code d}
 */
public record DjlMultiHeadAttention(String prefix, int d, int heads) {
  /** The additive score of a key that a row may not see. */
  public static final float MASKED = -1e9f;

  public DjlMultiHeadAttention {
    if (d <= 0 || heads <= 0 || d % heads != 0) {
      throw new IllegalArgumentException("need a positive width divisible by the positive number"
          + " of heads, got width " + d + " and " + heads + " heads");
    }
  }

  /**
   * Which keys each row of a batch sees, as {@link MultiHeadAttention#forward}'s key mask and
   * groups define it.
   *
   * @param additive {@code [B, rows, rows]}: 0 where row i sees key j, {@link #MASKED} elsewhere
   * @param seen {@code [B, rows, 1]}: 1 where the row sees some key, else 0; null when every row
   *     does (then nothing multiplies the attention weights)
   */
  public record Mask(NDArray additive, NDArray seen) {
    /**
     * The mask of a batch in {@code manager}.
     *
     * @param keys per batch element the key mask (null, or a null element: every row is a key)
     * @param groups per batch element the groups (null, or a null element: one group)
     */
    public static Mask of(NDManager manager, int batch, int rows, List<boolean[]> keys,
        List<int[]> groups) {
      float[] additive = new float[batch * rows * rows];
      float[] seen = new float[batch * rows];
      boolean all = true;
      for (int b = 0; b < batch; b++) {
        boolean[] k = keys == null ? null : keys.get(b);
        int[] g = groups == null ? null : groups.get(b);
        for (int i = 0; i < rows; i++) {
          for (int j = 0; j < rows; j++) {
            boolean sees = (k == null || k[j]) && (g == null || g[i] == g[j]);
            additive[(b * rows + i) * rows + j] = sees ? 0 : MASKED;
            seen[b * rows + i] = sees ? 1 : seen[b * rows + i];
          }
          all &= seen[b * rows + i] > 0;
        }
      }
      return new Mask(manager.create(additive, new Shape(batch, rows, rows)),
          all ? null : manager.create(seen, new Shape(batch, rows, 1)));
    }
  }

  /** The attention output of {@code x} ({@code [B, rows, d]}); {@code mask} null: all see all. */
  public NDArray forward(DjlParameters p, NDArray x, Mask mask) {
    NDArray q = projection("q").forward(p, x);
    NDArray k = projection("k").forward(p, x);
    NDArray v = projection("v").forward(p, x);
    NDArray scale = p.scalar((float) (1 / Math.sqrt(d / heads)));
    NDArray attended;
    if (heads == 1) {
      attended = weights(q.matMul(k.swapAxes(1, 2)).mul(scale), mask, 2, false).matMul(v);
    } else {
      long batch = x.getShape().get(0);
      long rows = x.getShape().get(1);
      NDArray scores = split(q, batch, rows).matMul(split(k, batch, rows).swapAxes(2, 3))
          .mul(scale);
      attended = weights(scores, mask, 3, true).matMul(split(v, batch, rows))
          .transpose(0, 2, 1, 3).reshape(batch, rows, d);
    }
    return projection("o").forward(p, attended);
  }

  private DjlDense projection(String m) {
    return new DjlDense(prefix + "." + m, d, d, Activation.IDENTITY);
  }

  /** {@code [B, rows, d]} as {@code [B, heads, rows, d / heads]}. */
  private NDArray split(NDArray a, long batch, long rows) {
    return a.reshape(batch, rows, heads, d / heads).transpose(0, 2, 1, 3);
  }

  private static NDArray weights(NDArray scores, Mask mask, int axis, boolean headAxis) {
    if (mask == null) {
      return scores.softmax(axis);
    }
    NDArray w = scores.add(headAxis ? mask.additive.expandDims(1) : mask.additive)
        .softmax(axis);
    if (mask.seen == null) {
      return w;
    }
    return w.mul(headAxis ? mask.seen.expandDims(1) : mask.seen);
  }
}
