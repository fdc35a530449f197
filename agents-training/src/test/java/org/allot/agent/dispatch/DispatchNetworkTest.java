package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;
import org.allot.agent.train.nn.DjlParameters;
import org.allot.agent.train.nn.NetworkContract;
import org.allot.problem.jobshop.JobShopInstance;
import org.allot.problem.jobshop.RandomJobShopGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link DispatchNetwork} (plain Java) and {@link DjlDispatchNetwork} pass the network contract
 * on the log-probabilities of the legal actions, along random episodes (No-Ops included, half the
 * states with No-Op masked as a non-delay model masks it, which takes the plain forward's
 * shortcut); and the shortcut itself changes no bit.
 */
class DispatchNetworkTest extends NetworkContract<DispatchNetworkTest.State> {
  /** An observation of {@link CpDispatchEnvironment} and its legal actions. */
  record State(float[] observation, boolean[] mask) {}

  @Override
  protected Weights initial(RandomGenerator random) {
    return DispatchNetwork.initial(random);
  }

  @Override
  protected Map<String, int[]> declaredShapes() {
    return DispatchNetwork.SHAPES;
  }

  @Override
  protected List<State> batch(SplittableRandom random) {
    JobShopInstance instance = RandomJobShopGenerator.taillardLike(7 + random.nextInt(3), 4)
        .generate(random);
    List<float[]> obs = new ArrayList<>();
    List<boolean[]> masks = new ArrayList<>();
    Fixtures.randomStates(instance, random, obs, masks);
    DispatchNetwork nonDelay = new DispatchNetwork(DispatchNetwork.withWaits(
        DispatchNetwork.initial(random), false));
    List<State> states = new ArrayList<>();
    for (int b = 0; b < obs.size(); b++) {
      boolean[] mask = masks.get(b).clone();
      if (b % 2 == 1) {
        nonDelay.restrict(mask);
      }
      states.add(new State(obs.get(b), mask));
    }
    return states;
  }

  @Override
  protected PlainForward<State> plain(Weights weights) {
    DispatchNetwork network = new DispatchNetwork(weights);
    return s -> {
      float[] logits = new float[s.mask().length];
      network.logits(s.observation(), s.mask(), logits);
      float[] logProbs = new float[logits.length];
      for (int a = 0; a < logits.length; a++) {
        logProbs[a] = s.mask()[a] ? (float) DispatchPolicy.logProb(logits, s.mask(), a) : 0;
      }
      return logProbs;
    };
  }

  @Override
  protected NDArray djl(DjlParameters parameters, List<State> batch) {
    return DjlDispatchNetwork.logProbs(parameters.manager(), parameters.arrays(),
        batch.stream().map(State::observation).toList(), batch.stream().map(State::mask).toList());
  }

  @Override
  protected boolean[] compared(State input, int outputs) {
    return input.mask();
  }

  /** {@link DispatchNetwork#logits} allocates its scratch per call (documented). */
  @Override
  protected boolean allocationFree() {
    return false;
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
  void hasAbout2400ParametersAsInThePaper() {
    Weights w = DispatchNetwork.initial(new SplittableRandom(3));
    assertEquals(2444, w.parameterCount());
  }
}
