package org.allot.agent.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.allot.agent.Adam;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PPO-clip and REINFORCE over a masked categorical policy, on a toy policy whose logits are its
 * only weights: the losses' values and gradients against hand-computed ones, the clip, the KL
 * stop, the entropy bonus, grouping by action count, determinism and the NaN guard.
 */
class PolicyGradientTest {
  private static final float MASKED = -1e9f;

  /** A state with {@code mask.length} actions (legal where true), the action and its labels. */
  record Toy(boolean[] mask, int action, double oldLogProb, double advantage)
      implements ActionSample {}

  /** Logits = the weight "logits" (its first A entries) plus the mask. */
  static final DifferentiablePolicy<Toy> POLICY = new DifferentiablePolicy<>() {
    @Override
    public Map<String, NDArray> parameters(NDManager m, Weights weights) {
      Map<String, NDArray> p = new LinkedHashMap<>();
      weights.tensors().forEach((name, t) -> {
        NDArray a = m.create(t.data(), new Shape(t.shape()[0]));
        a.setRequiresGradient(true);
        p.put(name, a);
      });
      return p;
    }

    @Override
    public NDArray logProbs(NDManager m, Map<String, NDArray> p, List<Toy> batch) {
      int a = batch.getFirst().mask().length;
      float[] mask = new float[batch.size() * a];
      for (int b = 0; b < batch.size(); b++) {
        for (int i = 0; i < a; i++) {
          mask[b * a + i] = batch.get(b).mask()[i] ? 0 : MASKED;
        }
      }
      NDArray logits = p.get("logits").get(new NDIndex("0:" + a));
      return m.create(mask, new Shape(batch.size(), a)).add(logits).logSoftmax(1);
    }

    @Override
    public int actions(Toy sample) {
      return sample.mask().length;
    }
  };

  @BeforeAll
  static void engine() {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
  }

  private static Weights logits(float... values) {
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    t.put("logits", new Weights.Tensor(new int[] {values.length}, values));
    return new Weights(t);
  }

  private static boolean[] legal(int n) {
    boolean[] mask = new boolean[n];
    java.util.Arrays.fill(mask, true);
    return mask;
  }

