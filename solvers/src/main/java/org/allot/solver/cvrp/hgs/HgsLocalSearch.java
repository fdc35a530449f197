package org.allot.solver.cvrp.hgs;

import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import org.allot.solver.Deadline;

/**
 * HGS's education: a first-improvement local search over granular neighbourhoods. For each
 * customer u (in random order) and each of its granular neighbours v, it tries relocating u, the
 * pair (u, x) and the reversed pair (x, u) after v; swapping u with v, (u, x) with v and (u, x)
 * with (v, y); 2-opt within a route and both 2-opt* variants between routes (x and y are the
 * successors of u and v), then the same insertions after the depot when v is first on its route,
 * and moves into an empty route; then SWAP* between routes whose polar sectors overlap
 * ({@link HgsSwapStar}). Pairs whose routes did not change since u was last tried are skipped.
 * It stops when a whole pass finds no improving move. Moves are evaluated in constant time on
 * primitive arrays (see {@link HgsRoutes}); nothing is allocated per move. Not thread-safe.
 */
final class HgsLocalSearch {
  private static final double EPSILON = 1e-5;
  /** How many customers are examined between two looks at the clock. */
  private static final int CLOCK_MASK = 127;

  private final HgsRoutes routes;
  private final HgsSwapStar swapStar;
  private final SplittableRandom random;
  private final int n;
  private final int stride;
  private final int[] dist;
  private final int[] demand;
  private final int[] next;
  private final int[] prev;
  private final int[] routeOf;
  private final int[] load;
  private final int[] lastModified;
  private final int[] cumLoad;
  private final int[] lastTested;
  private final int[][] neighbours;
  private final int[] orderNodes;
  private final int granular;
  private Deadline deadline;
  private boolean completed;
  private boolean expired;
  private DoubleConsumer observer;
  /** Neighbour pairs examined and moves applied, over the searcher's life (for measurements). */
  long pairs;
  long applied;

  // The move under evaluation: u, its successor x, v, its successor y, and their routes.
  private int u;
  private int x;
  private int v;
  private int y;
  private int ru;
  private int rv;

  HgsLocalSearch(HgsData data, HgsParameters parameters, SplittableRandom random) {
    this.routes = new HgsRoutes(data);
    this.random = random;
    this.n = data.n;
    this.stride = data.stride;
    this.dist = data.dist;
    this.demand = data.demand;
    this.next = routes.next;
    this.prev = routes.prev;
    this.routeOf = routes.routeOf;
    this.load = routes.load;
    this.lastModified = routes.lastModified;
    this.cumLoad = routes.cumLoad;
    this.lastTested = new int[n + 1];
    this.neighbours = new int[n + 1][];
    for (int i = 0; i <= n; i++) {
      neighbours[i] = data.neighbours[i].clone();
    }
    this.orderNodes = new int[n];
    for (int i = 0; i < n; i++) {
      orderNodes[i] = i + 1;
    }
    this.granular = parameters.granular();
    this.swapStar = parameters.swapStar() && data.hasCoordinates() && data.fleet > 1
        ? new HgsSwapStar(routes, random) : null;
  }

  /**
   * Calls {@code onMove} after every applied move with the change of penalised cost the move
   * claimed, the routes already updated (for tests; {@code null} for none).
   */
  void observeMoves(DoubleConsumer onMove) {
    observer = onMove;
  }

  /** Whether the last run stopped early because the deadline passed. */
  boolean expired() {
    return expired;
  }

  /**
   * Improves {@code individual} in place under capacity penalty {@code penalty}, then evaluates
   * it under {@code evaluationPenalty}. Stops early, leaving a valid solution, once
   * {@code deadline} has passed.
   */
  void run(HgsIndividual individual, double penalty, double evaluationPenalty,
      Deadline deadline) {
    this.deadline = deadline;
    routes.penalty = penalty;
    routes.load(individual);
    java.util.Arrays.fill(lastTested, -1);
    shuffle();
    expired = false;
    completed = false;
    for (int loop = 0; !completed && !expired; loop++) {
      completed = true;
      if (loop > 0 && deadline.expired()) {
        expired = true;
        break;
      }
      classicalMoves(loop);
      if (swapStar != null && !expired) {
        swapStar.run(loop, this);
      }
    }
    routes.export(individual, evaluationPenalty);
  }

