package org.allot.agent.earli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.allot.agent.Weights;
import org.allot.agent.nn.Activation;
import org.allot.agent.nn.TransformerEncoderBlock;
import org.allot.agent.train.DifferentiablePolicy;
import org.allot.agent.train.nn.DjlDense;
import org.allot.agent.train.nn.DjlLayerNorm;
import org.allot.agent.train.nn.DjlMultiHeadAttention;
import org.allot.agent.train.nn.DjlParameters;
import org.allot.agent.train.nn.DjlTransformerEncoderBlock;

/**
 * {@link EarliNetwork}'s policy in DJL operations, for the policy-gradient losses: the
 * log-probabilities over all nodes of a batch of recorded decisions, teacher-forced. The decoder
 * has no recurrent state (its query depends on the instance, the current node and the load
 * only), so every decision of every rollout is scored at once: decisions are grouped by
 * instance, each instance is encoded once, and a decision's candidates become a mask over the
 * instance's nodes (so a k-nearest restriction and the full candidate set score alike). Stateless
 * and thread-safe.
 */
public final class DjlEarliPolicy implements DifferentiablePolicy<EarliSample> {
  private static final int D = EarliNetwork.WIDTH;
  private static final int H = EarliNetwork.HEADS;

  @Override
  public Map<String, NDArray> parameters(NDManager manager, Weights weights) {
    return DjlParameters.of(manager, weights, true).arrays();
  }

  @Override
  public int actions(EarliSample sample) {
    return sample.instance().nodes();
  }

  @Override
  public NDArray logProbs(NDManager m, Map<String, NDArray> parameters,
      List<EarliSample> batch) {
    DjlParameters p = new DjlParameters(m, parameters);
    Map<NodeFeatures, List<Integer>> byInstance = new IdentityHashMap<>();
    List<NodeFeatures> order = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      NodeFeatures f = batch.get(i).instance();
      byInstance.computeIfAbsent(f, k -> {
        order.add(k);
        return new ArrayList<>();
      }).add(i);
    }
    int instances = order.size();
    int n = order.getFirst().nodes();
    int steps = 0;
    for (List<Integer> l : byInstance.values()) {
      steps = Math.max(steps, l.size());
    }
    NDArray h = encode(m, p, order, n);
    Batch b = Batch.of(batch, order, byInstance, n, steps);
    NDArray logp = decode(m, p, h, b, instances, steps, n);
    return logp.reshape(instances * (long) steps, n).get(m.create(b.rows));
  }

  /** The node embeddings {@code [I, N, D]}. */
  static NDArray encode(NDManager m, DjlParameters p, List<NodeFeatures> instances, int n) {
    float[] f = new float[instances.size() * n * EarliNetwork.FEATURES];
    for (int i = 0; i < instances.size(); i++) {
      float[] v = instances.get(i).values();
      System.arraycopy(v, 0, f, i * v.length, v.length);
    }
    NDArray x = m.create(f, new Shape(instances.size(), n, EarliNetwork.FEATURES));
    NDArray h = new DjlDense("embed", EarliNetwork.FEATURES, D, Activation.IDENTITY)
        .forward(p, x);
    for (int l = 0; l < EarliNetwork.LAYERS; l++) {
      h = new DjlTransformerEncoderBlock("enc." + l, D, H, EarliNetwork.HIDDEN,
          TransformerEncoderBlock.Norm.PRE).forward(p, h, null);
    }
    return new DjlLayerNorm("enc.ln", D).forward(p, h);
  }

  /** The log-probabilities {@code [I, S, N]} of the decisions laid out by {@code b}. */
  static NDArray decode(NDManager m, DjlParameters p, NDArray h, Batch b, int instances,
      int steps, int n) {
    Shape is = new Shape(instances, steps);
    NDArray context = dense("ctx.graph", p, h.mean(new int[] {1})).expandDims(1);
    NDArray nodeContext = dense("ctx.node", p, h);
    NDArray current = m.create(b.current, new Shape(instances, steps, 1)).repeat(2, D);
    NDArray load = new DjlDense("ctx.load", 1, D, Activation.IDENTITY)
        .forward(p, m.create(b.load, new Shape(instances, steps, 1)));
    NDArray q = context.add(nodeContext.gather(current, 1)).add(load);
    NDArray mask = m.create(b.mask, new Shape(instances, steps, n));
    NDArray glimpse = glimpse(p, q, dense("glimpse.k", p, h), dense("glimpse.v", p, h), mask,
        instances, steps, n);
    NDArray compat = glimpse.matMul(dense("logit.k", p, h).swapAxes(1, 2))
        .mul(p.scalar((float) (1 / Math.sqrt(D))));
    NDArray scores = compat.tanh().mul(p.scalar(EarliNetwork.CLIP))
        .sub(m.create(b.distance, new Shape(instances, steps, n))
            .mul(p.array(EarliNetwork.BETA, 1)))
        .add(mask);
    return scores.logSoftmax(2);
  }

  private static NDArray glimpse(DjlParameters p, NDArray q, NDArray keys, NDArray values,
      NDArray mask, int instances, int steps, int n) {
    int dh = D / H;
    NDArray qh = q.reshape(instances, steps, H, dh).transpose(0, 2, 1, 3);
    NDArray kh = keys.reshape(instances, n, H, dh).transpose(0, 2, 3, 1);
    NDArray vh = values.reshape(instances, n, H, dh).transpose(0, 2, 1, 3);
    NDArray attention = qh.matMul(kh).mul(p.scalar((float) (1 / Math.sqrt(dh))))
        .add(mask.expandDims(1)).softmax(3);
    NDArray g = attention.matMul(vh).transpose(0, 2, 1, 3).reshape(instances, steps, D);
    return dense("glimpse.o", p, g);
  }

  private static NDArray dense(String prefix, DjlParameters p, NDArray x) {
    return new DjlDense(prefix, D, D, Activation.IDENTITY).forward(p, x);
  }

  /**
   * The decisions laid out {@code [I, S]} (instance, then its decisions in batch order, padded
   * to S with a dummy decision at the depot that only the depot may follow), and where each
   * decision of the batch sits in that layout.
   */
  record Batch(long[] current, float[] load, float[] mask, float[] distance, long[] rows) {
    static Batch of(List<EarliSample> batch, List<NodeFeatures> order,
        Map<NodeFeatures, List<Integer>> byInstance, int n, int steps) {
      int size = order.size() * steps;
      long[] current = new long[size];
      float[] load = new float[size];
      float[] mask = new float[size * n];
      float[] distance = new float[size * n];
      long[] rows = new long[batch.size()];
      Arrays.fill(mask, DjlMultiHeadAttention.MASKED);
      for (int i = 0; i < order.size(); i++) {
        NodeFeatures f = order.get(i);
        List<Integer> samples = byInstance.get(f);
        for (int k = 0; k < steps; k++) {
          int row = i * steps + k;
          if (k >= samples.size()) {
            mask[row * n] = 0;
            continue;
          }
          EarliSample s = batch.get(samples.get(k));
          rows[samples.get(k)] = row;
          current[row] = s.current();
          load[row] = s.load();
          for (int j : s.candidates()) {
            mask[row * n + j] = 0;
            distance[row * n + j] = j == 0 ? 0 : f.distance(s.current(), j);
          }
        }
      }
      return new Batch(current, load, mask, distance, rows);
    }
  }
}
