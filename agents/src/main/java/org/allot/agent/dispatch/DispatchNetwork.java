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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;
import org.allot.agent.nn.TransformerEncoderBlock;
import org.allot.agent.nn.TransformerEncoderBlock.Norm;

/**
 * The dispatching policy network of Tassel et al. (about 2.4 k parameters), forward pass in plain
 * Java on {@code float[]} weights: the inference path (a batch-1 DJL forward costs tens of
 * microseconds in JNI calls; see the JMH benchmark). {@link DjlDispatchNetwork} computes the same
 * function in DJL for training; a test holds the two to 1e-5.
 *
 * <ol>
 *   <li>Per slot: 5 inputs (is-fixed, start bound, duration, is-legal, remaining work), or a
 *       learned 5-vector for START/END tokens; {@code Linear(5, 8)} plus a sinusoidal encoding
 *       (d = 8) of the slot's position.
 *   <li>A pre-norm transformer encoder layer (the shared {@link TransformerEncoderBlock}: d 8, 1
 *       head, feed-forward 32, ReLU) over each job's window, mean-pooled to an 8-d job embedding.
 *   <li>A second layer across jobs, attention restricted to jobs competing for a machine now
 *       (legal, next operations on the same machine; every job sees itself).
 *   <li>Actor head per job: {@code Linear(8, 32)}, tanh, {@code Linear(32, 1)}; the No-Op logit is
 *       the mean over jobs of a second such head.
 * </ol>
 * When No-Op is masked (always, for a non-delay model) only the jobs that can start now and their
 * competitors are encoded ({@link #needed}): about 5 of 100 jobs at 100 x 20, 48 times faster
 * than the full forward, with the same logits bit for bit.
 * Immutable and thread-safe; {@link #logits} allocates its scratch per call.
 */
public final class DispatchNetwork {
  /** Model width. */
  public static final int D = 8;
  /** Feed-forward and head width. */
  public static final int HIDDEN = 32;
  /** Inputs per slot. */
  public static final int IN = 5;
  /** Additive mask value for a forbidden attention or action. */
  static final float MASKED = -1e9f;
  /** The encoder layers' tensor-name prefixes. */
  private static final String WINDOW_LAYER = "window";
  private static final String JOBS_LAYER = "jobs";
  /** Indices into the parameter list (see {@link #SHAPES}): 16 per encoder layer from 3. */
  private static final int ACTOR = 35;
  private static final int NOOP = 39;

  /** The parameter names and shapes, in order. */
  public static final Map<String, int[]> SHAPES = shapes();

  /**
   * The optional one-float tensor that makes a model non-delay (value 0): its policy never waits
   * while some job can start now (see {@link #restrict}). Not a parameter (no gradient reaches it);
   * models without it may wait, as in Tassel et al.
   */
  public static final String WAITS = "policy.waits";

  private final Weights weights;
  private final float[][] p;
  private final TransformerEncoderBlock windowEncoder;
  private final TransformerEncoderBlock jobsEncoder;
  private final boolean waits;

  /**
   * @throws IllegalArgumentException when a tensor is missing or has the wrong shape
   */
  public DispatchNetwork(Weights weights) {
    this.weights = weights;
    this.p = new float[SHAPES.size()][];
    int i = 0;
    for (Map.Entry<String, int[]> e : SHAPES.entrySet()) {
      Weights.Tensor t = weights.tensor(e.getKey());
      if (!java.util.Arrays.equals(t.shape(), e.getValue())) {
        throw new IllegalArgumentException("tensor '" + e.getKey() + "' has shape "
            + java.util.Arrays.toString(t.shape()) + ", expected "
            + java.util.Arrays.toString(e.getValue()));
      }
      p[i++] = t.data();
    }
    this.windowEncoder = new TransformerEncoderBlock(weights, WINDOW_LAYER, D, 1, HIDDEN, Norm.PRE);
    this.jobsEncoder = new TransformerEncoderBlock(weights, JOBS_LAYER, D, 1, HIDDEN, Norm.PRE);
    this.waits = !weights.tensors().containsKey(WAITS) || weights.tensor(WAITS).data()[0] != 0;
  }

  /** {@code weights} marked as a model that may wait or not ({@link #WAITS}). */
  public static Weights withWaits(Weights weights, boolean waits) {
    Map<String, Weights.Tensor> t = new LinkedHashMap<>(weights.tensors());
    t.remove(WAITS);
    if (!waits) {
      t.put(WAITS, new Weights.Tensor(new int[] {1}, new float[] {0}));
    }
    return new Weights(t);
  }