  private void shuffle() {
    shuffle(orderNodes, orderNodes.length, random);
    for (int i = 1; i <= n; i++) {
      if (random.nextInt(granular) == 0) {
        shuffle(neighbours[i], neighbours[i].length, random);
      }
    }
    if (swapStar != null) {
      swapStar.shuffle();
    }
  }

  private void classicalMoves(int loop) {
    for (int posU = 0; posU < n; posU++) {
      if ((posU & CLOCK_MASK) == CLOCK_MASK && deadline.expired()) {
        expired = true;
        return;
      }
      u = orderNodes[posU];
      int lastTestU = lastTested[u];
      lastTested[u] = routes.moves;
      int[] near = neighbours[u];
      for (int k = 0; k < near.length; k++) {
        int candidate = near[k];
        if (loop == 0 || Math.max(lastModified[routeOf[u]], lastModified[routeOf[candidate]])
            > lastTestU) {
          pairs++;
          tryPair(candidate);
        }
      }
      if (loop > 0) {
        tryEmptyRoute();
      }
    }
  }

  /** Moves of u into the first empty route (not in the first pass, as HGS, to spare routes). */
  private void tryEmptyRoute() {
    int r = routes.firstEmpty();
    if (r >= 0) {
      setU();
      setV(routes.start(r));
      if (!move1() && !move2() && !move3()) {
        move9();
      }
    }
  }

  /** Tries every classical move between u and {@code candidate}; true when one was applied. */
  private boolean tryPair(int candidate) {
    setU();
    setV(candidate);
    if (move1() || move2() || move3()) {
      return true;
    }
    if (u <= v && move4() || move5() || u <= v && move6()) {
      return true;
    }
    if (ru == rv ? move7() : move8() || move9()) {
      return true;
    }
    int before = prev[candidate];
    if (routes.isDepot(before)) {
      setV(before);
      return move1() || move2() || move3() || ru != rv && (move8() || move9());
    }
    return false;
  }

  private void setU() {
    ru = routeOf[u];
    x = next[u];
  }

  private void setV(int node) {
    v = node;
    rv = routeOf[v];
    y = next[v];
  }

  private int d(int a, int b) {
    return dist[a * stride + b];
  }

  private double pen(int routeLoad) {
    return routes.excessPenalty(routeLoad);
  }

  /** Penalty change when route ru gains {@code toU} load and rv gains {@code -toU}. */
  private double transfer(int toU) {
    return pen(load[ru] + toU) - routes.penaltyOf[ru] + pen(load[rv] - toU)
        - routes.penaltyOf[rv];
  }

  /** Relocates u after v. */
  private boolean move1() {
    double cost = d(prev[u], x) - d(prev[u], u) - d(u, x) + d(v, u) + d(u, y) - d(v, y);
    if (ru != rv) {
      cost += transfer(-demand[u]);
    }
    if (cost > -EPSILON || u == y) {
      return false;
    }
    routes.insert(u, v);
    return commit(cost);
  }

  /** Relocates (u, x) after v. */
  private boolean move2() {
    int xn = next[x];
    double cost = d(prev[u], xn) - d(prev[u], u) - d(x, xn) + d(v, u) + d(x, y) - d(v, y);
    if (ru != rv) {
      cost += transfer(-demand[u] - demand[x]);
    }
    if (cost > -EPSILON || u == y || v == x || routes.isDepot(x)) {
      return false;
    }
    routes.insert(u, v);
    routes.insert(x, u);
    return commit(cost);
  }

  /** Relocates (u, x) after v as (x, u). */
  private boolean move3() {
    int xn = next[x];
    double cost = d(prev[u], xn) - d(prev[u], u) - d(u, x) - d(x, xn) + d(v, x) + d(x, u)
        + d(u, y) - d(v, y);
    if (ru != rv) {
      cost += transfer(-demand[u] - demand[x]);
    }
    if (cost > -EPSILON || u == y || x == v || routes.isDepot(x)) {
      return false;
    }
    routes.insert(x, v);
    routes.insert(u, x);
    return commit(cost);
  }

