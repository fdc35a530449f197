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
      Weights w = Fixtures.perturbed(DispatchNetwork.initial(random), random);
      DispatchNetwork java = new DispatchNetwork(w);
      JobShopInstance instance = RandomJobShopGenerator.taillardLike(7 + trial, 4)
          .generate(random);
      List<float[]> obs = new ArrayList<>();
      List<boolean[]> masks = new ArrayList<>();
      Fixtures.randomStates(instance, random, obs, masks);
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
        DispatchNetwork.withWaits(Fixtures.perturbed(DispatchNetwork.initial(random), random), false));
    JobShopInstance instance = RandomJobShopGenerator.taillardLike(30, 10).generate(random);
    List<float[]> obs = new ArrayList<>();
    List<boolean[]> masks = new ArrayList<>();
    Fixtures.randomStates(instance, random, obs, masks);
    int states = obs.size();
    Fixtures.nonDelayStates(instance, random, obs, masks);
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
}
