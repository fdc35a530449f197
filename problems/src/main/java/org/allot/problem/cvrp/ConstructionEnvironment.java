package org.allot.problem.cvrp;

import java.util.Arrays;
import org.allot.problem.Environment;
import org.allot.problem.Step;

/**
 * The construction MDP of a CVRP instance, as in Kool et al.'s attention model, POMO and RL4CO:
 * one vehicle builds the routes one after the other, choosing the next node at every step.
 *
 * <p>Actions {@code 0..n}: action 0 returns to the depot, closing the current route (the next
 * route starts with a full load); action {@code i} visits customer {@code i}. The mask allows a
 * customer when it is unvisited and its demand fits the remaining load, and the depot whenever
 * the vehicle is at a customer. At the depot the depot is masked, so no route is empty; since
 * every demand is at most Q, a vehicle at the depot with a full load can always visit any
 * remaining customer, so a legal action exists in every running state and every episode ends,
 * after n customer steps and at most n - 1 depot steps. The return to the depot after the last
 * customer is automatic: the step that visits the last customer also drives back, adds that
 * arc to its reward and terminates the episode (no final action 0). The reward of a step is
 * minus the distance it drives, so an episode's rewards sum to minus the solution's cost. The
 * fleet limit {@link CvrpInstance#vehicles()}, when set, is not enforced. The dynamics are
 * deterministic; the seed of {@link #reset} is unused.
 *
 * <p>Observation: {@link #NODE_FEATURES} floats per node, node after node (the depot first),
 * then {@link #GLOBAL_FEATURES} floats:
 * <ol start="0">
 *   <li>x, shifted to the smallest x and divided by the larger side of the nodes' bounding box
 *       (so in [0, 1] with distances in proportion); 0 without coordinates;
 *   <li>y, likewise;
 *   <li>demand / Q (0 for the depot);
 *   <li>1 when the customer is visited, else 0 (always 0 for the depot);
 *   <li>1 for the node the vehicle is at, else 0;
 *   <li>distance from the vehicle's node / the instance's largest distance;
 * </ol>
 * and globally: remaining load / Q, then visited customers / n. Constructing an environment
 * scans all distances once (O(n^2)). Not thread-safe; {@link #copy} for rollouts.
 */
public final class ConstructionEnvironment implements Environment<CvrpSolution> {
  /** Floats per node in the observation. */
  public static final int NODE_FEATURES = 6;
  /** Floats after the per-node block. */
  public static final int GLOBAL_FEATURES = 2;

  private final CvrpInstance instance;
  private final int n;
  private final int[] demand;
  /** Per node, the features that never change: x, y, demand / Q. */
  private final float[] fixed;
  private final float distanceScale;
  private final boolean[] visited;
  /** The actions taken (customers and depot returns), in order. */
  private final int[] tour;
  private int length;
  private int current;
  private int load;
  private int served;
  private boolean done;

  public ConstructionEnvironment(CvrpInstance instance) {
    this.instance = instance;
    this.n = instance.customers();
    this.demand = instance.demand();
    this.fixed = fixedFeatures(instance);
    this.distanceScale = Math.max(1, largestDistance(instance));
    this.visited = new boolean[n + 1];
    this.tour = new int[2 * n];
    reset(0);
  }

  private ConstructionEnvironment(ConstructionEnvironment o) {
    this.instance = o.instance;
    this.n = o.n;
    this.demand = o.demand;
    this.fixed = o.fixed;
    this.distanceScale = o.distanceScale;
    this.visited = o.visited.clone();
    this.tour = o.tour.clone();
    this.length = o.length;
    this.current = o.current;
    this.load = o.load;
    this.served = o.served;
    this.done = o.done;
  }

  private static float[] fixedFeatures(CvrpInstance instance) {
    int nodes = instance.nodes();
    float[] f = new float[3 * nodes];
    if (instance.hasCoordinates()) {
      NormalisedCoordinates c = NormalisedCoordinates.of(instance);
      for (int i = 0; i < nodes; i++) {
        f[3 * i] = (float) c.x()[i];
        f[3 * i + 1] = (float) c.y()[i];
      }
    }
    for (int i = 0; i < nodes; i++) {
      f[3 * i + 2] = (float) instance.demandOf(i) / instance.capacity();
    }
    return f;
  }

