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
import org.allot.agent.nn.Activation;
import org.allot.agent.nn.Dense;

/** {@link Dense} (tanh) and {@link DjlDense} pass the network contract. */
class DenseTest extends NetworkContract<float[]> {
  private static final int IN = 7;
  private static final int OUT = 5;

  @Override
  protected Weights initial(RandomGenerator random) {
    return new Weights(Dense.initial("fc", IN, OUT, random));
  }

  @Override
  protected Map<String, int[]> declaredShapes() {
    Map<String, int[]> s = new LinkedHashMap<>();
    s.put("fc.w", new int[] {IN, OUT});
    s.put("fc.b", new int[] {OUT});
    return s;
  }

  @Override
  protected List<float[]> batch(SplittableRandom random) {
    List<float[]> batch = new ArrayList<>();
    for (int b = 0; b < 9; b++) {
      batch.add(gaussian(IN, random));
    }
    return batch;
  }

  @Override
  protected PlainForward<float[]> plain(Weights weights) {
    Dense dense = new Dense(weights, "fc", IN, OUT, Activation.TANH);
    float[] out = new float[OUT];
    return x -> {
      dense.forward(x, out);
      return out;
    };
  }

  @Override
  protected NDArray djl(DjlParameters parameters, List<float[]> batch) {
    NDArray x = parameters.manager().create(concat(batch), new Shape(batch.size(), IN));
    return new DjlDense("fc", IN, OUT, Activation.TANH).forward(parameters, x);
  }
}
