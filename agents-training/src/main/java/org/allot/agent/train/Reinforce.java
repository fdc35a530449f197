package org.allot.agent.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;

/**
 * REINFORCE with a baseline (Williams 1992) over a masked categorical policy: minimises {@code
 * -mean(A log pi(a) + c H(pi))}, the advantages {@code A} being returns minus a baseline that the
 * caller computed, and {@code c} an optional entropy bonus (0 by default: no entropy term at all).
 * With every advantage 1 it is behaviour cloning (cross-entropy on the samples' actions), as the
 * dispatch trainer's imitation rounds use it. It runs the same loop as {@link PpoClip}: epochs of
 * shuffled minibatches, the gradient clipped to a global norm, Adam, and an optional stop on the
 * approximate KL to the recorded log-probabilities (which bounds how far a phase moves the policy).
 * Not thread-safe.
 *
 * @param <S> the samples
 */
public final class Reinforce<S extends ActionSample> {
  /**
   * A phase's settings.
   *
   * @param epochs passes over the samples (1: plain REINFORCE)
   * @param minibatches minibatches per epoch
   * @param targetKl the mean approximate KL of an epoch that stops the phase (infinity: never)
   * @param maxGradNorm the global norm each minibatch's gradient is clipped to (infinity: none)
   * @param entropyCoefficient the entropy bonus {@code c} (0: none)
   */
  public record Settings(int epochs, int minibatches, double targetKl, double maxGradNorm,
      double entropyCoefficient) {
    public Settings {
      if (epochs < 1 || minibatches < 1 || !(targetKl > 0 && maxGradNorm > 0)
          || !(entropyCoefficient >= 0 && Double.isFinite(entropyCoefficient))) {
        throw new IllegalArgumentException("need epochs, minibatches >= 1, a positive target KL"
            + " and gradient-norm clip, and a finite entropy coefficient >= 0, got " + epochs
            + ", " + minibatches + ", " + targetKl + ", " + maxGradNorm + ", "
            + entropyCoefficient);
      }
    }

    /** One pass over all samples in one minibatch, no KL stop, no clipping, no entropy bonus. */
    public static Settings plain() {
      return new Settings(1, 1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0);
    }
  }

  private final MinibatchLoop<S> loop;

  /** REINFORCE on {@code policy} with {@code settings}. */
  public Reinforce(DifferentiablePolicy<S> policy, Settings settings) {
    double c = settings.entropyCoefficient();
    MinibatchLoop.Objective objective = c == 0
        ? (m, logProbs, chosen, ratio, adv) -> chosen.mul(adv)
        : (m, logProbs, chosen, ratio, adv) -> chosen.mul(adv)
            .add(entropy(logProbs).mul(DjlRuntime.scalar(m, (float) c)));
    loop = new MinibatchLoop<>(policy, objective, new MinibatchLoop.Settings(settings.epochs(),
        settings.minibatches(), settings.targetKl(), settings.maxGradNorm()));
  }

  /**
   * Each state's entropy {@code -sum p log p} over its actions, {@code [b]} (masked actions, at a
   * finite log-probability of about -1e9, add {@code 0 * -1e9 = 0}).
   */
  static NDArray entropy(NDArray logProbs) {
    return logProbs.exp().mul(logProbs).sum(new int[] {1}).neg();
  }

  /**
   * Runs one phase on {@code samples} and returns the new weights with the phase's statistics.
   *
   * @param phase names the phase in error messages ("self-labelling round 3")
   * @param learningRate Adam's rate for every step of the phase
   * @throws IllegalStateException when a loss or gradient is not finite
   */
  public PolicyUpdate optimise(String phase, Weights weights, List<S> samples,
      double learningRate, OptimiserState state) {
    return loop.optimise(phase, weights, samples, learningRate, state);
  }

  /** The loss of {@code batch} as one minibatch, differentiable (for tests and diagnostics). */
  public NDArray loss(NDManager manager, Map<String, NDArray> parameters, List<S> batch) {
    return loop.loss(manager, parameters, batch);
  }
}
