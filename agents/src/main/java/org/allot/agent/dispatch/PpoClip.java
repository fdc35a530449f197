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
 */
final class PpoClip {
  /** One decision to learn from. */
  record Sample(float[] observation, boolean[] mask, int action, double oldLogProb,
      double advantage) {}

  /** What a phase did: mean loss and KL of its last epoch, and the epochs run. */
  record Stats(double loss, double kl, int epochs) {
    static final Stats NONE = new Stats(Double.NaN, Double.NaN, 0);
  }

  private PpoClip() {}

  /** Runs one phase and returns the new weights with its statistics. */
  static Map.Entry<Weights, Stats> optimise(Weights weights, List<Sample> samples, Adam adam,
      double learningRate, Trainer.HyperParameters hp, SplittableRandom random, NDManager root) {
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
        Step step = DjlRuntime.scoped(root, m -> gradientStep(m, current, batch, hp.clip()));
        weights = adam.step(weights, step.gradients, learningRate);
        loss += step.loss * batch.size() / count;
        kl += step.kl * batch.size() / count;
      }
      stats = new Stats(loss, kl, epoch);
      if (kl > hp.targetKl()) {
        break;
      }
    }
    return Map.entry(weights, stats);
  }

  private record Step(Map<String, float[]> gradients, double loss, double kl) {}

  private static Step gradientStep(NDManager m, Weights weights, List<Sample> batch,
      double clip) {
    Map<String, NDArray> p = DjlDispatchNetwork.parameters(m, weights, true);
    Map<Integer, List<Sample>> bySize = new LinkedHashMap<>();
    for (Sample s : batch) {
      bySize.computeIfAbsent(s.mask().length, k -> new ArrayList<>()).add(s);
    }
    double loss = 0;
    double kl = 0;
    try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
      NDArray total = null;
      for (List<Sample> group : bySize.values()) {
        NDArray[] parts = groupLoss(m, p, group, clip, batch.size());
        total = total == null ? parts[0] : total.add(parts[0]);
        float[] ratioLog = parts[1].toFloatArray();
        for (float lr : ratioLog) {
          kl += (Math.exp(lr) - 1 - lr) / batch.size();
        }
      }
      loss = total.getFloat();
      gc.backward(total);
    }
    Map<String, float[]> gradients = new LinkedHashMap<>();
    p.forEach((name, a) -> gradients.put(name, a.getGradient().toFloatArray()));
    return new Step(gradients, loss, kl);
  }

  /** The group's share of the minibatch loss, and its log-ratios (detached). */
  private static NDArray[] groupLoss(NDManager m, Map<String, NDArray> p, List<Sample> group,
      double clip, int batchSize) {
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
    NDArray ratio = logRatio.exp();
    NDArray adv = m.create(advantage);
    NDArray surrogate = NDArrays.minimum(ratio.mul(adv), ratio.clip(1 - clip, 1 + clip).mul(adv));
    return new NDArray[] {surrogate.sum().neg().div(batchSize), logRatio.stopGradient()};
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
