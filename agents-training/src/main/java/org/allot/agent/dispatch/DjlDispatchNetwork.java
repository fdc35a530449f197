package org.allot.agent.dispatch;

import static org.allot.agent.dispatch.DispatchObservation.DURATION;
import static org.allot.agent.dispatch.DispatchObservation.EST;
import static org.allot.agent.dispatch.DispatchObservation.IS_END;
import static org.allot.agent.dispatch.DispatchObservation.IS_FIXED;
import static org.allot.agent.dispatch.DispatchObservation.IS_LEGAL;
import static org.allot.agent.dispatch.DispatchObservation.IS_START;
import static org.allot.agent.dispatch.DispatchObservation.PER_JOB;
import static org.allot.agent.dispatch.DispatchObservation.POSITION;
import static org.allot.agent.dispatch.DispatchObservation.REMAINING;
import static org.allot.agent.dispatch.DispatchObservation.SLOT;
import static org.allot.agent.dispatch.DispatchObservation.WINDOW;
import static org.allot.agent.dispatch.DispatchNetwork.D;
import static org.allot.agent.dispatch.DispatchNetwork.HIDDEN;
import static org.allot.agent.dispatch.DispatchNetwork.IN;
import static org.allot.agent.dispatch.DispatchNetwork.MASKED;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allot.agent.Weights;
import org.allot.agent.nn.TransformerEncoderBlock.Norm;
import org.allot.agent.train.nn.DjlMultiHeadAttention.Mask;
import org.allot.agent.train.nn.DjlParameters;
import org.allot.agent.train.nn.DjlTransformerEncoderBlock;

/**
 * {@link DispatchNetwork}'s function in DJL NDArray operations, batched over states of one
 * instance size: the training path (autograd). Parameters are NDArrays made from {@link Weights}
 * in the caller's scope, so that each minibatch gets fresh leaves and the Java weights stay the
 * source of truth. Stateless and thread-safe; the arrays belong to the caller's manager.
 */
final class DjlDispatchNetwork {
  private DjlDispatchNetwork() {}

  /** The shared encoder layers, as {@link DispatchNetwork}'s. */
  private static final DjlTransformerEncoderBlock WINDOW_ENCODER =
      new DjlTransformerEncoderBlock("window", D, 1, HIDDEN, Norm.PRE);
  private static final DjlTransformerEncoderBlock JOBS_ENCODER =
      new DjlTransformerEncoderBlock("jobs", D, 1, HIDDEN, Norm.PRE);

  /**
   * The parameters ({@link DispatchNetwork#SHAPES}, not the {@code policy.waits} flag) as arrays
   * in {@code manager}, with gradients when {@code train}.
   */
  static Map<String, NDArray> parameters(NDManager manager, Weights weights, boolean train) {
    return DjlParameters.of(manager, weights, DispatchNetwork.SHAPES.keySet(), train).arrays();
  }

  /**
   * The log-probabilities {@code [B, n + 1]} of a batch of observations of one size.
   *
   * @param observations {@code B} observations of {@link CpDispatchEnvironment}, same length
   * @param masks their legal actions
   */
  static NDArray logProbs(NDManager m, Map<String, NDArray> p, List<float[]> observations,
      List<boolean[]> masks) {
    int batch = observations.size();
    int n = observations.getFirst().length / PER_JOB;
    float[] feats = new float[batch * n * WINDOW * IN];
    float[] kinds = new float[batch * n * WINDOW * 2];
    float[] pe = new float[batch * n * WINDOW * D];
    float[] actionMask = new float[batch * (n + 1)];
    List<int[]> groups = new ArrayList<>();
    for (int b = 0; b < batch; b++) {
      fill(observations.get(b), masks.get(b), n, b, feats, kinds, pe, actionMask);
      groups.add(DispatchNetwork.competitionGroups(observations.get(b), n));
    }
    NDArray x = m.create(feats, new Shape(batch, n, WINDOW, IN))
        .add(m.create(kinds, new Shape(batch, n, WINDOW, 2)).matMul(p.get("token")));
    NDArray h = x.matMul(p.get("in.w")).add(p.get("in.b"))
        .add(m.create(pe, new Shape(batch, n, WINDOW, D)));
    DjlParameters params = new DjlParameters(m, p);
    h = WINDOW_ENCODER.forward(params, h.reshape(batch * n, WINDOW, D), null);
    NDArray jobs = h.mean(new int[] {1}).reshape(batch, n, D);
    jobs = JOBS_ENCODER.forward(params, jobs, Mask.of(m, batch, n, null, groups));
    NDArray actor = head(p, "actor", jobs).reshape(batch, n);
    NDArray noop = head(p, "noop", jobs).mean(new int[] {1}).reshape(batch, 1);
    NDArray logits = NDArrays.concat(new NDList(actor, noop), 1)
        .add(m.create(actionMask, new Shape(batch, n + 1)));
    return logits.logSoftmax(1);
  }

  private static void fill(float[] obs, boolean[] mask, int n, int b, float[] feats,
      float[] kinds, float[] pe, float[] actionMask) {
    for (int j = 0; j < n; j++) {
      for (int s = 0; s < WINDOW; s++) {
        int q = j * PER_JOB + s * SLOT;
        int slot = (b * n + j) * WINDOW + s;
        boolean start = obs[q + IS_START] > 0.5f;
        boolean end = obs[q + IS_END] > 0.5f;
        kinds[slot * 2] = start ? 1 : 0;
        kinds[slot * 2 + 1] = end ? 1 : 0;
        if (!start && !end) {
          feats[slot * IN] = obs[q + IS_FIXED];
          feats[slot * IN + 1] = obs[q + EST];
          feats[slot * IN + 2] = obs[q + DURATION];
          feats[slot * IN + 3] = obs[q + IS_LEGAL];
          feats[slot * IN + 4] = obs[q + REMAINING];
        }
        DispatchNetwork.positionEncoding(obs[q + POSITION], pe, slot * D);
      }
    }
    for (int a = 0; a <= n; a++) {
      actionMask[b * (n + 1) + a] = mask[a] ? 0 : MASKED;
    }
  }

  private static NDArray head(Map<String, NDArray> p, String h, NDArray jobs) {
    NDArray hidden = jobs.matMul(p.get(h + ".w1")).add(p.get(h + ".b1")).tanh();
    return hidden.matMul(p.get(h + ".w2")).add(p.get(h + ".b2"));
  }
}
