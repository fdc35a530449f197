package org.allot.agent.subpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.agent.nn.Activation;
import org.allot.agent.nn.MaskedSoftmax;
import org.allot.agent.nn.Mlp;
import org.allot.problem.coverage.CoverageVariant;
import org.junit.jupiter.api.Test;

/** The plain-Java REINFORCE: its gradient, its determinism, and that it learns. */
class ReinforceTest {
  @Test
  void mlpBackwardGivesTheGradientOfLogPiByFiniteDifferences() {
    SplittableRandom random = new SplittableRandom(3);
    int[] widths = {6, 5, 4, 5};
    Weights w = new Weights(Mlp.initial("p", widths, random));
    float[] x = new float[6];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) random.nextGaussian();
    }
    boolean[] mask = {true, false, true, true, true};
    int action = 2;
    Mlp mlp = new Mlp(w, "p", widths, Activation.TANH);
    Mlp.Scratch s = new Mlp.Scratch(mlp);
    double[] p = new double[5];
    MaskedSoftmax.probabilities(mlp.forward(x, s), mask, 1, p);
    float[] dLogits = new float[5];
    MaskedSoftmax.logProbGradient(p, action, 1, dLogits);
    Map<String, float[]> grads = new LinkedHashMap<>();
    mlp.backward(s, dLogits, grads, new float[mlp.workSize()]);
    for (String name : List.of("p.0.w", "p.1.b", "p.2.w")) {
      float[] data = w.tensor(name).data();
      for (int i = 0; i < data.length; i += 3) {
        double numeric = (logPi(w, name, i, 1e-3, x, mask, action, widths)
            - logPi(w, name, i, -1e-3, x, mask, action, widths)) / 2e-3;
        assertEquals(numeric, grads.get(name)[i], 2e-3, name + "[" + i + "]");
      }
    }
  }

  private static double logPi(Weights w, String name, int index, double delta, float[] x,
      boolean[] mask, int action, int[] widths) {
    Map<String, Weights.Tensor> map = new LinkedHashMap<>(w.tensors());
    float[] d = map.get(name).data();
    d[index] += (float) delta;
    map.put(name, new Weights.Tensor(map.get(name).shape(), d));
    Mlp mlp = new Mlp(new Weights(map), "p", widths, Activation.TANH);
    double[] p = new double[5];
    MaskedSoftmax.probabilities(mlp.forward(x, new Mlp.Scratch(mlp)), mask, 1, p);
    return Math.log(p[action]);
  }

  private static List<Walker> maps(long first, int count) {
    List<Walker> maps = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      maps.add(new Walker(CoverageVariant.ROOMS.generate(first + i), Observation.HISTORY));
    }
    return maps;
  }

  @Test
  void theSameSeedGivesTheSameWeights() {
    Weights init = SubpoNetwork.initial(Observation.HISTORY, new int[] {16, 8},
        new SplittableRandom(1));
    Reinforce.Settings s = new Reinforce.Settings(Credit.SUBPO, 8, 3e-3, 0.01, 1.0);
    Reinforce a = new Reinforce(init, s, 7);
    Reinforce b = new Reinforce(init, s, 7);
    for (int u = 0; u < 3; u++) {
      a.update(maps(50, 2));
      b.update(maps(50, 2));
    }
    assertEquals(a.weights(), b.weights());
  }

  @Test
  void subpoLearnsToLeaveTheFirstRoom() {
    Weights init = SubpoNetwork.initial(Observation.HISTORY, SubpoNetwork.HIDDEN,
        new SplittableRandom(1));
    Reinforce learner = new Reinforce(init,
        new Reinforce.Settings(Credit.SUBPO, 16, 3e-3, 0.01, 1.0), 1);
    List<Walker> validation = maps(900, 4);
    double before = SubpoTrainingProbe.greedy(init, validation);
    for (int u = 0; u < 40; u++) {
      learner.update(maps(1000 + 10L * u, 2));
    }
    double after = SubpoTrainingProbe.greedy(learner.weights(), validation);
    assertTrue(after > before + 15, "greedy validation F " + before + " -> " + after);
  }

  /** The greedy walks' mean F (as the trainer's validation). */
  static final class SubpoTrainingProbe {
    static double greedy(Weights weights, List<Walker> maps) {
      Mlp mlp = new SubpoNetwork(weights).mlp();
      double sum = 0;
      for (Walker m : maps) {
        sum += m.play(mlp, new Mlp.Scratch(mlp), null).value();
      }
      return sum / maps.size();
    }
  }
}
