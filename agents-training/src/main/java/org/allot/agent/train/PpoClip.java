package org.allot.agent.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import org.allot.agent.Weights;

/**
 * PPO's clipped surrogate over a masked categorical policy (Schulman et al. 2017): minimises
 * {@code -mean(min(r A, clip(r, 1 - e, 1 + e) A))}, with the ratio {@code r} of the current
 * probability of each sample's action to the one recorded when it was taken. Epochs of shuffled
 * minibatches, each minibatch's gradient clipped to a global norm, the step by the Java {@link
 * org.allot.agent.Adam}; an epoch whose mean approximate KL ({@code (r - 1) - log r}) exceeds the
 * target stops the phase. Not thread-safe.
 *
 * <p><b>Numerical safety.</b> The loss's scalars are arrays of the step's scope, never {@code
 * Number} arguments: DJL frees those before the backward pass reads them (see {@link
 * org.allot.agent.djl.DjlRuntime#scalar}). As in CleanRL's PPO, {@code log r} is clamped to
 * [-{@value #LOG_RATIO_LIMIT}, {@value #LOG_RATIO_LIMIT}] before {@code exp}: an action recorded
 * with a tiny probability would otherwise overflow float32, and the backward pass turns that
 * infinity into NaN (beyond the bound the sample is far outside the clip range and gives no
 * gradient anyway). A loss or gradient that is still not finite stops training ({@link
 * NanGuard}) with the phase, epoch, minibatch and worst ratio in the message.
 *
 * @param <S> the samples
 */
public final class PpoClip<S extends ActionSample> {
  /** The bound on {@code |log r|} before {@code exp}. */
  public static final double LOG_RATIO_LIMIT = MinibatchLoop.LOG_RATIO_LIMIT;

  /**
   * A phase's settings.
   *
   * @param epochs the most epochs over the samples
   * @param minibatches minibatches per epoch
   * @param clip the clip range {@code e} of the ratio
   * @param targetKl the mean approximate KL of an epoch that stops the phase
   * @param maxGradNorm the global norm each minibatch's gradient is clipped to (CleanRL: 0.5)
   */
  public record Settings(int epochs, int minibatches, double clip, double targetKl,
      double maxGradNorm) {
    public Settings {
      if (epochs < 1 || minibatches < 1 || !(clip > 0 && targetKl > 0 && maxGradNorm > 0)) {
        throw new IllegalArgumentException("need epochs, minibatches >= 1 and a positive clip,"
            + " target KL and gradient-norm clip, got " + epochs + ", " + minibatches + ", "
            + clip + ", " + targetKl + ", " + maxGradNorm);
      }
    }
  }

  private final MinibatchLoop<S> loop;

  /** PPO-clip on {@code policy} with {@code settings}. */
  public PpoClip(DifferentiablePolicy<S> policy, Settings settings) {
    double clip = settings.clip();
    MinibatchLoop.Objective objective = (m, logProbs, chosen, ratio, adv) ->
        NDArrays.minimum(ratio.mul(adv), ratio.clip(1 - clip, 1 + clip).mul(adv));
    loop = new MinibatchLoop<>(policy, objective, new MinibatchLoop.Settings(settings.epochs(),
        settings.minibatches(), settings.targetKl(), settings.maxGradNorm()));
  }

  /**
   * Runs one phase on {@code samples} and returns the new weights with the phase's statistics.
   *
   * @param phase names the phase in error messages ("update 3: imitation")
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
