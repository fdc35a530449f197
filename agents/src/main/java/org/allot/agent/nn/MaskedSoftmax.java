package org.allot.agent.nn;

import java.util.random.RandomGenerator;

/**
 * A categorical distribution over the legal actions from logits: probabilities, log-probabilities,
 * sampling and the greedy choice, with masked-out actions at probability exactly 0. The gradient
 * of {@code log p(a)} with respect to the logits ({@link #logProbGradient}) is what REINFORCE
 * needs. Static methods over caller-owned arrays: nothing is allocated.
 */
public final class MaskedSoftmax {
  private MaskedSoftmax() {}

  /**
   * Writes the probabilities of {@code logits} over the legal actions into {@code into} (0 for
   * masked-out actions). A temperature divides the logits ({@code 1}: as they are).
   *
   * @throws IllegalArgumentException when no action is legal
   */
  public static void probabilities(float[] logits, boolean[] mask, double temperature,
      double[] into) {
    double max = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < mask.length; a++) {
      if (mask[a]) {
        max = Math.max(max, logits[a] / temperature);
      }
    }
    if (max == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("no legal action");
    }
    double sum = 0;
    for (int a = 0; a < mask.length; a++) {
      into[a] = mask[a] ? Math.exp(logits[a] / temperature - max) : 0;
      sum += into[a];
    }
    for (int a = 0; a < mask.length; a++) {
      into[a] /= sum;
    }
  }

  /** An action drawn from {@code probabilities} (which sum to 1), the last legal on round-off. */
  public static int sample(double[] probabilities, RandomGenerator random) {
    double u = random.nextDouble();
    int last = -1;
    for (int a = 0; a < probabilities.length; a++) {
      if (probabilities[a] > 0) {
        last = a;
        u -= probabilities[a];
        if (u < 0) {
          return a;
        }
      }
    }
    return last;
  }

  /** The legal action with the largest logit (the lowest index on ties). */
  public static int argmax(float[] logits, boolean[] mask) {
    int best = -1;
    for (int a = 0; a < mask.length; a++) {
      if (mask[a] && (best < 0 || logits[a] > logits[best])) {
        best = a;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException("no legal action");
    }
    return best;
  }

  /**
   * Writes {@code scale * d log p(action) / d logits} into {@code into}: {@code scale * (1[a ==
   * action] - p(a))} for legal actions, 0 for masked ones (temperature 1).
   */
  public static void logProbGradient(double[] probabilities, int action, double scale,
      float[] into) {
    for (int a = 0; a < probabilities.length; a++) {
      into[a] = (float) (scale * ((a == action ? 1 : 0) - probabilities[a]));
    }
  }
}
