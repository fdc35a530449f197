package org.allot.agent.train.nn;

import ai.djl.ndarray.NDArray;
import java.util.Arrays;
import org.allot.agent.nn.Activation;
import org.allot.agent.nn.Mlp;

/**
 * {@link Mlp}'s function in DJL: {@link DjlDense} layers {@code <prefix>.<i>}, the hidden ones
 * under {@code hidden}, the last linear. Stateless and thread-safe.
 *
 * @param prefix the tensor-name prefix, as the plain network's
 * @param widths input width, hidden widths, output width
 * @param hidden the hidden layers' activation
 */
public record DjlMlp(String prefix, int[] widths, Activation hidden) {
  public DjlMlp {
    if (widths.length < 2 || Arrays.stream(widths).anyMatch(w -> w <= 0)) {
      throw new IllegalArgumentException("an MLP needs at least an input and an output width,"
          + " all positive; got " + Arrays.toString(widths));
    }
    widths = widths.clone();
  }

  @Override
  public int[] widths() {
    return widths.clone();
  }

  /** The network on {@code x} ({@code [..., in]} to {@code [..., out]}). */
  public NDArray forward(DjlParameters p, NDArray x) {
    int layers = widths.length - 1;
    for (int l = 0; l < layers; l++) {
      Activation a = l + 1 < layers ? hidden : Activation.IDENTITY;
      x = new DjlDense(prefix + "." + l, widths[l], widths[l + 1], a).forward(p, x);
    }
    return x;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DjlMlp m && prefix.equals(m.prefix) && Arrays.equals(widths, m.widths)
        && hidden == m.hidden;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * prefix.hashCode() + Arrays.hashCode(widths)) + hidden.hashCode();
  }

  @Override
  public String toString() {
    return "DjlMlp[" + prefix + ", " + Arrays.toString(widths) + ", " + hidden + "]";
  }
}
