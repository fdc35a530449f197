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
import static org.allot.agent.dispatch.DispatchNetwork.IN;
import static org.allot.agent.dispatch.DispatchNetwork.MASKED;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;

/**
 * {@link DispatchNetwork}'s function in DJL NDArray operations, batched over states of one
 * instance size: the training path (autograd). Parameters are NDArrays made from {@link Weights}
 * in the caller's scope, so that each minibatch gets fresh leaves and the Java weights stay the
 * source of truth. Stateless and thread-safe; the arrays belong to the caller's manager.
 */
final class DjlDispatchNetwork {
  private DjlDispatchNetwork() {}

  /** The parameters as arrays in {@code manager}, with gradients when {@code train}. */
  static Map<String, NDArray> parameters(NDManager manager, Weights weights, boolean train) {
    Map<String, NDArray> p = new LinkedHashMap<>();
    for (String name : DispatchNetwork.SHAPES.keySet()) {
      Weights.Tensor t = weights.tensor(name);
      long[] shape = new long[t.shape().length];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = t.shape()[i];
      }
      NDArray a = manager.create(t.data(), new Shape(shape));
      a.setRequiresGradient(train);
      p.put(name, a);
    }
    return p;
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
    float[] jobMask = new float[batch * n * n];
    float[] actionMask = new float[batch * (n + 1)];
    for (int b = 0; b < batch; b++) {
      fill(observations.get(b), masks.get(b), n, b, feats, kinds, pe, jobMask, actionMask);
    }
    NDArray x = m.create(feats, new Shape(batch, n, WINDOW, IN))
        .add(m.create(kinds, new Shape(batch, n, WINDOW, 2)).matMul(p.get("token")));
    NDArray h = x.matMul(p.get("in.w")).add(p.get("in.b"))
        .add(m.create(pe, new Shape(batch, n, WINDOW, D)));
    // Scalars as arrays of this scope, not Number arguments: see DjlRuntime.scalar.
    NDArray scale = DjlRuntime.scalar(m, (float) (1 / Math.sqrt(D)));
    NDArray eps = DjlRuntime.scalar(m, 1e-5f);
    h = encoder(p, "window", h.reshape(batch * n, WINDOW, D), null, scale, eps);
    NDArray jobs = h.mean(new int[] {1}).reshape(batch, n, D);
    jobs = encoder(p, "jobs", jobs, m.create(jobMask, new Shape(batch, n, n)), scale, eps);
    NDArray actor = head(p, "actor", jobs).reshape(batch, n);
    NDArray noop = head(p, "noop", jobs).mean(new int[] {1}).reshape(batch, 1);
    NDArray logits = NDArrays.concat(new NDList(actor, noop), 1)
        .add(m.create(actionMask, new Shape(batch, n + 1)));
    return logits.logSoftmax(1);
  }

  private static void fill(float[] obs, boolean[] mask, int n, int b, float[] feats,
      float[] kinds, float[] pe, float[] jobMask, float[] actionMask) {
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
    int[] group = DispatchNetwork.competitionGroups(obs, n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        jobMask[(b * n + i) * n + j] = group[i] == group[j] ? 0 : MASKED;
      }
    }
    for (int a = 0; a <= n; a++) {
      actionMask[b * (n + 1) + a] = mask[a] ? 0 : MASKED;
    }
  }

  private static NDArray encoder(Map<String, NDArray> p, String l, NDArray x, NDArray mask,
      NDArray scale, NDArray eps) {
    NDArray y = layerNorm(x, p.get(l + ".ln1.g"), p.get(l + ".ln1.b"), eps);
    NDArray q = y.matMul(p.get(l + ".q.w")).add(p.get(l + ".q.b"));
    NDArray k = y.matMul(p.get(l + ".k.w")).add(p.get(l + ".k.b"));
    NDArray v = y.matMul(p.get(l + ".v.w")).add(p.get(l + ".v.b"));
    NDArray scores = q.matMul(k.swapAxes(1, 2)).mul(scale);
    if (mask != null) {
      scores = scores.add(mask);
    }
    NDArray attended = scores.softmax(2).matMul(v);
    x = x.add(attended.matMul(p.get(l + ".o.w")).add(p.get(l + ".o.b")));
    NDArray z = layerNorm(x, p.get(l + ".ln2.g"), p.get(l + ".ln2.b"), eps);
    NDArray f = Activation.relu(z.matMul(p.get(l + ".ff1.w")).add(p.get(l + ".ff1.b")));
    return x.add(f.matMul(p.get(l + ".ff2.w")).add(p.get(l + ".ff2.b")));
  }

  private static NDArray layerNorm(NDArray x, NDArray g, NDArray b, NDArray eps) {
    NDArray mean = x.mean(new int[] {-1}, true);
    NDArray c = x.sub(mean);
    NDArray var = c.square().mean(new int[] {-1}, true);
    return c.div(var.add(eps).sqrt()).mul(g).add(b);
  }

  private static NDArray head(Map<String, NDArray> p, String h, NDArray jobs) {
    NDArray hidden = jobs.matMul(p.get(h + ".w1")).add(p.get(h + ".b1")).tanh();
    return hidden.matMul(p.get(h + ".w2")).add(p.get(h + ".b2"));
  }
}
