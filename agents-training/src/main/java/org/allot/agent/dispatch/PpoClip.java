package org.allot.agent.dispatch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.allot.agent.Adam;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;

/**
 * Optimises the PPO clipped surrogate {@code -min(r A, clip(r, 1 - e, 1 + e) A)} over labelled
 * decisions, with the ratio {@code r} against the log-probabilities recorded when the decisions
 * were made: epochs of shuffled minibatches, each minibatch grouped by instance size (one DJL
 * forward per size), gradients by DJL autograd, the step by the Java {@link Adam}; an epoch whose
 * mean approximate KL ({@code (r - 1) - log r}) exceeds the target stops the phase. Not
 * thread-safe.
 *
 * <p><b>Numerical safety.</b> The loss's scalars are arrays of the step's scope, never {@code
 * Number} arguments: DJL frees those before the backward pass reads them (see {@link
 * DjlRuntime#scalar}), which made a 30 x 15 run's gradients NaN in update 5. Besides, as in
 * CleanRL's PPO, {@code log r} is clamped to [-{@value #LOG_RATIO_LIMIT}, {@value
 * #LOG_RATIO_LIMIT}] before {@code exp}: an expert action recorded with a tiny probability would
 * otherwise overflow float32, and the backward pass turns that infinity into NaN (beyond the
 * bound the sample is far outside the clip range and gives no gradient anyway); each minibatch's
 * gradient is clipped to global norm {@code maxGradNorm} (0.5); and a loss or gradient that is
 * still not finite stops training with the phase, epoch, minibatch and worst ratio in the
 * message, instead of letting Adam spread NaN into every weight.
 */
final class PpoClip {
  /** One decision to learn from. */
  record Sample(float[] observation, boolean[] mask, int action, double oldLogProb,
      double advantage) {}

  /** The bound on {@code |log r|} before {@code exp}. */
  static final double LOG_RATIO_LIMIT = 20;

  /**
   * What a phase did: mean loss and KL of its last epoch, the epochs run, the mean gradient norm
   * before clipping over the phase's minibatches, and the largest {@code |log r|} seen (before
   * the clamp).
   */
  record Stats(double loss, double kl, int epochs, double gradNorm, double maxLogRatio) {
    static final Stats NONE = new Stats(Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN);
  }

  private PpoClip() {}

  /**
   * Runs one phase and returns the new weights with its statistics.
   *
   * @param phase names the phase in error messages
   * @throws IllegalStateException when a loss or gradient is not finite
   */
  static Map.Entry<Weights, Stats> optimise(String phase, Weights weights, List<Sample> samples,
      Adam adam, double learningRate, HyperParameters hp, SplittableRandom random,
      NDManager root) {
    return optimise(phase, weights, samples, adam, learningRate, hp, random, root, false);
  }

  /**
   * Runs one phase as {@link #optimise(String, Weights, List, Adam, double, HyperParameters,
   * SplittableRandom, NDManager)}, minimising with {@code crossEntropy} the advantage-weighted
   * negative log-likelihood {@code -A log pi(a)} instead (behaviour cloning; the KL stop still
   * bounds each phase). The clipped surrogate stops pulling once an action's probability has
   * grown by the clip factor, so imitating a teacher through it reaches the teacher only after
   * many rounds and never exactly.
   */
  static Map.Entry<Weights, Stats> optimise(String phase, Weights weights, List<Sample> samples,
      Adam adam, double learningRate, HyperParameters hp, SplittableRandom random,
      NDManager root, boolean crossEntropy) {
    if (samples.isEmpty()) {
      return Map.entry(weights, Stats.NONE);
    }
    Stats stats = Stats.NONE;
    int count = samples.size();
    int size = Math.max(1, (count + hp.minibatches() - 1) / hp.minibatches());
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    double normSum = 0;
    int steps = 0;
    double maxLogRatio = 0;
    for (int epoch = 1; epoch <= hp.epochs(); epoch++) {
      shuffle(order, random);
      double loss = 0;
      double kl = 0;
      for (int from = 0; from < count; from += size) {
        List<Sample> batch = new ArrayList<>();
        for (int i = from; i < Math.min(count, from + size); i++) {
          batch.add(samples.get(order[i]));
        }
        Weights current = weights;
        Step step = DjlRuntime.scoped(root,
            m -> gradientStep(m, current, batch, hp.clip(), crossEntropy));
        double norm = clipToNorm(step.gradients, hp.maxGradNorm());
        maxLogRatio = Math.max(maxLogRatio, step.maxLogRatio);
        requireFinite(step, norm, batch, phase + " phase, epoch " + epoch + ", minibatch of "
            + batch.size() + " from " + from);
        normSum += norm;
        steps++;
        weights = adam.step(weights, step.gradients, learningRate);
        loss += step.loss * batch.size() / count;
        kl += step.kl * batch.size() / count;
      }
      stats = new Stats(loss, kl, epoch, normSum / steps, maxLogRatio);
      if (kl > hp.targetKl()) {
        break;
      }
    }
    return Map.entry(weights, stats);
  }

