package org.allot.solver.cvrp.hgs;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * SWAP* (Vidal 2022, section 4): exchanges a customer u of route ru with a customer v of route
 * rv, each inserted at its best position in the other route rather than in the other's place.
 * Only route pairs whose polar sectors overlap are tried. For each customer and route, the three
 * cheapest insertion positions are cached and recomputed only when the route has changed since;
 * with them, the best insertion of u into rv without v is found in constant time, since removing
 * v spoils at most two positions. Relocations of u into rv (and v into ru) at their best
 * position are evaluated on the way. Not thread-safe.
 */
final class HgsSwapStar {
  private static final double EPSILON = 1e-5;
  private static final int NONE = -1;

  private final HgsRoutes routes;
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
  private final double[] penaltyOf;
  private final int[] orderRoutes;
  private final int[] lastTested;
  /** Per (route, customer), its three cheapest insertion costs, ascending. */
  private final int[] insertCost;
  /** Per (route, customer), the nodes after which those insertions go. */
  private final int[] insertAfter;
  /** Per (route, customer), the move stamp at which the three were computed. */
  private final int[] computedAt;
  /** Per customer, the distance saved by removing it from its route (negative or zero). */
  private final int[] removal;
  private int chosen;

  HgsSwapStar(HgsRoutes routes, SplittableRandom random) {
    this.routes = routes;
    this.random = random;
    this.n = routes.n;
    this.stride = routes.stride;
    this.dist = routes.dist;
    this.demand = routes.demand;
    this.next = routes.next;
    this.prev = routes.prev;
    this.routeOf = routes.routeOf;
    this.load = routes.load;
    this.lastModified = routes.lastModified;
    this.penaltyOf = routes.penaltyOf;
    int fleet = routes.fleet;
    this.orderRoutes = new int[fleet];
    for (int r = 0; r < fleet; r++) {
      orderRoutes[r] = r;
    }
    this.lastTested = new int[fleet];
    this.insertCost = new int[fleet * (n + 1) * 3];
    this.insertAfter = new int[fleet * (n + 1) * 3];
    this.computedAt = new int[fleet * (n + 1)];
    this.removal = new int[n + 1];
  }

  /** Draws a new route order and forgets the caches (a new individual is loaded). */
  void shuffle() {
    HgsLocalSearch.shuffle(orderRoutes, orderRoutes.length, random);
    Arrays.fill(lastTested, -1);
    Arrays.fill(computedAt, -1);
  }

  /** One SWAP* pass over the route pairs; reports each applied move to {@code search}. */
  void run(int loop, HgsLocalSearch search) {
    int fleet = orderRoutes.length;
    for (int i = 0; i < fleet; i++) {
      int ru = orderRoutes[i];
      int lastTest = lastTested[ru];
      lastTested[ru] = routes.moves;
      for (int j = 0; j < fleet; j++) {
        int rv = orderRoutes[j];
        if (ru < rv && routes.size[ru] > 0 && routes.size[rv] > 0
            && (loop == 0 || Math.max(lastModified[ru], lastModified[rv]) > lastTest)
            && HgsSector.overlap(routes.sectorStart[ru], routes.sectorEnd[ru],
                routes.sectorStart[rv], routes.sectorEnd[rv])) {
          swapStar(ru, rv, search);
        }
      }
    }
  }

  private int d(int a, int b) {
    return dist[a * stride + b];
  }

