package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.allot.agent.Adam;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.allot.agent.train.OptimiserState;
import org.allot.agent.train.PolicyUpdate;
import org.allot.agent.train.PpoClip;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the divergence of a 30 x 15 training run (issue 8): every gradient turned
 * NaN in update 5, Adam spread it to every weight, and the run went on with a dead policy
 * (sampling fell back on No-Op, greedy on the lowest job) and constant makespans. The cause was
 * DJL freeing the loss's scalars before the backward pass read them; the other tests cover the
 * guards (log-ratio overflow, gradient clipping, NaN policies and weight files).
 */
class DivergenceTest {
  /** An expert action recorded with a tiny probability must not overflow exp(log r) into NaN. */
  @Test
  void aPhaseStaysFiniteWhenRecordedLogProbabilitiesAreTiny() {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(5);
    Weights w = DispatchNetwork.initial(random);
    DispatchNetwork network = new DispatchNetwork(w);
    JobShopInstance instance = RandomJobShopGenerator.taillardLike(6, 4).generate(random);
    List<float[]> obs = new ArrayList<>();
    List<boolean[]> masks = new ArrayList<>();
    Fixtures.randomStates(instance, random, obs, masks);
    List<DispatchSample> samples = new ArrayList<>();
    for (int b = 0; b < obs.size(); b++) {
      boolean[] mask = masks.get(b);
      float[] logits = new float[mask.length];
      network.logits(obs.get(b), mask, logits);
      int a = DispatchPolicy.greedy(logits, mask);
      double logProb = DispatchPolicy.logProb(logits, mask, a);
      // Every third decision as an expert action the acting policy all but ruled out: its
      // recorded log-probability is 100 below the current one, so log r = 100 and exp overflows.
      double recorded = b % 3 == 0 ? logProb - 100 : logProb;
      samples.add(new DispatchSample(obs.get(b), mask, a, recorded, b % 2 == 0 ? 1 : -1));
    }
    try (NDManager root = DjlRuntime.newManager()) {
      PolicyUpdate out = ppo().optimise("test", w, samples, 1e-3,
          new OptimiserState(new Adam(0.9, 0.999, 1e-5), new SplittableRandom(1), root));
      assertNull(out.weights().firstNonFinite(), "the weights must stay finite");
      assertTrue(Double.isFinite(out.loss()), "loss " + out.loss());
      assertTrue(out.maxLogRatio() >= 99, "the overflow case was exercised");
    }
  }

  /**
   * The root cause of the divergence: DJL's {@code x.div(n)} and {@code x.mul(s)} with a Number
   * make a temporary scalar array on a direct ByteBuffer and close it at once, but autograd keeps
   * the scalar for the backward pass; after a garbage collection the backward read freed memory
   * and every gradient became NaN (or silently wrong). Here a collection runs between forward
   * and backward, and the freed small blocks are refilled with NaN: the gradient must not change.
   */
  @Test
  void gradientsDoNotReadScalarsFreedBeforeTheBackwardPass() {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(9);
    Weights w = Fixtures.perturbed(DispatchNetwork.initial(random), random);
    DispatchNetwork network = new DispatchNetwork(w);
    JobShopInstance instance = RandomJobShopGenerator.taillardLike(6, 4).generate(random);
    List<float[]> obs = new ArrayList<>();
    List<boolean[]> masks = new ArrayList<>();
    Fixtures.randomStates(instance, random, obs, masks);
    List<DispatchSample> samples = new ArrayList<>();
    for (int b = 0; b < obs.size(); b++) {
      float[] logits = new float[masks.get(b).length];
      network.logits(obs.get(b), masks.get(b), logits);
      int a = DispatchPolicy.greedy(logits, masks.get(b));
      samples.add(new DispatchSample(obs.get(b), masks.get(b), a,
          DispatchPolicy.logProb(logits, masks.get(b), a) - 0.1, b % 2 == 0 ? 1 : -1));
    }
    try (NDManager root = DjlRuntime.newManager()) {
      float[] reference = gradient(root, w, samples, false);
      for (int trial = 0; trial < 10; trial++) {
        float[] poisoned = gradient(root, w, samples, true);
        assertArrayEquals(reference, poisoned, "trial " + trial);
      }
    }
  }

  /** The gradient of the PPO loss; with {@code poison}, NaN fills freed memory before backward. */
  private static PpoClip<DispatchSample> ppo() {
    return new PpoClip<>(DjlDispatchPolicy.INSTANCE, new PpoClip.Settings(2, 2, 0.3, 0.01, 0.5));
  }

  private static float[] gradient(NDManager root, Weights w, List<DispatchSample> samples,
      boolean poison) {
    return DjlRuntime.scoped(root, m -> {
      Map<String, NDArray> p = DjlDispatchNetwork.parameters(m, w, true);
      List<ByteBuffer> filler = new ArrayList<>();
      try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
        NDArray loss = ppo().loss(m, p, samples);
        if (poison) {
          System.gc();
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          for (int i = 0; i < 20_000; i++) {
            ByteBuffer b = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder());
            b.putFloat(0, Float.NaN);
            filler.add(b);
          }
        }
        gc.backward(loss);
      }
      float[] all = new float[w.parameterCount()];
      int at = 0;
      for (NDArray a : p.values()) {
        float[] g = a.getGradient().toFloatArray();
        System.arraycopy(g, 0, all, at, g.length);
        at += g.length;
      }
      filler.clear();
      return all;
    });
  }

  @Test
  void aPolicyWithNonFiniteWeightsFailsInsteadOfWaiting() {
    Map<String, Weights.Tensor> nan = new LinkedHashMap<>();
    DispatchNetwork.initial(new SplittableRandom(1)).tensors().forEach((name, t) -> {
      float[] v = t.data();
      java.util.Arrays.fill(v, Float.NaN);
      nan.put(name, new Weights.Tensor(t.shape(), v));
    });
    DispatchNetwork network = new DispatchNetwork(new Weights(nan));
    CpDispatchEnvironment env = new CpDispatchEnvironment(Fixtures.ft06());
    env.reset(0);
    env.step(0);
    float[] obs = new float[env.observationSize()];
    boolean[] mask = new boolean[env.actionCount()];
    env.observe(obs);
    env.actionMask(mask);
    assertTrue(mask[env.noOp()], "No-Op is legal in this state");
    var random = new SplittableRandom(1);
    // Before the fix, sampling returned No-Op (the last legal action) and greedy the lowest job.
    assertThrows(IllegalStateException.class,
        () -> DispatchPolicy.sampling(network, 1.0).act(obs, mask, random));
    assertThrows(IllegalStateException.class,
        () -> DispatchPolicy.greedy(network).act(obs, mask, random));
  }

  @Test
  void weightsWithNaNAreRejectedOnRead() throws IOException {
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    t.put("a", new Weights.Tensor(new int[] {2}, new float[] {1, Float.NaN}));
    Weights w = new Weights(t);
    assertEquals("tensor 'a' [1] = NaN", w.firstNonFinite());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(out);
    IOException e = assertThrows(IOException.class,
        () -> Weights.read(new ByteArrayInputStream(out.toByteArray()), "run1/weights.bin"));
    assertTrue(e.getMessage().startsWith("run1/weights.bin: tensor 'a' [1] = NaN"),
        e.getMessage());
  }
}
