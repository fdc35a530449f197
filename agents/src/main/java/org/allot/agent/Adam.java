package org.allot.agent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam (Kingma and Ba) on named float tensors, in plain Java: the optimiser state stays on the Java
 * side with the weights, so training is independent of DJL's optimiser state and the learning
 * rate of each step is the caller's (for a linear decay per update). Not thread-safe.
 */
public final class Adam {
  private final double beta1;
  private final double beta2;
  private final double epsilon;
  private final Map<String, float[]> first = new LinkedHashMap<>();
  private final Map<String, float[]> second = new LinkedHashMap<>();
  private int steps;

  /**
   * @throws IllegalArgumentException when a beta is outside [0, 1) or epsilon is not positive
   */
  public Adam(double beta1, double beta2, double epsilon) {
    if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1 && epsilon > 0)) {
      throw new IllegalArgumentException("need betas in [0, 1) and epsilon > 0, got " + beta1
          + ", " + beta2 + ", " + epsilon);
    }
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.epsilon = epsilon;
  }

  /**
   * One step: the weights moved against {@code gradients} (by name; a missing gradient leaves its
   * tensor alone) at {@code learningRate}.
   *
   * @throws IllegalArgumentException when a gradient holds NaN or an infinite value (it would
   *     poison the moments, and through them every later step, for good)
   */
  public Weights step(Weights weights, Map<String, float[]> gradients, double learningRate) {
    for (Map.Entry<String, float[]> e : gradients.entrySet()) {
      float[] g = e.getValue();
      for (int i = 0; i < g.length; i++) {
        if (!Float.isFinite(g[i])) {
          throw new IllegalArgumentException("gradient of '" + e.getKey() + "' [" + i + "] is "
              + g[i]);
        }
      }
    }
    steps++;
    double c1 = 1 - Math.pow(beta1, steps);
    double c2 = 1 - Math.pow(beta2, steps);
    Map<String, Weights.Tensor> out = new LinkedHashMap<>();
    for (Map.Entry<String, Weights.Tensor> e : weights.tensors().entrySet()) {
      float[] w = e.getValue().data();
      float[] g = gradients.get(e.getKey());
      if (g != null) {
        float[] m = first.computeIfAbsent(e.getKey(), k -> new float[w.length]);
        float[] v = second.computeIfAbsent(e.getKey(), k -> new float[w.length]);
        for (int i = 0; i < w.length; i++) {
          m[i] = (float) (beta1 * m[i] + (1 - beta1) * g[i]);
          v[i] = (float) (beta2 * v[i] + (1 - beta2) * g[i] * g[i]);
          w[i] -= (float) (learningRate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + epsilon));
        }
      }
      out.put(e.getKey(), new Weights.Tensor(e.getValue().shape(), w));
    }
    return new Weights(out);
  }
}
