package org.allot.agent.dispatch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allot.agent.Weights;
import org.allot.agent.train.DifferentiablePolicy;

/**
 * The dispatching policy as the platform's losses differentiate it: {@link DjlDispatchNetwork}'s
 * parameters and log-probabilities, samples grouped by instance size (jobs + 1 actions).
 * Stateless and thread-safe.
 */
final class DjlDispatchPolicy implements DifferentiablePolicy<DispatchSample> {
  /** The one instance. */
  static final DjlDispatchPolicy INSTANCE = new DjlDispatchPolicy();

  private DjlDispatchPolicy() {}

  @Override
  public Map<String, NDArray> parameters(NDManager manager, Weights weights) {
    return DjlDispatchNetwork.parameters(manager, weights, true);
  }

  @Override
  public NDArray logProbs(NDManager manager, Map<String, NDArray> parameters,
      List<DispatchSample> batch) {
    List<float[]> obs = new ArrayList<>(batch.size());
    List<boolean[]> masks = new ArrayList<>(batch.size());
    for (DispatchSample s : batch) {
      obs.add(s.observation());
      masks.add(s.mask());
    }
    return DjlDispatchNetwork.logProbs(manager, parameters, obs, masks);
  }

  @Override
  public int actions(DispatchSample sample) {
    return sample.mask().length;
  }
}
