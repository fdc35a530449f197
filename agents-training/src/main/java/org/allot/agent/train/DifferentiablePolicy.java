package org.allot.agent.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import org.allot.agent.Weights;

/**
 * A masked categorical policy in DJL operations, as the policy-gradient losses ({@link PpoClip},
 * {@link Reinforce}) differentiate it: the weights as arrays with gradients, and the
 * log-probabilities of a batch of samples' states. The Java {@link Weights} stay the source of
 * truth: each minibatch makes fresh leaves in its own scope.
 *
 * @param <S> the samples, carrying what the policy needs to see each state
 */
public interface DifferentiablePolicy<S extends ActionSample> {
  /**
   * The weights as arrays of {@code manager} that record gradients, by tensor name (the names of
   * the gradients handed to Adam).
   */
  Map<String, NDArray> parameters(NDManager manager, Weights weights);

  /**
   * The log-probabilities {@code [B, A]} of every action in the states of {@code batch}; {@code
   * B} is the batch's size and {@code A} the {@link #actions} of its samples (all equal). Illegal
   * actions must get a large negative but finite value (a logit plus -1e9, as the dispatch
   * network's mask), never minus infinity: the losses pick the taken action's log-probability with
   * a one-hot product, and {@code 0 * -inf} is NaN.
   */
  NDArray logProbs(NDManager manager, Map<String, NDArray> parameters, List<S> batch);

  /**
   * The number of actions in the sample's state. Samples with different counts (instances of
   * different sizes) go through {@link #logProbs} in separate groups, in the order each count
   * first appears in the minibatch.
   */
  int actions(S sample);
}
