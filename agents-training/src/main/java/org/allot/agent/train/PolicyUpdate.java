package org.allot.agent.train;

import java.util.Objects;
import org.allot.agent.Weights;

/**
 * What one policy-gradient phase did: the new weights, the mean loss and approximate KL of its
 * last epoch, the epochs run, the mean gradient norm (before clipping) over its minibatches, and
 * the largest {@code |log r|} seen (before the clamp). A phase with no samples changes nothing
 * and has NaN statistics and 0 epochs.
 */
public record PolicyUpdate(Weights weights, double loss, double kl, int epochs, double gradNorm,
    double maxLogRatio) {
  public PolicyUpdate {
    Objects.requireNonNull(weights, "weights");
  }

  /** The phase that had nothing to learn from. */
  public static PolicyUpdate none(Weights weights) {
    return new PolicyUpdate(weights, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN);
  }
}
