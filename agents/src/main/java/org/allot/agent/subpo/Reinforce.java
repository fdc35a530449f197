package org.allot.agent.subpo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.allot.agent.Adam;
import org.allot.agent.Weights;
import org.allot.agent.nn.MaskedSoftmax;
import org.allot.agent.nn.Mlp;
import org.allot.problem.coverage.Move;

/**
 * REINFORCE with a baseline for the SubPO policy, in plain Java (the network has 14 k
 * parameters: a DJL call per step would cost more than the step). One {@link #update} samples
 * {@code batch} walks on each map, credits every action by the {@link Credit} rule, subtracts the
 * baseline (the mean credit at the same step over the map's walks: a shared baseline as in POMO,
 * which needs no critic), divides the advantages by their standard deviation over the update, and
 * takes one Adam step on {@code -mean(A log pi(a | s)) - entropy * H(pi)} with the gradient
 * clipped to a global norm. Deterministic for one seed. Not thread-safe.
 */
public final class Reinforce {
  /**
   * The learning settings.
   *
   * @param credit how actions are credited
   * @param batch walks sampled per map and update, at least 2 (the baseline needs two)
   * @param learningRate Adam's rate, positive
   * @param entropy the entropy bonus's coefficient, at least 0 (0: none, as in the paper)
   * @param maxGradNorm the global gradient norm each update is clipped to, positive
   */
  public record Settings(Credit credit, int batch, double learningRate, double entropy,
      double maxGradNorm) {
    public Settings {
      if (credit == null || batch < 2 || !(learningRate > 0) || !(entropy >= 0)
          || !(maxGradNorm > 0)) {
        throw new IllegalArgumentException("need a credit rule, a batch of at least 2 walks, a"
            + " positive learning rate and gradient-norm clip and an entropy coefficient >= 0;"
            + " got " + credit + ", " + batch + ", " + learningRate + ", " + maxGradNorm + ", "
            + entropy);
      }
    }
  }

  /**
   * What one update saw.
   *
   * @param meanValue the mean F of the sampled walks
   * @param best the best sampled walk of each map, in map order
   * @param entropy the mean policy entropy over the visited states (nats)
   * @param gradNorm the gradient's global norm before clipping
   */
  public record Stats(double meanValue, List<Walker.Episode> best, double entropy,
      double gradNorm) {}

  private final Settings settings;
  private final Adam adam = new Adam(0.9, 0.999, 1e-8);
  private final SplittableRandom random;
  private Weights weights;

  /** A learner from {@code initial}, its sampling seeded by {@code seed}. */
  public Reinforce(Weights initial, Settings settings, long seed) {
    this.weights = initial;
    this.settings = settings;
    this.random = new SplittableRandom(seed);
  }

  /** The current weights. */
  public Weights weights() {
    return weights;
  }

  /** The settings. */
  public Settings settings() {
    return settings;
  }

  /**
   * One update on {@code maps}.
   *
   * @throws IllegalStateException when the gradient is not finite (the weights are kept)
   */
  public Stats update(List<Walker> maps) {
    return update(maps, () -> false);
  }

  /**
   * One update on {@code maps} that gives up as soon as {@code stop} says so (checked after
   * every walk, sampled or replayed): the walks sampled so far are returned, and the weights are
   * left as they were unless the update was completed.
   *
   * @throws IllegalStateException when the gradient is not finite (the weights are kept)
   */
  public Stats update(List<Walker> maps, BooleanSupplier stop) {
    SubpoNetwork network = new SubpoNetwork(weights);
    Mlp mlp = network.mlp();
    Mlp.Scratch scratch = new Mlp.Scratch(mlp);
    List<Walker.Episode[]> episodes = new ArrayList<>();
    List<double[][]> advantages = new ArrayList<>();
    List<Walker.Episode> best = new ArrayList<>();
    double valueSum = 0;
    for (Walker map : maps) {
      Walker.Episode[] batch = new Walker.Episode[settings.batch()];
      for (int b = 0; b < batch.length; b++) {
        batch[b] = map.play(mlp, scratch, random);
        valueSum += batch[b].value();
        if (stop.getAsBoolean()) {
          best.add(bestOf(java.util.Arrays.copyOf(batch, b + 1)));
          return new Stats(valueSum / (episodes.size() * batch.length + b + 1), best, Double.NaN,
              Double.NaN);
        }
      }
      episodes.add(batch);
      advantages.add(advantages(batch, map.horizon()));
      best.add(bestOf(batch));
    }
    double scale = 1 / standardDeviation(advantages);
    Gradient g = new Gradient(mlp, scratch, settings.entropy());
    for (int m = 0; m < maps.size(); m++) {
      for (int b = 0; b < settings.batch(); b++) {
        double[] a = advantages.get(m)[b];
        maps.get(m).replay(episodes.get(m)[b], (t, obs, mask, action) ->
            g.add(obs, mask, action, a[t] * scale));
        if (stop.getAsBoolean()) {
          return new Stats(valueSum / (maps.size() * settings.batch()), best, Double.NaN,
              Double.NaN);
        }
      }
    }
    double norm = g.finish(settings.maxGradNorm());
    weights = adam.step(weights, g.gradients, settings.learningRate());
    return new Stats(valueSum / (maps.size() * settings.batch()), best, g.entropy(), norm);
  }

