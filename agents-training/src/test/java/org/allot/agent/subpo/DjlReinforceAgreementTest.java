package org.allot.agent.subpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.allot.agent.nn.Activation;
import org.allot.agent.nn.MaskedSoftmax;
import org.allot.agent.nn.Mlp;
import org.allot.agent.train.ActionSample;
import org.allot.agent.train.DifferentiablePolicy;
import org.allot.agent.train.Reinforce;
import org.allot.agent.train.nn.DjlMaskedSoftmax;
import org.allot.agent.train.nn.DjlMlp;
import org.allot.agent.train.nn.DjlParameters;
import org.allot.problem.coverage.CoverageVariant;
import org.junit.jupiter.api.Test;

/**
 * The platform's DJL REINFORCE loss ({@link Reinforce}) over the SubPO policy gives the same
 * gradient as SubPO's plain-Java one ({@code Mlp.backward} of {@code -A (onehot - p) / B}): the
 * two paths train the same function, and SubPO's plain Java is a speed choice, not another loss.
 */
class DjlReinforceAgreementTest {
  private static final int[] WIDTHS = {Observation.HISTORY.size(), 64, 32, 5};

  record Sample(float[] observation, boolean[] mask, int action, double advantage)
      implements ActionSample {
    @Override
    public double oldLogProb() {
      return 0;
    }
  }

  /** The SubPO network as a platform policy. */
  static final class Policy implements DifferentiablePolicy<Sample> {
    @Override
    public Map<String, NDArray> parameters(NDManager manager, Weights weights) {
      return DjlParameters.of(manager, weights, true).arrays();
    }

    @Override
    public NDArray logProbs(NDManager m, Map<String, NDArray> parameters, List<Sample> batch) {
      float[] x = new float[batch.size() * WIDTHS[0]];
      List<boolean[]> masks = new ArrayList<>();
      for (int b = 0; b < batch.size(); b++) {
        System.arraycopy(batch.get(b).observation(), 0, x, b * WIDTHS[0], WIDTHS[0]);
        masks.add(batch.get(b).mask());
      }
      NDArray logits = new DjlMlp(SubpoNetwork.PREFIX, WIDTHS, Activation.TANH)
          .forward(new DjlParameters(m, parameters), m.create(x, new Shape(batch.size(),
              WIDTHS[0])));
      return DjlMaskedSoftmax.logProbabilities(m, logits, masks);
    }

    @Override
    public int actions(Sample sample) {
      return sample.mask().length;
    }
  }

  @Test
  void djlReinforceAndThePlainJavaGradientAgree() {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(4);
    Weights w = SubpoNetwork.initial(Observation.HISTORY, SubpoNetwork.HIDDEN, random);
    Mlp mlp = new SubpoNetwork(w).mlp();
    Mlp.Scratch scratch = new Mlp.Scratch(mlp);
    List<Sample> samples = new ArrayList<>();
    Walker walker = new Walker(CoverageVariant.ROOMS.generate(3), Observation.HISTORY);
    walker.replay(walker.play(mlp, scratch, random), (t, obs, mask, action) ->
        samples.add(new Sample(obs.clone(), mask.clone(), action, random.nextGaussian())));
    Map<String, float[]> plain = new LinkedHashMap<>();
    double[] p = new double[5];
    float[] d = new float[5];
    for (Sample s : samples) {
      MaskedSoftmax.probabilities(mlp.forward(s.observation(), scratch), s.mask(), 1, p);
      MaskedSoftmax.logProbGradient(p, s.action(), -s.advantage() / samples.size(), d);
      mlp.backward(scratch, d, plain, new float[mlp.workSize()]);
    }
    Reinforce<Sample> loss = new Reinforce<>(new Policy(), Reinforce.Settings.plain());
    Map<String, float[]> djl;
    try (NDManager root = DjlRuntime.newManager()) {
      djl = DjlRuntime.scoped(root, m -> {
        Map<String, NDArray> params = new Policy().parameters(m, w);
        try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
          gc.backward(loss.loss(m, params, samples));
        }
        Map<String, float[]> g = new LinkedHashMap<>();
        params.forEach((name, a) -> g.put(name, a.getGradient().toFloatArray()));
        return g;
      });
    }
    for (Map.Entry<String, float[]> e : plain.entrySet()) {
      float[] actual = djl.get(e.getKey());
      for (int i = 0; i < actual.length; i++) {
        assertEquals(e.getValue()[i], actual[i], 1e-5, e.getKey() + "[" + i + "]");
      }
    }
  }
}