  private void swapStar(int ru, int rv, HgsLocalSearch search) {
    preprocess(ru, rv);
    preprocess(rv, ru);
    double best = Double.POSITIVE_INFINITY;
    int bestU = NONE;
    int bestAfterU = NONE;
    int bestV = NONE;
    int bestAfterV = NONE;
    for (int u = next[routes.start(ru)]; u <= n; u = next[u]) {
      for (int v = next[routes.start(rv)]; v <= n; v = next[v]) {
        double penU = routes.excessPenalty(load[ru] + demand[v] - demand[u]) - penaltyOf[ru];
        double penV = routes.excessPenalty(load[rv] + demand[u] - demand[v]) - penaltyOf[rv];
        if (penU + removal[u] + penV + removal[v] <= 0) {
          int extraV = insertionWithout(u, v);
          int afterU = chosen;
          int extraU = insertionWithout(v, u);
          double cost = penU + removal[u] + extraU + penV + removal[v] + extraV;
          if (cost < best) {
            best = cost;
            bestU = u;
            bestAfterU = afterU;
            bestV = v;
            bestAfterV = chosen;
          }
        }
      }
    }
    for (int u = next[routes.start(ru)]; u <= n; u = next[u]) {
      int k = (rv * (n + 1) + u) * 3;
      double cost = removal[u] + insertCost[k] + routes.excessPenalty(load[ru] - demand[u])
          - penaltyOf[ru] + routes.excessPenalty(load[rv] + demand[u]) - penaltyOf[rv];
      if (cost < best) {
        best = cost;
        bestU = u;
        bestAfterU = insertAfter[k];
        bestV = NONE;
      }
    }
    for (int v = next[routes.start(rv)]; v <= n; v = next[v]) {
      int k = (ru * (n + 1) + v) * 3;
      double cost = removal[v] + insertCost[k] + routes.excessPenalty(load[ru] + demand[v])
          - penaltyOf[ru] + routes.excessPenalty(load[rv] - demand[v]) - penaltyOf[rv];
      if (cost < best) {
        best = cost;
        bestV = v;
        bestAfterV = insertAfter[k];
        bestU = NONE;
      }
    }
    if (best > -EPSILON) {
      return;
    }
    if (bestU != NONE) {
      routes.insert(bestU, bestAfterU);
    }
    if (bestV != NONE) {
      routes.insert(bestV, bestAfterV);
    }
    routes.moves++;
    routes.update(ru);
    routes.update(rv);
    search.moved(best);
  }

  /**
   * The cheapest insertion of u into v's route once v is removed; the node to insert after goes
   * to {@link #chosen}.
   */
  private int insertionWithout(int u, int v) {
    int k = (routeOf[v] * (n + 1) + u) * 3;
    int after = insertAfter[k];
    int cost = insertCost[k];
    boolean found = after != v && next[after] != v;
    if (!found && insertAfter[k + 1] != NONE) {
      after = insertAfter[k + 1];
      cost = insertCost[k + 1];
      found = after != v && next[after] != v;
      if (!found && insertAfter[k + 2] != NONE) {
        after = insertAfter[k + 2];
        cost = insertCost[k + 2];
        found = true;
      }
    }
    int inPlace = d(prev[v], u) + d(u, next[v]) - d(prev[v], next[v]);
    if (!found || inPlace < cost) {
      after = prev[v];
      cost = inPlace;
    }
    chosen = after;
    return cost;
  }

  /** Removal gains of route r1's customers and, when stale, their best insertions into r2. */
  private void preprocess(int r1, int r2) {
    for (int u = next[routes.start(r1)]; u <= n; u = next[u]) {
      removal[u] = d(prev[u], next[u]) - d(prev[u], u) - d(u, next[u]);
      int slot = r2 * (n + 1) + u;
      if (lastModified[r2] > computedAt[slot]) {
        computedAt[slot] = routes.moves;
        int k = slot * 3;
        for (int t = 0; t < 3; t++) {
          insertCost[k + t] = Integer.MAX_VALUE;
          insertAfter[k + t] = NONE;
        }
        for (int w = routes.start(r2); w != routes.end(r2); w = next[w]) {
          int nw = next[w];
          keep(k, d(w, u) + d(u, nw) - d(w, nw), w);
        }
      }
    }
  }

  /** Keeps {@code cost} (inserting after {@code after}) among the three cheapest at k. */
  private void keep(int k, int cost, int after) {
    if (cost >= insertCost[k + 2]) {
      return;
    }
    if (cost >= insertCost[k + 1]) {
      insertCost[k + 2] = cost;
      insertAfter[k + 2] = after;
    } else {
      insertCost[k + 2] = insertCost[k + 1];
      insertAfter[k + 2] = insertAfter[k + 1];
      if (cost >= insertCost[k]) {
        insertCost[k + 1] = cost;
        insertAfter[k + 1] = after;
      } else {
        insertCost[k + 1] = insertCost[k];
        insertAfter[k + 1] = insertAfter[k];
        insertCost[k] = cost;
        insertAfter[k] = after;
      }
    }
  }
}
