package org.allot.agent.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;

/**
 * The optimisation loop that {@link PpoClip} and {@link Reinforce} share: epochs of shuffled
 * minibatches, each minibatch's samples grouped by action count (one forward per group),
 * gradients by DJL autograd in a scope of its own, clipped to a global norm, checked by the
 * {@link NanGuard}, and stepped by the Java Adam; an epoch whose mean approximate KL ({@code (r -
 * 1) - log r}) exceeds the target stops the phase. Only the per-sample objective differs between
 * the losses. Not thread-safe.
 */
final class MinibatchLoop<S extends ActionSample> {
  /** The bound on {@code |log r|} before {@code exp}. */
  static final double LOG_RATIO_LIMIT = 20;

  /** The per-sample objective to maximise; the loss is minus its batch mean. */
  interface Objective {
    /**
     * @param logProbs the group's log-probabilities {@code [b, A]}
     * @param chosen the taken actions' log-probabilities {@code [b]}
     * @param ratio the clamped probability ratios {@code [b]}
     * @param advantage the advantages {@code [b]}
     */
    NDArray of(NDManager m, NDArray logProbs, NDArray chosen, NDArray ratio, NDArray advantage);
  }

  /** The loop's settings (validated by the public settings records). */
  record Settings(int epochs, int minibatches, double targetKl, double maxGradNorm) {}

  private record Step(Map<String, float[]> gradients, double loss, double kl,
      double maxLogRatio) {}

  private final DifferentiablePolicy<S> policy;
  private final Objective objective;
  private final Settings settings;

  MinibatchLoop(DifferentiablePolicy<S> policy, Objective objective, Settings settings) {
    this.policy = policy;
    this.objective = objective;
    this.settings = settings;
  }

  PolicyUpdate optimise(String phase, Weights weights, List<S> samples, double learningRate,
      OptimiserState state) {
    PolicyUpdate result = PolicyUpdate.none(weights);
    if (samples.isEmpty()) {
      return result;
    }
    Phase run = new Phase(phase, samples, learningRate, state, weights);
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      result = run.epoch(epoch);
      if (result.kl() > settings.targetKl()) {
        break;
      }
    }
    return result;
  }

  /** One phase's state across its epochs: the order, the weights, the running statistics. */
  private final class Phase {
    private final String name;
    private final List<S> samples;
    private final double learningRate;
    private final OptimiserState state;
    private final int[] order;
    private final int size;
    private Weights weights;
    private double normSum;
    private int steps;
    private double maxLogRatio;

    Phase(String name, List<S> samples, double learningRate, OptimiserState state,
        Weights weights) {
      this.name = name;
      this.samples = samples;
      this.learningRate = learningRate;
      this.state = state;
      this.weights = weights;
      int count = samples.size();
      size = Math.max(1, (count + settings.minibatches() - 1) / settings.minibatches());
      order = new int[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
    }

    /** Epoch {@code epoch} (1-based): its minibatches in a fresh shuffle, a step each. */
    PolicyUpdate epoch(int epoch) {
      shuffle(order, state.random());
      int count = samples.size();
      double loss = 0;
      double kl = 0;
      for (int from = 0; from < count; from += size) {
        List<S> batch = new ArrayList<>();
        for (int i = from; i < Math.min(count, from + size); i++) {
          batch.add(samples.get(order[i]));
        }
        Weights current = weights;
        Step step = DjlRuntime.scoped(state.manager(), m -> gradientStep(m, current, batch));
        double norm = Gradients.clipToNorm(step.gradients, settings.maxGradNorm());
        maxLogRatio = Math.max(maxLogRatio, step.maxLogRatio);
        NanGuard.requireFinite(step.loss, norm, name + " phase, epoch " + epoch
            + ", minibatch of " + batch.size() + " from " + from, () -> detail(step, batch));
        normSum += norm;
        steps++;
        weights = state.adam().step(weights, step.gradients, learningRate);
        loss += step.loss * batch.size() / count;
        kl += step.kl * batch.size() / count;
      }
      return new PolicyUpdate(weights, loss, kl, epoch, normSum / steps, maxLogRatio);
    }
  }

  private static String detail(Step step, List<? extends ActionSample> batch) {
    double lowest = 0;
    for (ActionSample s : batch) {
      lowest = Math.min(lowest, s.oldLogProb());
    }
    return "largest |log ratio| " + step.maxLogRatio + ", lowest recorded log-probability "
        + lowest;
  }

  /** The minibatch's loss, differentiable (the sum of its groups' shares). */
  NDArray loss(NDManager m, Map<String, NDArray> p, List<S> batch) {
    NDArray total = null;
    for (List<S> group : groups(batch)) {
      NDArray share = groupLoss(m, p, group, batch.size())[0];
      total = total == null ? share : total.add(share);
    }
    return total;
  }

  private Step gradientStep(NDManager m, Weights weights, List<S> batch) {
    Map<String, NDArray> p = policy.parameters(m, weights);
    double loss = 0;
    double kl = 0;
    double maxLogRatio = 0;
    try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
      NDArray total = null;
      for (List<S> group : groups(batch)) {
        NDArray[] parts = groupLoss(m, p, group, batch.size());
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

  /** The batch's samples by action count, in order of first appearance. */
  private List<List<S>> groups(List<S> batch) {
    Map<Integer, List<S>> byCount = new LinkedHashMap<>();
    for (S s : batch) {
      byCount.computeIfAbsent(policy.actions(s), k -> new ArrayList<>()).add(s);
    }
    return List.copyOf(byCount.values());
  }

  /** The group's share of the minibatch loss, and its log-ratios (detached). */
  private NDArray[] groupLoss(NDManager m, Map<String, NDArray> p, List<S> group,
      int batchSize) {
    int b = group.size();
    int width = policy.actions(group.getFirst());
    float[] oneHot = new float[b * width];
    float[] old = new float[b];
    float[] advantage = new float[b];
    for (int i = 0; i < b; i++) {
      S s = group.get(i);
      oneHot[i * width + s.action()] = 1;
      old[i] = (float) s.oldLogProb();
      advantage[i] = (float) s.advantage();
    }
    NDArray logProbs = policy.logProbs(m, p, group);
    NDArray chosen = logProbs.mul(m.create(oneHot, new Shape(b, width))).sum(new int[] {1});
    NDArray logRatio = chosen.sub(m.create(old));
    NDArray ratio = logRatio.clip(-LOG_RATIO_LIMIT, LOG_RATIO_LIMIT).exp();
    NDArray adv = m.create(advantage);
    NDArray perSample = objective.of(m, logProbs, chosen, ratio, adv);
    // Not div(batchSize): see DjlRuntime.scalar.
    NDArray share = perSample.sum().neg().div(DjlRuntime.scalar(m, batchSize));
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
