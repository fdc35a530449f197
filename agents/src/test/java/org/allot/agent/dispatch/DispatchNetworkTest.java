package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.junit.jupiter.api.Test;

/** The plain-Java forward and the DJL forward compute the same function; weights round-trip. */
class DispatchNetworkTest {
  @Test
  void javaAndDjlForwardsAgreeOnRandomStatesAndWeights() {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 3; trial++) {
      Weights w = perturbed(DispatchNetwork.initial(random), random);
      DispatchNetwork java = new DispatchNetwork(w);
      JobShopInstance instance = RandomJobShopGenerator.taillardLike(7 + trial, 4)
          .generate(random);
      List<float[]> obs = new ArrayList<>();
      List<boolean[]> masks = new ArrayList<>();
      randomStates(instance, random, obs, masks);
      try (NDManager root = DjlRuntime.newManager()) {
        float[] djl = DjlRuntime.scoped(root, m -> DjlDispatchNetwork.logProbs(m,
            DjlDispatchNetwork.parameters(m, w, false), obs, masks).toFloatArray());
        int width = masks.getFirst().length;
        for (int b = 0; b < obs.size(); b++) {
          float[] logits = new float[width];
          java.logits(obs.get(b), masks.get(b), logits);
          for (int a = 0; a < width; a++) {
            if (masks.get(b)[a]) {
              assertEquals(DispatchPolicy.logProb(logits, masks.get(b), a), djl[b * width + a],
                  1e-5, "state " + b + ", action " + a);
            }
          }
        }
      }
    }
  }

  /**
   * With No-Op masked the forward encodes only the dispatchable jobs and their competitors; every
   * job logit must equal, bit for bit, the one from a forward over all jobs (No-Op allowed).
   */
  @Test
  void nonDelayForwardSkipsOnlyJobsThatReachNoLogit() {
    SplittableRandom random = new SplittableRandom(5);
    DispatchNetwork network = new DispatchNetwork(
        DispatchNetwork.withWaits(perturbed(DispatchNetwork.initial(random), random), false));
    JobShopInstance instance = RandomJobShopGenerator.taillardLike(30, 10).generate(random);
    List<float[]> obs = new ArrayList<>();
    List<boolean[]> masks = new ArrayList<>();
    randomStates(instance, random, obs, masks);
    int states = obs.size();
    nonDelayStates(instance, random, obs, masks);
    int skipped = 0;
    for (int b = 0; b < obs.size(); b++) {
      boolean[] all = masks.get(b).clone();
      boolean[] restricted = masks.get(b).clone();
      network.restrict(restricted);
      int n = all.length - 1;
      all[n] = true;
      float[] full = new float[n + 1];
      float[] fast = new float[n + 1];
      network.logits(obs.get(b), all, full);
      network.logits(obs.get(b), restricted, fast);
      skipped += n - DispatchNetwork.needed(restricted,
          DispatchNetwork.competitionGroups(obs.get(b), n), n).length;
      for (int j = 0; j < n; j++) {
        assertEquals(restricted[j] ? full[j] : DispatchNetwork.MASKED, fast[j], 0f,
            "state " + b + ", job " + j);
      }
    }
    assertTrue(skipped > 10 * (obs.size() - states),
        "a non-delay episode at 30 x 10 skips more than 10 jobs a decision on average: " + skipped);
  }

  @Test
  void weightsRoundTripBitForBit() throws IOException {
    Weights w = DispatchNetwork.initial(new SplittableRandom(3));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(out);
    Weights back = Weights.read(new ByteArrayInputStream(out.toByteArray()), "memory");
    assertEquals(w, back);
    assertEquals(w.parameterCount(), back.parameterCount());
    assertEquals(2444, w.parameterCount(), "about 2.4 k parameters, as in the paper");
  }

  /** Non-trivial weights: every tensor gets noise, so biases and gains matter too. */
  static Weights perturbed(Weights w, SplittableRandom random) {
    var map = new java.util.LinkedHashMap<String, Weights.Tensor>();
    w.tensors().forEach((name, t) -> {
      float[] v = t.data();
      for (int i = 0; i < v.length; i++) {
        v[i] += (float) (random.nextGaussian() * 0.3);
      }
      map.put(name, new Weights.Tensor(t.shape(), v));
    });
    return new Weights(map);
  }

  /** Observations and masks along a random episode (with No-Ops). */
  static void randomStates(JobShopInstance instance, SplittableRandom random, List<float[]> obs,
      List<boolean[]> masks) {
    randomStates(instance, random, obs, masks, true);
  }

  /** Observations and masks along a random non-delay episode (a legal job at every step). */
  static void nonDelayStates(JobShopInstance instance, SplittableRandom random,
      List<float[]> obs, List<boolean[]> masks) {
    randomStates(instance, random, obs, masks, false);
  }

  private static void randomStates(JobShopInstance instance, SplittableRandom random,
      List<float[]> obs, List<boolean[]> masks, boolean noOps) {
    CpDispatchEnvironment env = new CpDispatchEnvironment(instance);
    env.reset(0);
    while (!env.done()) {
      float[] o = new float[env.observationSize()];
      boolean[] m = new boolean[env.actionCount()];
      env.observe(o);
      env.actionMask(m);
      obs.add(o);
      masks.add(m);
      int a;
      do {
        a = random.nextInt(noOps ? m.length : m.length - 1);
      } while (!m[a]);
      env.step(a);
    }
  }
}
