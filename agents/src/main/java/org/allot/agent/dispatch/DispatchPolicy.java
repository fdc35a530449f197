package org.allot.agent.dispatch;

import java.util.random.RandomGenerator;
import org.allot.agent.Policy;

/**
 * The learned dispatching rule over {@link CpDispatchEnvironment}: greedy (the most likely legal
 * action, ties to the lowest index) or sampled from the masked softmax at a temperature. Uses the
 * plain-Java forward; thread-safe (the network is immutable, scratch is per call).
 */
public final class DispatchPolicy implements Policy {
  private final DispatchNetwork network;
  private final double temperature;

  private DispatchPolicy(DispatchNetwork network, double temperature) {
    this.network = network;
    this.temperature = temperature;
  }

  /** The greedy policy. */
  public static DispatchPolicy greedy(DispatchNetwork network) {
    return new DispatchPolicy(network, 0);
  }

  /**
   * The sampling policy at {@code temperature}.
   *
   * @throws IllegalArgumentException when the temperature is not positive
   */
  public static DispatchPolicy sampling(DispatchNetwork network, double temperature) {
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be positive, got " + temperature);
    }
    return new DispatchPolicy(network, temperature);
  }

  public DispatchNetwork network() {
    return network;
  }

  @Override
  public int act(float[] observation, boolean[] mask, RandomGenerator random) {
    float[] logits = new float[mask.length];
    network.logits(observation, mask, logits);
    return temperature == 0 ? argmax(logits, mask) : sample(logits, mask, temperature, random);
  }

  static int argmax(float[] logits, boolean[] mask) {
    int best = -1;
    for (int a = 0; a < logits.length; a++) {
      if (mask[a] && (best < 0 || logits[a] > logits[best])) {
        best = a;
      }
    }
    if (best < 0) {
      throw new IllegalStateException("no legal action");
    }
    return best;
  }

  /** Samples a legal action from softmax(logits / temperature). */
  static int sample(float[] logits, boolean[] mask, double temperature, RandomGenerator random) {
    double max = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < logits.length; a++) {
      if (mask[a]) {
        max = Math.max(max, logits[a] / temperature);
      }
    }
    double[] w = new double[logits.length];
    double sum = 0;
    for (int a = 0; a < logits.length; a++) {
      w[a] = mask[a] ? Math.exp(logits[a] / temperature - max) : 0;
      sum += w[a];
    }
    double u = random.nextDouble() * sum;
    int last = -1;
    for (int a = 0; a < logits.length; a++) {
      if (mask[a]) {
        last = a;
        u -= w[a];
        if (u < 0) {
          return a;
        }
      }
    }
    if (last < 0) {
      throw new IllegalStateException("no legal action");
    }
    return last;
  }

  /** The log-probability of {@code action} under softmax(logits) over the legal actions. */
  static double logProb(float[] logits, boolean[] mask, int action) {
    double max = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < logits.length; a++) {
      if (mask[a]) {
        max = Math.max(max, logits[a]);
      }
    }
    double sum = 0;
    for (int a = 0; a < logits.length; a++) {
      if (mask[a]) {
        sum += Math.exp(logits[a] - max);
      }
    }
    return logits[action] - max - Math.log(sum);
  }
}
