package org.allot.agent.subpo;

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
import org.allot.agent.nn.Mlp;
import org.allot.agent.train.nn.DjlMlp;
import org.allot.agent.train.nn.DjlParameters;
import org.allot.agent.train.nn.NetworkContract;
import org.allot.problem.coverage.CoverageVariant;

/**
 * SubPO's policy network ({@link SubpoNetwork}: the history observation into the paper's MLP)
 * under the shared network contract, on observations of real walks of the three variants.
 */
class SubpoNetworkContractTest extends NetworkContract<float[]> {
  private static final int[] WIDTHS = {Observation.HISTORY.size(), 64, 32, 5};

  @Override
  protected Weights initial(RandomGenerator random) {
    return SubpoNetwork.initial(Observation.HISTORY, SubpoNetwork.HIDDEN, random);
  }

  @Override
  protected Map<String, int[]> declaredShapes() {
    Map<String, int[]> s = new LinkedHashMap<>();
    for (int i = 0; i + 1 < WIDTHS.length; i++) {
      s.put(SubpoNetwork.PREFIX + "." + i + ".w", new int[] {WIDTHS[i], WIDTHS[i + 1]});
      s.put(SubpoNetwork.PREFIX + "." + i + ".b", new int[] {WIDTHS[i + 1]});
    }
    return s;
  }

  /** The observations along a random walk's first steps on each variant. */
  @Override
  protected List<float[]> batch(SplittableRandom random) {
    List<float[]> batch = new ArrayList<>();
    Weights w = initial(random);
    Mlp mlp = new SubpoNetwork(w).mlp();
    for (CoverageVariant v : CoverageVariant.values()) {
      Walker walker = new Walker(v.generate(1 + random.nextInt(100)), Observation.HISTORY);
      Walker.Episode e = walker.play(mlp, new Mlp.Scratch(mlp), random);
      walker.replay(e, (t, obs, mask, action) -> {
        if (t % 10 == 0) {
          batch.add(obs.clone());
        }
      });
    }
    return batch;
  }

  @Override
  protected PlainForward<float[]> plain(Weights weights) {
    Mlp mlp = new SubpoNetwork(weights).mlp();
    Mlp.Scratch scratch = new Mlp.Scratch(mlp);
    return x -> mlp.forward(x, scratch);
  }

  @Override
  protected NDArray djl(DjlParameters parameters, List<float[]> batch) {
    NDArray x = parameters.manager().create(concat(batch), new Shape(batch.size(), WIDTHS[0]));
    return new DjlMlp(SubpoNetwork.PREFIX, WIDTHS, Activation.TANH).forward(parameters, x);
  }
}
