package org.allot.agent.earli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;
import org.allot.agent.nn.Activation;
import org.allot.agent.nn.Dense;
import org.allot.agent.nn.LayerNorm;
import org.allot.agent.nn.TransformerEncoderBlock;
import org.allot.problem.cvrp.CvrpInstance;

/**
 * EARLI's routing policy in plain Java: an attention encoder–decoder over the nodes of a CVRP
 * instance after Kool, van Hoof and Welling (ICLR 2019), as EARLI (Greenberg et al. 2025) uses it.
 *
 * <p><b>Encoder.</b> Each node's {@link NodeFeatures} ({@value #FEATURES} values) are embedded by
 * a dense layer to {@value #WIDTH} values and go through {@value #LAYERS} transformer encoder
 * layers ({@value #HEADS} heads, feed-forward width {@value #HIDDEN}, layer norm before each
 * sub-layer) and a final layer norm: the node embeddings {@code h}.
 *
 * <p><b>Decoder</b> (one step, see {@link Decoder}): the context query is {@code q = W_g
 * mean(h) + W_c h[current] + W_l (remaining load / Q)} (Kool's projection of the concatenated
 * graph embedding, current node and load, split into its three blocks so that the node parts are
 * computed once per instance); a glimpse: multi-head attention of {@code q} over the candidate
 * nodes' keys and values, through an output projection {@code W_o}; then one score per candidate,
 * {@code u_j = C tanh(glimpse . k_j / sqrt(d)) - beta dist(current, j)}, with clipping {@code C =}
 * {@value #CLIP}, and a learned weight {@code beta} on the customer's distance from the current
 * node, scaled by {@code sqrt(n) / span} so that a nearest neighbour is about 0.5 whatever the
 * instance's size and coordinate range (EARLI's {@code add_distance_to_head}; the depot gets no
 * distance term). The policy is the softmax of {@code u} over the candidates.
 *
 * <p><b>Size, and why.</b> Width 64, 4 heads, 3 layers, feed-forward 128: 126,017 parameters, half
 * the width of Kool's and EARLI's 128 (8 heads), so that the 50 → 500 curriculum trains in about
 * three hours on two CPU cores and a 500-customer instance encodes in milliseconds; three layers
 * as both papers. The tensors (names in {@link #initial}'s order): {@code embed}, {@code
 * enc.0..2} ({@link TransformerEncoderBlock}), {@code enc.ln}, {@code ctx.graph}, {@code
 * ctx.node}, {@code ctx.load}, {@code glimpse.k}, {@code glimpse.v}, {@code glimpse.o}, {@code
 * logit.k} (dense layers, {@code .w} and {@code .b}) and {@code dist.beta} ({@code [1]}).
 * Immutable and thread-safe. The DJL twin is {@code org.allot.agent.earli.DjlEarliPolicy} in the
 * training module.
 */
public final class EarliNetwork {
  /** Features per node. */
  public static final int FEATURES = NodeFeatures.COUNT;
  /** The embedding width d. */
  public static final int WIDTH = 64;
  /** The attention heads (encoder and glimpse). */
  public static final int HEADS = 4;
  /** The encoder layers. */
  public static final int LAYERS = 3;
  /** The encoder's feed-forward width. */
  public static final int HIDDEN = 128;
  /** The tanh clipping C of the scores. */
  public static final float CLIP = 10f;
  /** The distance weight's tensor name. */
  public static final String BETA = "dist.beta";
  /** The projections computed once per node, in the order {@link Encoding} keeps them. */
  static final String[] NODE_PROJECTIONS = {"glimpse.k", "glimpse.v", "logit.k", "ctx.node"};

  private final Dense embed;
  private final TransformerEncoderBlock[] layers = new TransformerEncoderBlock[LAYERS];
  private final LayerNorm norm;
  private final Dense graph;
  private final Dense[] projections = new Dense[NODE_PROJECTIONS.length];
  final Dense load;
  final Dense output;
  final float beta;

  /**
   * The network over {@code weights}.
   *
   * @throws IllegalArgumentException naming the tensor when one is missing or has the wrong
   *     shape (weights of another network or size)
   */
  public EarliNetwork(Weights weights) {
    embed = new Dense(weights, "embed", FEATURES, WIDTH, Activation.IDENTITY);
    for (int l = 0; l < LAYERS; l++) {
      layers[l] = new TransformerEncoderBlock(weights, "enc." + l, WIDTH, HEADS, HIDDEN,
          TransformerEncoderBlock.Norm.PRE);
    }
    norm = new LayerNorm(weights, "enc.ln", WIDTH);
    graph = new Dense(weights, "ctx.graph", WIDTH, WIDTH, Activation.IDENTITY);
    for (int i = 0; i < NODE_PROJECTIONS.length; i++) {
      projections[i] = new Dense(weights, NODE_PROJECTIONS[i], WIDTH, WIDTH,
          Activation.IDENTITY);
    }
    load = new Dense(weights, "ctx.load", 1, WIDTH, Activation.IDENTITY);
    output = new Dense(weights, "glimpse.o", WIDTH, WIDTH, Activation.IDENTITY);
    beta = weights.data(BETA, 1)[0];
  }

  /**
   * Fresh weights (PyTorch's initialisation of each layer; {@code beta} = 1, so that an untrained
   * policy already prefers near customers).
   */
  public static Weights initial(RandomGenerator random) {
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    t.putAll(Dense.initial("embed", FEATURES, WIDTH, random));
    for (int l = 0; l < LAYERS; l++) {
      t.putAll(TransformerEncoderBlock.initial("enc." + l, WIDTH, HEADS, HIDDEN, random));
    }
    t.putAll(LayerNorm.initial("enc.ln", WIDTH, random));
    t.putAll(Dense.initial("ctx.graph", WIDTH, WIDTH, random));
    for (String name : NODE_PROJECTIONS) {
      t.putAll(Dense.initial(name, WIDTH, WIDTH, random));
    }
    t.putAll(Dense.initial("ctx.load", 1, WIDTH, random));
    t.putAll(Dense.initial("glimpse.o", WIDTH, WIDTH, random));
    t.put(BETA, new Weights.Tensor(new int[] {1}, new float[] {1f}));
    return new Weights(t);
  }

  /**
   * Encodes {@code instance}: node embeddings and everything the decoder needs per node.
   *
   * @throws IllegalArgumentException when the instance has no coordinates
   */
  public Encoding encode(CvrpInstance instance) {
    NodeFeatures features = NodeFeatures.of(instance);
    int n = instance.nodes();
    float[] h = new float[n * WIDTH];
    embed.forward(features.values(), n, h);
    TransformerEncoderBlock.Scratch scratch = new TransformerEncoderBlock.Scratch(layers[0], n);
    for (TransformerEncoderBlock layer : layers) {
      layer.forward(h, n, null, null, scratch);
    }
    norm.forward(h, n, h);
    float[] mean = new float[WIDTH];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < WIDTH; c++) {
        mean[c] += h[i * WIDTH + c];
      }
    }
    for (int c = 0; c < WIDTH; c++) {
      mean[c] /= n;
    }
    float[] context = new float[WIDTH];
    graph.forward(mean, context);
    float[][] perNode = new float[NODE_PROJECTIONS.length][n * WIDTH];
    for (int i = 0; i < projections.length; i++) {
      projections[i].forward(h, n, perNode[i]);
    }
    return new Encoding(instance, features, context, perNode[0], perNode[1], perNode[2],
        perNode[3]);
  }
}
