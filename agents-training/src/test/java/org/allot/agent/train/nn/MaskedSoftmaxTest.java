package org.allot.agent.train.nn;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.allot.agent.nn.MaskedSoftmax;
import org.junit.jupiter.api.Test;

/**
 * {@link MaskedSoftmax} and {@link DjlMaskedSoftmax} pass the network contract (a layer without
 * parameters) on the log-probabilities of the legal actions.
 */
class MaskedSoftmaxTest extends NetworkContract<MaskedSoftmaxTest.Logits> {
  private static final int ACTIONS = 7;

  /** Logits and the legal actions. */
  record Logits(float[] values, boolean[] mask) {}

  @Override
  protected Weights initial(RandomGenerator random) {
    return new Weights(Map.of());
  }

  @Override
  protected Map<String, int[]> declaredShapes() {
    return Map.of();
  }

  @Override
  protected List<Logits> batch(SplittableRandom random) {
    List<Logits> batch = new ArrayList<>();
    for (int b = 0; b < 10; b++) {
      float[] values = gaussian(ACTIONS, random);
      boolean[] mask = new boolean[ACTIONS];
      for (int a = 0; a < ACTIONS; a++) {
        values[a] *= 1 + b;
        mask[a] = b == 0 || random.nextInt(3) > 0;
      }
      mask[random.nextInt(ACTIONS)] = true;
      batch.add(new Logits(values, mask));
    }
    return batch;
  }

  @Override
  protected PlainForward<Logits> plain(Weights weights) {
    double[] p = new double[ACTIONS];
    float[] out = new float[ACTIONS];
    return in -> {
      MaskedSoftmax.probabilities(in.values(), in.mask(), 1, p);
      for (int a = 0; a < ACTIONS; a++) {
        out[a] = (float) Math.log(p[a]);
      }
      return out;
    };
  }

  @Override
  protected NDArray djl(DjlParameters parameters, List<Logits> batch) {
    NDArray logits = parameters.manager().create(
        concat(batch.stream().map(Logits::values).toList()), new Shape(batch.size(), ACTIONS));
    return DjlMaskedSoftmax.logProbabilities(parameters.manager(), logits,
        batch.stream().map(Logits::mask).toList());
  }

  @Override
  protected boolean[] compared(Logits input, int outputs) {
    return input.mask();
  }

  /** REINFORCE's plain-Java gradient of {@code log p(a)} is autograd's, legal logits or not. */
  @Test
  void logProbGradientMatchesAutograd() {
    assumeTrue(DjlRuntime.available(), "DJL's PyTorch engine is not available here");
    SplittableRandom random = new SplittableRandom(31);
    for (Logits in : batch(random)) {
      int action = 0;
      while (!in.mask()[action]) {
        action++;
      }
      double[] p = new double[ACTIONS];
      MaskedSoftmax.probabilities(in.values(), in.mask(), 1, p);
      float[] plain = new float[ACTIONS];
      MaskedSoftmax.logProbGradient(p, action, 1.5, plain);
      int a = action;
      float[] djl;
      try (NDManager root = DjlRuntime.newManager()) {
        djl = DjlRuntime.scoped(root, m -> {
          NDArray logits = m.create(in.values(), new Shape(1, ACTIONS));
          logits.setRequiresGradient(true);
          try (GradientCollector gc = DjlRuntime.engine().newGradientCollector()) {
            NDArray logP = DjlMaskedSoftmax.logProbabilities(m, logits, List.of(in.mask()));
            gc.backward(logP.get(0, a).mul(DjlRuntime.scalar(m, 1.5f)));
          }
          return logits.getGradient().toFloatArray();
        });
      }
      for (int k = 0; k < ACTIONS; k++) {
        assertClose(plain[k], djl[k], TOLERANCE, "d log p(" + a + ") / d logit " + k);
      }
    }
  }
}