  /** The log-probabilities of the legal actions, in Java. */
  private static double[] logSoftmax(float[] logits, boolean[] mask) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < mask.length; i++) {
      max = mask[i] ? Math.max(max, logits[i]) : max;
    }
    double sum = 0;
    for (int i = 0; i < mask.length; i++) {
      sum += mask[i] ? Math.exp(logits[i] - max) : 0;
    }
    double[] out = new double[mask.length];
    for (int i = 0; i < mask.length; i++) {
      out[i] = mask[i] ? logits[i] - max - Math.log(sum) : Double.NEGATIVE_INFINITY;
    }
    return out;
  }

  private static PpoClip<Toy> ppo(int epochs, double targetKl) {
    return new PpoClip<>(POLICY, new PpoClip.Settings(epochs, 2, 0.2, targetKl, 10));
  }

  private static Reinforce<Toy> reinforce(double entropy) {
    return new Reinforce<>(POLICY, new Reinforce.Settings(1, 1, Double.POSITIVE_INFINITY,
        Double.POSITIVE_INFINITY, entropy));
  }

  /** The loss's value and its gradient with respect to the logits. */
  private static float[] lossAndGradient(Weights w, List<Toy> batch,
      BiFunction<NDManager, Map<String, NDArray>, NDArray> loss) {
    try (NDManager root = DjlRuntime.newManager()) {
      return DjlRuntime.scoped(root, m -> {
        Map<String, NDArray> p = POLICY.parameters(m, w);
        float value;
        try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
          NDArray l = loss.apply(m, p);
          value = l.getFloat();
          gc.backward(l);
        }
        float[] g = p.get("logits").getGradient().toFloatArray();
        float[] out = new float[g.length + 1];
        out[0] = value;
        System.arraycopy(g, 0, out, 1, g.length);
        return out;
      });
    }
  }

  @Test
  void reinforceIsMinusTheMeanOfAdvantageTimesLogProbability() {
    float[] theta = {0.5f, -1, 2, 0};
    boolean[] mask = {true, true, false, true};
    List<Toy> batch = List.of(new Toy(mask, 0, 0, 2), new Toy(mask, 3, 0, -1),
        new Toy(legal(4), 2, 0, 0.5));
    double expected = 0;
    for (Toy t : batch) {
      expected -= t.advantage() * logSoftmax(theta, t.mask())[t.action()] / batch.size();
    }
    float[] got = lossAndGradient(logits(theta), batch,
        (m, p) -> reinforce(0).loss(m, p, batch));
    assertEquals(expected, got[0], 1e-5);
  }

  @Test
  void atRatioOnePpoClipHasReinforcesGradient() {
    float[] theta = {0.3f, -0.2f, 0.9f};
    double[] lp = logSoftmax(theta, legal(3));
    List<Toy> batch = List.of(new Toy(legal(3), 0, lp[0], 1.5), new Toy(legal(3), 2, lp[2], -0.7),
        new Toy(legal(3), 1, lp[1], 0.4));
    float[] ppo = lossAndGradient(logits(theta), batch, (m, p) -> ppo(1, 1).loss(m, p, batch));
    float[] pg = lossAndGradient(logits(theta), batch, (m, p) -> reinforce(0).loss(m, p, batch));
    for (int i = 1; i < ppo.length; i++) {
      assertEquals(pg[i], ppo[i], 1e-5, "d loss / d logit " + (i - 1));
    }
  }

  @Test
  void ppoClipGivesNoGradientBeyondTheClip() {
    float[] theta = {0.3f, -0.2f, 0.9f};
    double[] lp = logSoftmax(theta, legal(3));
    // log r = 1: r = e > 1 + 0.2 with a positive advantage, so the clipped term is the minimum.
    List<Toy> batch = List.of(new Toy(legal(3), 0, lp[0] - 1, 1.0));
    float[] got = lossAndGradient(logits(theta), batch, (m, p) -> ppo(1, 1).loss(m, p, batch));
    assertEquals(-1.2, got[0], 1e-5, "the clipped surrogate (1 + e) A");
    assertArrayEquals(new float[] {0, 0, 0}, java.util.Arrays.copyOfRange(got, 1, 4));
  }

  @Test
  void anEntropyBonusLowersTheLossByItsCoefficientTimesTheMeanEntropy() {
    float[] theta = {2, 0, -1};
    boolean[] mask = {true, false, true};
    List<Toy> batch = List.of(new Toy(mask, 0, 0, 1.0), new Toy(legal(3), 1, 0, 0.0));
    float[] plain = lossAndGradient(logits(theta), batch, (m, p) -> reinforce(0).loss(m, p,
        batch));
    float[] bonus = lossAndGradient(logits(theta), batch, (m, p) -> reinforce(0.5).loss(m, p,
        batch));
    double entropy = 0;
    for (Toy t : batch) {
      double[] lp = logSoftmax(theta, t.mask());
      for (double x : lp) {
        entropy -= Double.isInfinite(x) ? 0 : Math.exp(x) * x / batch.size();
      }
    }
    assertEquals(plain[0] - 0.5 * entropy, bonus[0], 1e-5);
  }

  @Test
  void samplesOfDifferentActionCountsAreGroupedAndWeightedByTheirShare() {
    float[] theta = {0.1f, 0.7f, -0.4f, 1.1f};
    List<Toy> small = List.of(new Toy(legal(2), 1, 0, 1.0));
    List<Toy> large = List.of(new Toy(legal(4), 3, 0, -2.0), new Toy(legal(4), 0, 0, 0.5));
    List<Toy> mixed = List.of(large.get(0), small.get(0), large.get(1));
    float all = lossAndGradient(logits(theta), mixed, (m, p) -> reinforce(0).loss(m, p, mixed))[0];
    float s = lossAndGradient(logits(theta), small, (m, p) -> reinforce(0).loss(m, p, small))[0];
    float l = lossAndGradient(logits(theta), large, (m, p) -> reinforce(0).loss(m, p, large))[0];
    assertEquals((s * 1 + l * 2) / 3.0, all, 1e-5);
  }

  private static List<Toy> preferFirst() {
    double[] lp = logSoftmax(new float[] {0, 0, 0}, legal(3));
    return List.of(new Toy(legal(3), 0, lp[0], 1), new Toy(legal(3), 1, lp[1], -1),
        new Toy(legal(3), 2, lp[2], -0.5), new Toy(legal(3), 0, lp[0], 0.8));
  }

  private static PolicyUpdate run(PpoClip<Toy> ppo, long seed) {
    try (NDManager root = DjlRuntime.newManager()) {
      return ppo.optimise("test", logits(0, 0, 0), preferFirst(), 0.05,
          new OptimiserState(new Adam(0.9, 0.999, 1e-8), new SplittableRandom(seed), root));
    }
  }

  @Test
  void aPhaseMovesThePolicyTowardsAdvantagedActionsTheSameWayForOneSeed() {
    PolicyUpdate first = run(ppo(4, 100), 3);
    float[] theta = first.weights().tensor("logits").data();
    assertTrue(theta[0] > theta[1] && theta[0] > theta[2], java.util.Arrays.toString(theta));
    assertEquals(4, first.epochs(), "no KL stop");
    assertEquals(first, run(ppo(4, 100), 3), "the same seed replays bit for bit");
    assertNotEquals(first.weights(), run(ppo(4, 100), 4).weights(),
        "another seed shuffles the minibatches otherwise");
  }

  @Test
  void anEpochOverTheTargetKlStopsThePhase() {
    PolicyUpdate stopped = run(ppo(4, 1e-12), 3);
    assertEquals(1, stopped.epochs());
    assertTrue(stopped.kl() > 1e-12, "kl " + stopped.kl());
  }

  @Test
  void reinforceWithTheEntropyBonusSpreadsAPeakedPolicy() {
    float[] theta = {3, 0, 0};
    List<Toy> batch = List.of(new Toy(legal(3), 0, 0, 0), new Toy(legal(3), 1, 0, 0));
    Reinforce<Toy> spread = new Reinforce<>(POLICY, new Reinforce.Settings(10, 1,
        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1.0));
    try (NDManager root = DjlRuntime.newManager()) {
      PolicyUpdate out = spread.optimise("entropy", logits(theta), batch, 0.1,
          new OptimiserState(new Adam(0.9, 0.999, 1e-8), new SplittableRandom(1), root));
      double[] before = logSoftmax(theta, legal(3));
      double[] after = logSoftmax(out.weights().tensor("logits").data(), legal(3));
      assertTrue(Math.exp(after[0]) < Math.exp(before[0]) - 0.05, "p(0) " + Math.exp(after[0]));
    }
  }

  @Test
  void aNonFiniteLossStopsThePhaseNamingIt() {
    try (NDManager root = DjlRuntime.newManager()) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> ppo(1, 1).optimise("update 7: imitation", logits(Float.NaN, 0, 0), preferFirst(),
              0.05, new OptimiserState(new Adam(0.9, 0.999, 1e-8), new SplittableRandom(1),
                  root)));
      assertTrue(e.getMessage().startsWith("update 7: imitation phase, epoch 1, minibatch of 2"
          + " from 0: loss NaN"), e.getMessage());
    }
  }

  @Test
  void nothingToLearnFromChangesNothing() {
    try (NDManager root = DjlRuntime.newManager()) {
      PolicyUpdate none = reinforce(0).optimise("empty", logits(1, 2), List.of(), 0.1,
          new OptimiserState(new Adam(0.9, 0.999, 1e-8), new SplittableRandom(1), root));
      assertEquals(PolicyUpdate.none(logits(1, 2)), none);
      assertEquals(0, none.epochs());
    }
  }
}