  private static int largestDistance(CvrpInstance instance) {
    int max = 0;
    for (int i = 0; i < instance.nodes(); i++) {
      for (int j = i + 1; j < instance.nodes(); j++) {
        max = Math.max(max, instance.distance(i, j));
      }
    }
    return max;
  }

  public CvrpInstance instance() {
    return instance;
  }

  /** The node the vehicle is at (0 = the depot). */
  public int currentNode() {
    return current;
  }

  /** The load the vehicle can still take on its current route. */
  public int remainingCapacity() {
    return load;
  }

  @Override
  public int actionCount() {
    return n + 1;
  }

  @Override
  public int observationSize() {
    return (n + 1) * NODE_FEATURES + GLOBAL_FEATURES;
  }

  /** Whether {@code customer} (1..n) has been visited in this episode. */
  public boolean visited(int customer) {
    return visited[customer];
  }

  /** The number of customers visited so far. */
  public int served() {
    return served;
  }

  @Override
  public void reset(long seed) {
    Arrays.fill(visited, false);
    length = 0;
    current = 0;
    load = instance.capacity();
    served = 0;
    done = false;
  }

  @Override
  public Step step(int action) {
    if (action < 0 || action > n) {
      throw new IllegalArgumentException("action " + action + " is out of range 0.." + n);
    }
    if (done) {
      throw new IllegalStateException("the episode is over; call reset");
    }
    if (!legal(action)) {
      throw new IllegalArgumentException("action " + action + " is masked: " + whyMasked(action));
    }
    double reward = -instance.distance(current, action);
    tour[length++] = action;
    current = action;
    if (action == 0) {
      load = instance.capacity();
      return new Step(reward, false, false);
    }
    visited[action] = true;
    load -= demand[action];
    if (++served == n) {
      reward -= instance.distance(action, 0);
      current = 0;
      done = true;
    }
    return new Step(reward, done, false);
  }

  private boolean legal(int action) {
    return action == 0 ? current != 0 : !visited[action] && demand[action] <= load;
  }

  private String whyMasked(int action) {
    if (action == 0) {
      return "the vehicle is at the depot (routes may not be empty)";
    }
    return visited[action] ? "customer " + action + " is already visited"
        : "customer " + action + "'s demand " + demand[action] + " exceeds the remaining load "
            + load;
  }

  @Override
  public void actionMask(boolean[] into) {
    for (int a = 0; a <= n; a++) {
      into[a] = !done && legal(a);
    }
  }

  @Override
  public void observe(float[] into) {
    for (int i = 0; i <= n; i++) {
      int b = i * NODE_FEATURES;
      into[b] = fixed[3 * i];
      into[b + 1] = fixed[3 * i + 1];
      into[b + 2] = fixed[3 * i + 2];
      into[b + 3] = visited[i] ? 1 : 0;
      into[b + 4] = i == current ? 1 : 0;
      into[b + 5] = instance.distance(current, i) / distanceScale;
    }
    int g = (n + 1) * NODE_FEATURES;
    into[g] = (float) load / instance.capacity();
    into[g + 1] = (float) served / n;
  }

  @Override
  public boolean done() {
    return done;
  }

  @Override
  public CvrpSolution solution() {
    if (!done) {
      throw new IllegalStateException("the episode is not over: " + served + " of " + n
          + " customers visited");
    }
    int routes = 1;
    for (int k = 0; k < length; k++) {
      routes += tour[k] == 0 ? 1 : 0;
    }
    int[][] r = new int[routes][];
    int start = 0;
    int route = 0;
    for (int k = 0; k <= length; k++) {
      if (k == length || tour[k] == 0) {
        r[route++] = Arrays.copyOfRange(tour, start, k);
        start = k + 1;
      }
    }
    return new CvrpSolution(r);
  }

  @Override
  public ConstructionEnvironment copy() {
    return new ConstructionEnvironment(this);
  }
}
