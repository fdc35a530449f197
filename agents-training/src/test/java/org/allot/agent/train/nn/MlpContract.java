package org.allot.agent.train.nn;

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
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.allot.agent.nn.Activation;
import org.allot.agent.nn.Mlp;
import org.junit.jupiter.api.Test;

/**
 * {@link Mlp} and {@link DjlMlp} under the network contract, plus the plain-Java backward pass
 * (which trains SubPO) against DJL's autograd on the same loss, to 1e-4.
 */
abstract class MlpContract extends NetworkContract<float[]> {
  private static final int[] WIDTHS = {6, 16, 8, 3};

  /** The hidden layers' activation under test. */
  protected abstract Activation activation();

  @Override
  protected Weights initial(RandomGenerator random) {
    return new Weights(Mlp.initial("policy", WIDTHS, random));
  }

  @Override
  protected Map<String, int[]> declaredShapes() {
    Map<String, int[]> s = new LinkedHashMap<>();
    for (int i = 0; i + 1 < WIDTHS.length; i++) {
      s.put("policy." + i + ".w", new int[] {WIDTHS[i], WIDTHS[i + 1]});
      s.put("policy." + i + ".b", new int[] {WIDTHS[i + 1]});
    }
    return s;
  }

  @Override
  protected List<float[]> batch(SplittableRandom random) {
    List<float[]> batch = new ArrayList<>();
    for (int b = 0; b < 12; b++) {
      batch.add(gaussian(WIDTHS[0], random));
    }
    return batch;
  }

  @Override
  protected PlainForward<float[]> plain(Weights weights) {
    Mlp mlp = new Mlp(weights, "policy", WIDTHS, activation());
    Mlp.Scratch scratch = new Mlp.Scratch(mlp);
    return x -> mlp.forward(x, scratch);
  }

  @Override
  protected NDArray djl(DjlParameters parameters, List<float[]> batch) {
    NDArray x = parameters.manager().create(concat(batch), new Shape(batch.size(), WIDTHS[0]));
    return new DjlMlp("policy", WIDTHS, activation()).forward(parameters, x);
  }

  @Test
  void backwardMatchesDjlAutograd() {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(21);
    Weights w = perturbed(initial(random), random);
    List<float[]> batch = batch(random);
    List<float[]> outputGradients = new ArrayList<>();
    for (int b = 0; b < batch.size(); b++) {
      outputGradients.add(gaussian(WIDTHS[WIDTHS.length - 1], random));
    }
    Mlp mlp = new Mlp(w, "policy", WIDTHS, activation());
    Mlp.Scratch scratch = new Mlp.Scratch(mlp);
    float[] work = new float[mlp.workSize()];
    Map<String, float[]> plain = new LinkedHashMap<>();
    for (int b = 0; b < batch.size(); b++) {
      mlp.forward(batch.get(b), scratch);
      mlp.backward(scratch, outputGradients.get(b), plain, work);
    }
    Map<String, float[]> djl;
    try (NDManager root = DjlRuntime.newManager()) {
      djl = DjlRuntime.scoped(root, m -> {
        DjlParameters p = DjlParameters.of(m, w, true);
        try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
          NDArray out = djl(p, batch);
          NDArray g = m.create(concat(outputGradients), out.getShape());
          gc.backward(out.mul(g).sum());
        }
        return p.gradients();
      });
    }
    for (String name : declaredShapes().keySet()) {
      float[] expected = plain.get(name);
      float[] actual = djl.get(name);
      for (int i = 0; i < expected.length; i++) {
        assertClose(expected[i], actual[i], 1e-4, "gradient of " + name + " [" + i + "]");
      }
    }
  }
}
