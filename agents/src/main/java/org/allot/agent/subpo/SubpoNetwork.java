package org.allot.agent.subpo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;
import org.allot.agent.nn.Activation;
import org.allot.agent.nn.Mlp;
import org.allot.problem.coverage.Move;

/**
 * SubPO's policy network: the paper's MLP {@code in -> 64 tanh -> 32 tanh -> 5} over an {@link
 * Observation}, whose logits a masked softmax turns into move probabilities (stay, north, south,
 * east, west). The tensors are {@code policy.<i>.w|b}; the input width tells the observation
 * (188: history, 3: markov). Immutable and thread-safe; each thread needs its own {@link
 * Mlp.Scratch}.
 */
public final class SubpoNetwork {
  /** The tensor-name prefix. */
  public static final String PREFIX = "policy";
  /** The paper's hidden widths. */
  public static final int[] HIDDEN = {64, 32};

  private final Weights weights;
  private final Mlp mlp;
  private final Observation observation;

  /**
   * The network over {@code weights}.
   *
   * @throws IllegalArgumentException when the tensors are missing or do not make an MLP from an
   *     observation's width to 5 moves
   */
  public SubpoNetwork(Weights weights) {
    this.weights = weights;
    this.observation = observationOf(weights);
    int[] widths = widthsOf(weights);
    this.mlp = new Mlp(weights, PREFIX, widths, Activation.TANH);
  }

  /** Fresh weights for {@code observation} with the given hidden widths. */
  public static Weights initial(Observation observation, int[] hidden, RandomGenerator random) {
    int[] widths = new int[hidden.length + 2];
    widths[0] = observation.size();
    System.arraycopy(hidden, 0, widths, 1, hidden.length);
    widths[widths.length - 1] = Move.count();
    return new Weights(Mlp.initial(PREFIX, widths, random));
  }

  /** The weights. */
  public Weights weights() {
    return weights;
  }

  /** The MLP. */
  public Mlp mlp() {
    return mlp;
  }

  /** The observation the network reads. */
  public Observation observation() {
    return observation;
  }

  private static int[] widthsOf(Weights weights) {
    Map<Integer, int[]> layers = new LinkedHashMap<>();
    for (int i = 0; weights.tensors().containsKey(Mlp.name(PREFIX, i, "w")); i++) {
      layers.put(i, weights.tensor(Mlp.name(PREFIX, i, "w")).shape());
    }
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("not SubPO policy weights: no tensor '"
          + Mlp.name(PREFIX, 0, "w") + "' (have " + weights.tensors().keySet() + ")");
    }
    int[] widths = new int[layers.size() + 1];
    for (int i = 0; i < layers.size(); i++) {
      int[] shape = layers.get(i);
      if (shape.length != 2) {
        throw new IllegalArgumentException("tensor '" + Mlp.name(PREFIX, i, "w")
            + "' must be a matrix");
      }
      widths[i] = shape[0];
      widths[i + 1] = shape[1];
    }
    if (widths[widths.length - 1] != Move.count()) {
      throw new IllegalArgumentException("the SubPO policy must end in " + Move.count()
          + " move logits, these weights end in " + widths[widths.length - 1]);
    }
    return widths;
  }

  private static Observation observationOf(Weights weights) {
    int in = widthsOf(weights)[0];
    for (Observation o : Observation.values()) {
      if (o.size() == in) {
        return o;
      }
    }
    throw new IllegalArgumentException("the SubPO policy's input width " + in + " fits no"
        + " observation (history " + Observation.HISTORY.size() + ", markov "
        + Observation.MARKOV.size() + "); the weights are for another network");
  }
}