  /** Whether the policy may wait (No-Op) while some job can start now. */
  public boolean waits() {
    return waits;
  }

  /**
   * Narrows an environment's action mask to this model's actions: for a non-delay model, No-Op
   * is cleared whenever some job is legal (at the environment's time some job always is, so the
   * mask never empties).
   */
  public void restrict(boolean[] mask) {
    if (waits) {
      return;
    }
    int noOp = mask.length - 1;
    for (int a = 0; a < noOp; a++) {
      if (mask[a]) {
        mask[noOp] = false;
        return;
      }
    }
  }

  private static Map<String, int[]> shapes() {
    Map<String, int[]> s = new LinkedHashMap<>();
    s.put("token", new int[] {2, IN});
    s.put("in.w", new int[] {IN, D});
    s.put("in.b", new int[] {D});
    for (String l : List.of(WINDOW_LAYER, JOBS_LAYER)) {
      TransformerEncoderBlock.initial(l, D, 1, HIDDEN, new SplittableRandom(0))
          .forEach((name, t) -> s.put(name, t.shape()));
    }
    for (String h : List.of("actor", "noop")) {
      s.put(h + ".w1", new int[] {D, HIDDEN});
      s.put(h + ".b1", new int[] {HIDDEN});
      s.put(h + ".w2", new int[] {HIDDEN, 1});
      s.put(h + ".b2", new int[] {1});
    }
    return java.util.Collections.unmodifiableMap(s);
  }

  /**
   * Fresh weights: layer-norm gains 1, biases 0, matrices Gaussian with deviation
   * 1/sqrt(fan-in), the heads' last layers 0.01 (near-uniform initial policy), tokens N(0, 1).
   */
  public static Weights initial(RandomGenerator random) {
    return initial(random, true);
  }

