package org.allot.agent.earli;

import java.util.random.RandomGenerator;
import org.allot.problem.cvrp.ConstructionEnvironment;
import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.CvrpSolution;

/**
 * Builds CVRP solutions with an {@link EarliNetwork}: several rollouts of one encoded instance
 * decoded in lock step (one step of every unfinished rollout, then the next step), sharing the
 * encoding. Each rollout is an episode of the family's construction MDP ({@link
 * ConstructionEnvironment}: routes never empty, the return after the last customer automatic),
 * whose legal actions the decoder narrows. A rollout starts at the depot; from the depot its candidates are every unvisited
 * customer; from a customer they are the depot and the unvisited customers whose demand fits the
 * remaining load, restricted to the {@code candidates} nearest of them to the current node (0:
 * all). The restriction keeps a step's cost at O(k d) instead of O(n d): the nearest-first lists
 * are sorted once per instance, and the scan skips visited and too-large customers, so it always
 * offers the k nearest feasible ones and never gets stuck. A step with one candidate (back to the
 * depot when nothing fits, a forced start) needs no network. Not thread-safe (scratch arrays);
 * use one decoder per thread.
 */
public final class Decoder {
  /** A built solution, its cost and whether it was decoded greedily. */
  public record Rollout(CvrpSolution solution, long cost, boolean greedy) {}

  /** Receives every decision with more than one candidate (for training). */
  public interface Recorder {
    /**
     * Rollout {@code rollout} chose {@code chosen} (a node) among {@code count} candidates in
     * {@code candidates} (depot first when present), at {@code current} with {@code load} of the
     * capacity left, with log-probability {@code logProb} (at temperature 1). The array is reused.
     */
    void decision(int rollout, int current, float load, int[] candidates, int count, int chosen,
        double logProb);
  }

  private final EarliNetwork network;
  private final int candidates;
  private final float[] q = new float[EarliNetwork.WIDTH];
  private final float[] glimpse = new float[EarliNetwork.WIDTH];
  private final float[] out = new float[EarliNetwork.WIDTH];
  private final float[] one = new float[1];
  private final float[] loadPart = new float[EarliNetwork.WIDTH];
  private float[] weights = new float[64];
  private float[] scores = new float[64];

  /**
   * A decoder of {@code network} that offers the {@code candidates} nearest feasible customers
   * (0: all of them).
   */
  public Decoder(EarliNetwork network, int candidates) {
    if (candidates < 0) {
      throw new IllegalArgumentException("candidates must be >= 0 (0: all), got " + candidates);
    }
    this.network = network;
    this.candidates = candidates;
  }

  /**
   * Decodes {@code count} rollouts of {@code e}: the first greedily when {@code greedyFirst}, the
   * others by sampling at {@code temperature}.
   *
   * @param starts per rollout its forced first customer (POMO's starts), or null
   * @param recorder receives the decisions, or null
   */
  public Rollout[] decode(Encoding e, int count, boolean greedyFirst, double temperature,
      RandomGenerator random, int[] starts, Recorder recorder) {
    if (count < 1 || !(temperature > 0) || (starts != null && starts.length < count)) {
      throw new IllegalArgumentException("need >= 1 rollout, a positive temperature and a start"
          + " per rollout, got " + count + ", " + temperature);
    }
    State[] states = new State[count];
    ConstructionEnvironment fresh = new ConstructionEnvironment(e.instance);
    for (int r = 0; r < count; r++) {
      states[r] = new State(r == 0 ? fresh : fresh.copy(), starts == null ? 0 : starts[r]);
    }
    int[] cand = new int[e.instance.nodes()];
    int active = count;
    while (active > 0) {
      active = 0;
      for (int r = 0; r < count; r++) {
        State s = states[r];
        if (s.env.done()) {
          continue;
        }
        boolean greedy = greedyFirst && r == 0;
        step(e, s, r, cand, greedy, temperature, random, recorder);
        active += s.env.done() ? 0 : 1;
      }
    }
    Rollout[] result = new Rollout[count];
    for (int r = 0; r < count; r++) {
      CvrpSolution solution = states[r].env.solution();
      result[r] = new Rollout(solution, solution.cost(e.instance), greedyFirst && r == 0);
    }
    return result;
  }

  private void step(Encoding e, State s, int r, int[] cand, boolean greedy, double temperature,
      RandomGenerator random, Recorder recorder) {
    int m = candidates(e, s, cand);
    int chosen = cand[0];
    if (m > 1) {
      int current = s.env.currentNode();
      float load = (float) s.env.remainingCapacity() / e.instance.capacity();
      scores(e, current, load, cand, m, scores(m));
      int pick = greedy ? argmax(scores, m) : sample(scores, m, temperature, random);
      chosen = cand[pick];
      if (recorder != null) {
        recorder.decision(r, current, load, cand, m, chosen, logProb(scores, m, pick));
      }
    }
    s.env.step(chosen);
  }

