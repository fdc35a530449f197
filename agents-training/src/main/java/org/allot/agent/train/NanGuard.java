package org.allot.agent.train;

import java.util.function.Supplier;
import org.allot.agent.Weights;

/**
 * Stops a training run at the first non-finite loss, gradient or weight, naming where (the update
 * and the phase), instead of letting the optimiser spread NaN into every weight and training a
 * dead policy for hours. The message says that {@code weights.bin} holds the last finite weights
 * (see {@link Checkpoints}).
 */
public final class NanGuard {
  private NanGuard() {}

  /**
   * Requires every weight to be finite.
   *
   * @param where the update and phase, as "update 3, imitation phase"
   * @throws IllegalStateException naming {@code where} and the first bad tensor entry
   */
  public static void requireFinite(Weights weights, String where) {
    String bad = weights.firstNonFinite();
    if (bad != null) {
      throw new IllegalStateException(where + ": " + bad
          + "; the weights diverged (the last finite ones are in weights.bin)");
    }
  }

  /**
   * Requires a minibatch's loss and gradient norm to be finite, before the optimiser steps.
   *
   * @param where the phase, epoch and minibatch
   * @param detail what else helps diagnose it (ratios, recorded log-probabilities), made only on
   *     failure
   * @throws IllegalStateException naming {@code where}, the values and the detail
   */
  public static void requireFinite(double loss, double gradientNorm, String where,
      Supplier<String> detail) {
    if (Double.isFinite(loss) && Double.isFinite(gradientNorm)) {
      return;
    }
    throw new IllegalStateException(where + ": loss " + loss + ", gradient norm " + gradientNorm
        + ", " + detail.get() + "; the update would make the weights NaN");
  }
}
