package org.allot.agent.dispatch;

import java.util.random.RandomGenerator;
import org.allot.agent.Policy;

/**
 * The learned dispatching rule over {@link CpDispatchEnvironment}: greedy (see {@link #greedy(
 * float[], boolean[])}: wait when waiting is more likely than starting any job, else the most
 * likely job) or sampled from the masked softmax at a temperature. Uses the plain-Java forward;
 * thread-safe (the network is immutable, scratch is per call).
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
    boolean[] allowed = mask;
    if (!network.waits()) {
      allowed = mask.clone();
      network.restrict(allowed);
    }
    float[] logits = new float[mask.length];
    network.logits(observation, allowed, logits);
    return temperature == 0 ? greedy(logits, allowed)
        : sample(logits, allowed, temperature, random);
  }

  /**
   * The greedy decision in two levels: No-Op (the last action) when the policy is more likely to
   * wait than to start any job, that is when its probability exceeds 1/2; else the most likely
   * legal job, ties to the lowest index. A plain argmax over all {@code n + 1} actions compares
   * No-Op with each job on its own: a No-Op of probability 0.2 beats ten jobs of 0.08 each, and
   * the greedy policy waits although it starts some job with probability 0.8. A slightly unsure
   * policy then idles the shop step after step: on the 20 x 15 validation set the argmax greedy
   * of one training run swung between 1,758 and 10,260 from update to update while this rule
   * stayed between 1,747 and 2,500.
   */
  static int greedy(float[] logits, boolean[] mask) {
    requireFinite(logits, mask);
    int noOp = mask.length - 1;
    int best = -1;
    for (int a = 0; a < noOp; a++) {
      if (mask[a] && (best < 0 || logits[a] > logits[best])) {
        best = a;
      }
    }
    if (best < 0) {
      if (mask[noOp]) {
        return noOp;
      }
      throw new IllegalStateException("no legal action");
    }
    if (!mask[noOp]) {
      return best;
    }
    double sum = 0;
    for (int a = 0; a < noOp; a++) {
      if (mask[a]) {
        sum += Math.exp(logits[a] - logits[best]);
      }
    }
    return logits[noOp] > logits[best] + Math.log(sum) ? noOp : best;
  }

  /**
   * Fails when a legal action's logit is NaN or infinite: the weights diverged. Without the check
   * greedy silently takes the lowest legal job and sampling the last legal action (No-Op), which
   * is how a diverged run once went on with constant makespans instead of stopping.
   */
  static void requireFinite(float[] logits, boolean[] mask) {
    for (int a = 0; a < logits.length; a++) {
      if (mask[a] && !Float.isFinite(logits[a])) {
        throw new IllegalStateException("the logit of legal action " + a + " is " + logits[a]
            + ": the network's weights are not finite");
      }
    }
  }

  /** Samples a legal action from softmax(logits / temperature). */
  static int sample(float[] logits, boolean[] mask, double temperature, RandomGenerator random) {
    requireFinite(logits, mask);
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
      if (w[a] > 0) {
        // Rounding may leave u >= 0 after the loop: fall back on the last action with weight,
        // never on one whose probability underflowed.
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
    requireFinite(logits, mask);
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