  /** Fresh weights as {@link #initial(RandomGenerator)}, non-delay when {@code waits} is false. */
  public static Weights initial(RandomGenerator random, boolean waits) {
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : SHAPES.entrySet()) {
      String name = e.getKey();
      int[] shape = e.getValue();
      int size = 1;
      for (int d : shape) {
        size *= d;
      }
      float[] v = new float[size];
      double std = name.endsWith(".g") ? -1 : name.endsWith(".b") || name.endsWith(".b1")
          || name.endsWith(".b2") ? 0 : name.endsWith(".w2") ? 0.01
          : name.equals("token") ? 1 : 1 / Math.sqrt(shape[0]);
      for (int i = 0; i < size; i++) {
        v[i] = std < 0 ? 1f : (float) (random.nextGaussian() * std);
      }
      t.put(name, new Weights.Tensor(shape, v));
    }
    if (!waits) {
      t.put(WAITS, new Weights.Tensor(new int[] {1}, new float[] {0}));
    }
    return new Weights(t);
  }

  public Weights weights() {
    return weights;
  }

  /** Encodings of positions below this are tabulated (sin and cos are the costly part). */
  private static final int TABLE = 1024;
  private static final float[] PE_TABLE = new float[TABLE * D];

  static {
    for (int pos = 0; pos < TABLE; pos++) {
      encode(pos, PE_TABLE, pos * D);
    }
  }

  /** The sinusoidal position encoding of {@code position} (d = {@link #D}) into {@code out}. */
  static void positionEncoding(float position, float[] out, int at) {
    int pos = (int) position;
    if (pos == position && pos >= 0 && pos < TABLE) {
      System.arraycopy(PE_TABLE, pos * D, out, at, D);
    } else {
      encode(position, out, at);
    }
  }

  private static void encode(float position, float[] out, int at) {
    for (int i = 0; i < D / 2; i++) {
      double rate = Math.pow(10000, -2.0 * i / D);
      out[at + 2 * i] = (float) Math.sin(position * rate);
      out[at + 2 * i + 1] = (float) Math.cos(position * rate);
    }
  }

  /**
   * The masked logits of an observation of {@link CpDispatchEnvironment}: {@code n} job logits
   * then the No-Op logit; masked actions get {@link #MASKED}.
   *
   * @param observation the environment's observation ({@code n * PER_JOB} floats)
   * @param mask the legal actions ({@code n + 1})
   * @param into receives the {@code n + 1} logits
   */
  public void logits(float[] observation, boolean[] mask, float[] into) {
    int n = observation.length / PER_JOB;
    int[] group = competitionGroups(observation, n);
    int[] rows = needed(mask, group, n);
    int m = rows.length;
    float[] jobs = new float[m * D];
    float[] h = new float[WINDOW * D];
    TransformerEncoderBlock.Scratch s = new TransformerEncoderBlock.Scratch(windowEncoder,
        Math.max(m, WINDOW));
    int[] rowGroup = new int[m];
    for (int r = 0; r < m; r++) {
      int j = rows[r];
      rowGroup[r] = group[j];
      embedWindow(observation, j * PER_JOB, h);
      windowEncoder.forward(h, WINDOW, null, null, s);
      for (int w = 0; w < WINDOW; w++) {
        for (int d = 0; d < D; d++) {
          jobs[r * D + d] += h[w * D + d] / WINDOW;
        }
      }
    }
    jobsEncoder.forward(jobs, m, null, rowGroup, s);
    java.util.Arrays.fill(into, 0, n, MASKED);
    float noop = 0;
    for (int r = 0; r < m; r++) {
      int j = rows[r];
      into[j] = mask[j] ? head(ACTOR, jobs, r) : MASKED;
      noop += mask[n] ? head(NOOP, jobs, r) : 0;
    }
    into[n] = mask[n] ? noop / n : MASKED;
  }

  /**
   * The jobs whose embeddings reach a logit, ascending: all of them when No-Op is allowed (its
   * logit averages over every job), else the jobs that may be dispatched and the jobs they compete
   * with. Every other job only attends to itself in the second layer, so skipping it leaves the
   * other logits bit for bit as they were (rows are independent, and each attention sum still runs
   * over the same jobs in the same order). At 100 x 20 this skips most jobs at most decisions.
   */
  static int[] needed(boolean[] mask, int[] group, int n) {
    int[] rows = new int[n];
    int m = 0;
    for (int j = 0; j < n; j++) {
      if (mask[n] || mask[j] || group[j] >= 0) {
        rows[m++] = j;
      }
    }
    return m == n ? rows : java.util.Arrays.copyOf(rows, m);
  }

  /** Per job the machine it competes for now (its next one when legal), else -1 - job. */
  static int[] competitionGroups(float[] observation, int n) {
    int[] group = new int[n];
    for (int j = 0; j < n; j++) {
      boolean legal = observation[j * PER_JOB + SLOT + IS_LEGAL] > 0.5f;
      group[j] = legal ? (int) observation[j * PER_JOB + WINDOW * SLOT] : -1 - j;
    }
    return group;
  }

  private void embedWindow(float[] obs, int base, float[] h) {
    float[] token = p[0];
    float[] w = p[1];
    float[] b = p[2];
    float[] x = new float[IN];
    for (int s = 0; s < WINDOW; s++) {
      int q = base + s * SLOT;
      if (obs[q + IS_START] > 0.5f || obs[q + IS_END] > 0.5f) {
        System.arraycopy(token, obs[q + IS_START] > 0.5f ? 0 : IN, x, 0, IN);
      } else {
        x[0] = obs[q + IS_FIXED];
        x[1] = obs[q + EST];
        x[2] = obs[q + DURATION];
        x[3] = obs[q + IS_LEGAL];
        x[4] = obs[q + REMAINING];
      }
      positionEncoding(obs[q + POSITION], h, s * D);
      for (int d = 0; d < D; d++) {
        float acc = b[d];
        for (int i = 0; i < IN; i++) {
          acc += x[i] * w[i * D + d];
        }
        h[s * D + d] += acc;
      }
    }
  }

  /** A head (its parameters from index {@code o}) on job {@code j}'s embedding. */
  private float head(int o, float[] jobs, int j) {
    float[] w1 = p[o];
    float[] w2 = p[o + 2];
    float[] hidden = p[o + 1].clone();
    for (int d = 0; d < D; d++) {
      float e = jobs[j * D + d];
      for (int h = 0; h < HIDDEN; h++) {
        hidden[h] += e * w1[d * HIDDEN + h];
      }
    }
    float acc = p[o + 3][0];
    for (int h = 0; h < HIDDEN; h++) {
      acc += (float) Math.tanh(hidden[h]) * w2[h];
    }
    return acc;
  }
}