  private double[][] advantages(Walker.Episode[] batch, int horizon) {
    double[][] credit = new double[batch.length][horizon];
    double[] baseline = new double[horizon];
    for (int b = 0; b < batch.length; b++) {
      settings.credit().credits(batch[b].gains(), batch[b].modular(), horizon, credit[b]);
      for (int t = 0; t < horizon; t++) {
        baseline[t] += credit[b][t] / batch.length;
      }
    }
    for (double[] c : credit) {
      for (int t = 0; t < horizon; t++) {
        c[t] -= baseline[t];
      }
    }
    return credit;
  }

  private static double standardDeviation(List<double[][]> advantages) {
    double sum = 0;
    long n = 0;
    for (double[][] map : advantages) {
      for (double[] walk : map) {
        for (double a : walk) {
          sum += a * a;
          n++;
        }
      }
    }
    double sd = n == 0 ? 0 : Math.sqrt(sum / n);
    return sd > 1e-9 ? sd : 1;
  }

  private static Walker.Episode bestOf(Walker.Episode[] batch) {
    Walker.Episode best = batch[0];
    for (Walker.Episode e : batch) {
      if (e.value() > best.value()) {
        best = e;
      }
    }
    return best;
  }

  /** The gradient of the loss, accumulated step by step over replayed walks. */
  private static final class Gradient {
    final Map<String, float[]> gradients = new LinkedHashMap<>();
    private final Mlp mlp;
    private final Mlp.Scratch scratch;
    private final double entropyCoefficient;
    private final double[] p = new double[Move.count()];
    private final float[] dLogits = new float[Move.count()];
    private final float[] work;
    private double entropySum;
    private long steps;

    Gradient(Mlp mlp, Mlp.Scratch scratch, double entropyCoefficient) {
      this.mlp = mlp;
      this.scratch = scratch;
      this.entropyCoefficient = entropyCoefficient;
      this.work = new float[mlp.workSize()];
    }

    /** Adds the step's gradient of {@code -advantage log pi(action) - c H}. */
    void add(float[] observation, boolean[] mask, int action, double advantage) {
      float[] logits = mlp.forward(observation, scratch);
      MaskedSoftmax.probabilities(logits, mask, 1, p);
      double h = 0;
      for (double q : p) {
        h -= q > 0 ? q * Math.log(q) : 0;
      }
      entropySum += h;
      steps++;
      for (int a = 0; a < p.length; a++) {
        double score = (a == action ? 1 : 0) - p[a];
        double dEntropy = p[a] > 0 ? -p[a] * (Math.log(p[a]) + h) : 0;
        dLogits[a] = (float) -(advantage * score + entropyCoefficient * dEntropy);
      }
      mlp.backward(scratch, dLogits, gradients, work);
    }

    /** Averages over the steps, clips the norm; returns the norm before clipping. */
    double finish(double max) {
      double sum = 0;
      for (float[] g : gradients.values()) {
        for (int i = 0; i < g.length; i++) {
          g[i] /= steps;
          sum += (double) g[i] * g[i];
        }
      }
      double norm = Math.sqrt(sum);
      if (!Double.isFinite(norm)) {
        throw new IllegalStateException("the SubPO gradient is not finite (norm " + norm
            + "); the update is skipped");
      }
      if (norm > max) {
        float factor = (float) (max / norm);
        for (float[] g : gradients.values()) {
          for (int i = 0; i < g.length; i++) {
            g[i] *= factor;
          }
        }
      }
      return norm;
    }

    double entropy() {
      return steps == 0 ? 0 : entropySum / steps;
    }
  }
}
