package org.allot.agent.train.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;
import org.allot.agent.nn.LayerNorm;

/** {@link LayerNorm} and {@link DjlLayerNorm} pass the network contract. */
class LayerNormTest extends NetworkContract<float[]> {
  private static final int D = 10;

  @Override
  protected Weights initial(RandomGenerator random) {
    return new Weights(LayerNorm.initial("norm", D, random));
  }

  @Override
  protected Map<String, int[]> declaredShapes() {
    Map<String, int[]> s = new LinkedHashMap<>();
    s.put("norm.g", new int[] {D});
    s.put("norm.b", new int[] {D});
    return s;
  }

  @Override
  protected List<float[]> batch(SplittableRandom random) {
    List<float[]> batch = new ArrayList<>();
    for (int b = 0; b < 8; b++) {
      float[] x = gaussian(D, random);
      float offset = (float) (random.nextGaussian() * 5);
      for (int i = 0; i < D; i++) {
        x[i] = x[i] * (b + 1) + offset;
      }
      batch.add(x);
    }
    return batch;
  }

  @Override
  protected PlainForward<float[]> plain(Weights weights) {
    LayerNorm norm = new LayerNorm(weights, "norm", D);
    float[] out = new float[D];
    return x -> {
      norm.forward(x, 1, out);
      return out;
    };
  }

  @Override
  protected NDArray djl(DjlParameters parameters, List<float[]> batch) {
    NDArray x = parameters.manager().create(concat(batch), new Shape(batch.size(), D));
    return new DjlLayerNorm("norm", D).forward(parameters, x);
  }
}
