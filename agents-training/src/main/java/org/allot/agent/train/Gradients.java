package org.allot.agent.train;

import java.util.Map;

/** Operations on named gradients (as {@link org.allot.agent.Adam} takes them). */
public final class Gradients {
  private Gradients() {}

  /**
   * Scales {@code gradients} in place so that their global norm is at most {@code max} (as
   * PyTorch's {@code clip_grad_norm_}), and returns the norm before (NaN or infinite gradients
   * are left alone and give a non-finite norm).
   */
  public static double clipToNorm(Map<String, float[]> gradients, double max) {
    double sum = 0;
    for (float[] g : gradients.values()) {
      for (float x : g) {
        sum += (double) x * x;
      }
    }
    double norm = Math.sqrt(sum);
    if (Double.isFinite(norm) && norm > max) {
      double factor = max / norm;
      for (float[] g : gradients.values()) {
        for (int i = 0; i < g.length; i++) {
          g[i] = (float) (g[i] * factor);
        }
      }
    }
    return norm;
  }
}
