package org.allot.agent.dispatch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;

/**
 * The dispatching network's forward pass in DJL for inference: the parameters live in one
 * manager, each call runs in its own sub-manager (closed on return). For batched evaluation and
 * for the JMH comparison with the plain-Java {@link DispatchNetwork} (batch 1 is faster there).
 * Not thread-safe (one per thread); close it.
 */
public final class DjlDispatchInference implements AutoCloseable {
  private final NDManager manager;
  private final Map<String, NDArray> parameters;

  /** @throws IllegalStateException when DJL's engine cannot load */
  public DjlDispatchInference(Weights weights) {
    this.manager = DjlRuntime.newManager();
    this.parameters = DjlDispatchNetwork.parameters(manager, weights, false);
  }

  /** The log-probabilities of the {@code n + 1} actions of one observation. */
  public float[] logProbs(float[] observation, boolean[] mask) {
    return logProbs(List.of(observation), List.of(mask));
  }

  /** The log-probabilities of a batch of observations of one size, row after row. */
  public float[] logProbs(List<float[]> observations, List<boolean[]> masks) {
    return DjlRuntime.scoped(manager, m ->
        DjlDispatchNetwork.logProbs(m, parameters, observations, masks).toFloatArray());
  }

  @Override
  public void close() {
    manager.close();
  }
}