  /** The candidates of {@code s} into {@code cand}, depot first when it is one; their count. */
  private int candidates(Encoding e, State s, int[] cand) {
    CvrpInstance instance = e.instance;
    ConstructionEnvironment env = s.env;
    int n = instance.nodes();
    int remaining = env.remainingCapacity();
    if (env.currentNode() == 0) {
      if (s.start > 0) {
        cand[0] = s.start;
        s.start = 0;
        return 1;
      }
      int m = 0;
      for (int j = 1; j < n; j++) {
        if (!env.visited(j)) {
          cand[m++] = j;
        }
      }
      return m;
    }
    cand[0] = 0;
    int m = 1;
    int limit = candidates == 0 ? n : candidates + 1;
    if (candidates == 0) {
      for (int j = 1; j < n; j++) {
        if (!env.visited(j) && instance.demandOf(j) <= remaining) {
          cand[m++] = j;
        }
      }
      return m;
    }
    for (int j : e.neighbours()[env.currentNode()]) {
      if (m == limit) {
        break;
      }
      if (!env.visited(j) && instance.demandOf(j) <= remaining) {
        cand[m++] = j;
      }
    }
    return m;
  }

  /**
   * The scores {@code u} of the {@code m} candidate nodes {@code cand} at {@code current} with
   * {@code load} of the capacity left, into {@code u} (the policy is their softmax).
   */
  public void scores(Encoding e, int current, float load, int[] cand, int m, float[] u) {
    int d = EarliNetwork.WIDTH;
    int dh = d / EarliNetwork.HEADS;
    one[0] = load;
    network.load.forward(one, loadPart);
    for (int c = 0; c < d; c++) {
      q[c] = e.context[c] + e.nodeContext[current * d + c] + loadPart[c];
    }
    float[] a = weights(m);
    float headScale = (float) (1 / Math.sqrt(dh));
    for (int h = 0; h < EarliNetwork.HEADS; h++) {
      int o = h * dh;
      float max = Float.NEGATIVE_INFINITY;
      for (int k = 0; k < m; k++) {
        a[k] = dot(q, o, e.glimpseKeys, cand[k] * d + o, dh) * headScale;
        max = Math.max(max, a[k]);
      }
      float sum = 0;
      for (int k = 0; k < m; k++) {
        a[k] = (float) Math.exp(a[k] - max);
        sum += a[k];
      }
      for (int c = 0; c < dh; c++) {
        glimpse[o + c] = 0;
      }
      for (int k = 0; k < m; k++) {
        float w = a[k] / sum;
        int vo = cand[k] * d + o;
        for (int c = 0; c < dh; c++) {
          glimpse[o + c] += w * e.glimpseValues[vo + c];
        }
      }
    }
    network.output.forward(glimpse, out);
    float scale = (float) (1 / Math.sqrt(d));
    for (int k = 0; k < m; k++) {
      int j = cand[k];
      float compat = dot(out, 0, e.scoreKeys, j * d, d) * scale;
      u[k] = EarliNetwork.CLIP * (float) Math.tanh(compat)
          - (j == 0 ? 0f : network.beta * e.features.distance(current, j));
    }
  }

  private static float dot(float[] a, int ao, float[] b, int bo, int len) {
    float s = 0;
    for (int c = 0; c < len; c++) {
      s += a[ao + c] * b[bo + c];
    }
    return s;
  }

  private float[] weights(int m) {
    if (weights.length < m) {
      weights = new float[Math.max(m, 2 * weights.length)];
    }
    return weights;
  }

  private float[] scores(int m) {
    if (scores.length < m) {
      scores = new float[Math.max(m, 2 * scores.length)];
    }
    return scores;
  }

  private static int argmax(float[] u, int m) {
    int best = 0;
    for (int k = 1; k < m; k++) {
      best = u[k] > u[best] ? k : best;
    }
    return best;
  }

  private static int sample(float[] u, int m, double temperature, RandomGenerator random) {
    float max = u[argmax(u, m)];
    double sum = 0;
    for (int k = 0; k < m; k++) {
      sum += Math.exp((u[k] - max) / temperature);
    }
    double x = random.nextDouble() * sum;
    for (int k = 0; k < m - 1; k++) {
      x -= Math.exp((u[k] - max) / temperature);
      if (x < 0) {
        return k;
      }
    }
    return m - 1;
  }

  private static double logProb(float[] u, int m, int pick) {
    float max = u[argmax(u, m)];
    double sum = 0;
    for (int k = 0; k < m; k++) {
      sum += Math.exp(u[k] - max);
    }
    return u[pick] - max - Math.log(sum);
  }

  /** One rollout's progress: the family's construction MDP, and a forced first customer. */
  private static final class State {
    final ConstructionEnvironment env;
    int start;

    State(ConstructionEnvironment env, int start) {
      this.env = env;
      this.start = start;
    }
  }
}