  private record Step(Map<String, float[]> gradients, double loss, double kl,
      double maxLogRatio) {}

  /**
   * Scales {@code gradients} in place so that their global norm is at most {@code max} (as
   * PyTorch's {@code clip_grad_norm_}), and returns the norm before (NaN or infinite gradients
   * are left alone and give a non-finite norm).
   */
  static double clipToNorm(Map<String, float[]> gradients, double max) {
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

  /** Stops on a non-finite loss or gradient norm, before Adam spreads it into every weight. */
  private static void requireFinite(Step step, double norm, List<Sample> batch, String where) {
    if (Double.isFinite(step.loss) && Double.isFinite(norm)) {
      return;
    }
    double lowest = 0;
    for (Sample s : batch) {
      lowest = Math.min(lowest, s.oldLogProb());
    }
    throw new IllegalStateException(where + ": loss " + step.loss + ", gradient norm " + norm
        + ", largest |log ratio| " + step.maxLogRatio + ", lowest recorded log-probability "
        + lowest + "; the update would make the weights NaN");
  }

  private static Step gradientStep(NDManager m, Weights weights, List<Sample> batch,
      double clip, boolean crossEntropy) {
    Map<String, NDArray> p = DjlDispatchNetwork.parameters(m, weights, true);
    Map<Integer, List<Sample>> bySize = new LinkedHashMap<>();
    for (Sample s : batch) {
      bySize.computeIfAbsent(s.mask().length, k -> new ArrayList<>()).add(s);
    }
    double loss = 0;
    double kl = 0;
    double maxLogRatio = 0;
    try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
      NDArray total = null;
      for (List<Sample> group : bySize.values()) {
        NDArray[] parts = groupLoss(m, p, group, clip, batch.size(), crossEntropy);
        total = total == null ? parts[0] : total.add(parts[0]);
        float[] ratioLog = parts[1].toFloatArray();
        for (float lr : ratioLog) {
          maxLogRatio = Math.max(maxLogRatio, Math.abs(lr));
          double c = Math.clamp(lr, -LOG_RATIO_LIMIT, LOG_RATIO_LIMIT);
          kl += (Math.exp(c) - 1 - c) / batch.size();
        }
      }
      loss = total.getFloat();
      gc.backward(total);
    }
    Map<String, float[]> gradients = new LinkedHashMap<>();
    p.forEach((name, a) -> gradients.put(name, a.getGradient().toFloatArray()));
    return new Step(gradients, loss, kl, maxLogRatio);
  }

  /** The group's share of the minibatch loss, and its log-ratios (detached). */
  static NDArray[] groupLoss(NDManager m, Map<String, NDArray> p, List<Sample> group,
      double clip, int batchSize) {
    return groupLoss(m, p, group, clip, batchSize, false);
  }

  /** As {@link #groupLoss(NDManager, Map, List, double, int)}; cross-entropy when asked. */
  static NDArray[] groupLoss(NDManager m, Map<String, NDArray> p, List<Sample> group,
      double clip, int batchSize, boolean crossEntropy) {
    int b = group.size();
    int width = group.getFirst().mask().length;
    float[] oneHot = new float[b * width];
    float[] old = new float[b];
    float[] advantage = new float[b];
    List<float[]> obs = new ArrayList<>(b);
    List<boolean[]> masks = new ArrayList<>(b);
    for (int i = 0; i < b; i++) {
      Sample s = group.get(i);
      oneHot[i * width + s.action()] = 1;
      old[i] = (float) s.oldLogProb();
      advantage[i] = (float) s.advantage();
      obs.add(s.observation());
      masks.add(s.mask());
    }
    NDArray logProbs = DjlDispatchNetwork.logProbs(m, p, obs, masks);
    NDArray chosen = logProbs.mul(m.create(oneHot, new Shape(b, width))).sum(new int[] {1});
    NDArray logRatio = chosen.sub(m.create(old));
    NDArray ratio = logRatio.clip(-LOG_RATIO_LIMIT, LOG_RATIO_LIMIT).exp();
    NDArray adv = m.create(advantage);
    NDArray surrogate = crossEntropy ? chosen.mul(adv)
        : NDArrays.minimum(ratio.mul(adv), ratio.clip(1 - clip, 1 + clip).mul(adv));
    // Not div(batchSize): see DjlRuntime.scalar.
    NDArray share = surrogate.sum().neg().div(DjlRuntime.scalar(m, batchSize));
    return new NDArray[] {share, logRatio.stopGradient()};
  }

  private static void shuffle(int[] a, SplittableRandom random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