  /** Swaps u and v. */
  private boolean move4() {
    int up = prev[u];
    int vp = prev[v];
    double cost = d(up, v) + d(v, x) - d(up, u) - d(u, x) + d(vp, u) + d(u, y) - d(vp, v)
        - d(v, y);
    if (ru != rv) {
      cost += transfer(demand[v] - demand[u]);
    }
    if (cost > -EPSILON || u == vp || u == y) {
      return false;
    }
    routes.swap(u, v);
    return commit(cost);
  }

  /** Swaps (u, x) and v. */
  private boolean move5() {
    int up = prev[u];
    int vp = prev[v];
    int xn = next[x];
    double cost = d(up, v) + d(v, xn) - d(up, u) - d(x, xn) + d(vp, u) + d(x, y) - d(vp, v)
        - d(v, y);
    if (ru != rv) {
      cost += transfer(demand[v] - demand[u] - demand[x]);
    }
    if (cost > -EPSILON || u == vp || x == vp || u == y || routes.isDepot(x)) {
      return false;
    }
    routes.swap(u, v);
    routes.insert(x, u);
    return commit(cost);
  }

  /** Swaps (u, x) and (v, y). */
  private boolean move6() {
    int up = prev[u];
    int vp = prev[v];
    int xn = next[x];
    int yn = next[y];
    double cost = d(up, v) + d(y, xn) - d(up, u) - d(x, xn) + d(vp, u) + d(x, yn) - d(vp, v)
        - d(y, yn);
    if (ru != rv) {
      cost += transfer(demand[v] + demand[y] - demand[u] - demand[x]);
    }
    if (cost > -EPSILON || routes.isDepot(x) || routes.isDepot(y) || y == up || u == y
        || x == v || v == xn) {
      return false;
    }
    routes.swap(u, v);
    routes.swap(x, y);
    return commit(cost);
  }

  /** 2-opt within a route: reverses x..v. */
  private boolean move7() {
    if (routes.position[u] > routes.position[v]) {
      return false;
    }
    double cost = d(u, v) + d(x, y) - d(u, x) - d(v, y);
    if (cost > -EPSILON || x == v) {
      return false;
    }
    routes.reverse(u, x, v, y);
    return commit(cost);
  }

  /** 2-opt* joining u to v and x to y, reversing the heads of v's and tails of u's route. */
  private boolean move8() {
    int headU = cumLoad[u];
    int headV = cumLoad[v];
    double cost = d(u, v) + d(x, y) - d(u, x) - d(v, y) + pen(headU + headV)
        + pen(load[ru] + load[rv] - headU - headV) - routes.penaltyOf[ru] - routes.penaltyOf[rv];
    if (cost > -EPSILON) {
      return false;
    }
    routes.exchangeTails(ru, u, x, rv, v, y, true);
    return commit(cost);
  }

  /** 2-opt* joining u to y and v to x: the routes exchange their tails. */
  private boolean move9() {
    int headU = cumLoad[u];
    int headV = cumLoad[v];
    double cost = d(u, y) + d(v, x) - d(u, x) - d(v, y) + pen(headU + load[rv] - headV)
        + pen(headV + load[ru] - headU) - routes.penaltyOf[ru] - routes.penaltyOf[rv];
    if (cost > -EPSILON) {
      return false;
    }
    routes.exchangeTails(ru, u, x, rv, v, y, false);
    return commit(cost);
  }

  /** Stamps and updates the routes of an applied move. */
  private boolean commit(double cost) {
    routes.moves++;
    routes.update(ru);
    if (rv != ru) {
      routes.update(rv);
    }
    moved(cost);
    return true;
  }

  /** Records an applied move that changed the penalised cost by {@code cost}. */
  void moved(double cost) {
    applied++;
    completed = false;
    if (observer != null) {
      observer.accept(cost);
    }
  }

  HgsRoutes routes() {
    return routes;
  }

  /** Shuffles {@code a[0..count)} in place (Fisher-Yates). */
  static void shuffle(int[] a, int count, SplittableRandom random) {
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
