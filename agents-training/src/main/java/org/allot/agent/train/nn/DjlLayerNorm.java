package org.allot.agent.train.nn;

import ai.djl.ndarray.NDArray;
import org.allot.agent.nn.LayerNorm;

/**
 * {@link LayerNorm}'s function in DJL over the last axis of {@code x}: {@code (x - mean) /
 * sqrt(var + 1e-5) * g + b}, from {@code <prefix>.g} and {@code <prefix>.b} ({@code [d]}).
 * Stateless and thread-safe.
 *
 * @param prefix the tensor-name prefix, as the plain layer's
 * @param d the width of a row
 */
public record DjlLayerNorm(String prefix, int d) {
  public DjlLayerNorm {
    if (d <= 0) {
      throw new IllegalArgumentException("the width must be positive, got " + d);
    }
  }

  /** The layer on {@code x} ({@code [..., d]}). */
  public NDArray forward(DjlParameters p, NDArray x) {
    NDArray mean = x.mean(new int[] {-1}, true);
    NDArray c = x.sub(mean);
    NDArray var = c.square().mean(new int[] {-1}, true);
    return c.div(var.add(p.scalar(LayerNorm.EPSILON)).sqrt()).mul(p.array(prefix + ".g", d))
        .add(p.array(prefix + ".b", d));
  }
}
