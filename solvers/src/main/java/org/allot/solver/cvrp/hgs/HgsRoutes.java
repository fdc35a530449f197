package org.allot.solver.cvrp.hgs;

/**
 * The routes under local search, as doubly linked lists over {@link HgsData}'s extended nodes,
 * with the per-route data that lets a move be evaluated in constant time: load, length,
 * penalty, customer count, polar sector and the "last modified" move stamp; and per node its
 * position, cumulated load and cumulated distance from the start depot. Not thread-safe.
 */
final class HgsRoutes {
  final HgsData data;
  final int n;
  final int fleet;
  final int capacity;
  final int stride;
  final int[] dist;
  final int[] demand;
  final int[] next;
  final int[] prev;
  final int[] routeOf;
  final int[] position;
  final int[] cumLoad;
  final int[] cumDist;
  final int[] load;
  final int[] length;
  final int[] size;
  final int[] lastModified;
  final double[] penaltyOf;
  final int[] sectorStart;
  final int[] sectorEnd;
  private final long[] empty;
  private final int[] bufferA;
  private final int[] bufferB;
  private final double[] angle;
  private final int[] order;
  /** The number of moves applied since {@link #load}: the clock of the route stamps. */
  int moves;
  /** The capacity penalty of the current run, per unit of excess load. */
  double penalty;

  HgsRoutes(HgsData data) {
    this.data = data;
    n = data.n;
    fleet = data.fleet;
    capacity = data.capacity;
    stride = data.stride;
    dist = data.dist;
    demand = data.demand;
    next = new int[stride];
    prev = new int[stride];
    routeOf = new int[stride];
    position = new int[stride];
    cumLoad = new int[stride];
    cumDist = new int[stride];
    load = new int[fleet];
    length = new int[fleet];
    size = new int[fleet];
    lastModified = new int[fleet];
    penaltyOf = new double[fleet];
    sectorStart = new int[fleet];
    sectorEnd = new int[fleet];
    empty = new long[(fleet + 63) / 64];
    bufferA = new int[n];
    bufferB = new int[n];
    angle = new double[fleet];
    order = new int[fleet];
  }

  int start(int r) {
    return n + 1 + r;
  }

  int end(int r) {
    return n + 1 + fleet + r;
  }

  boolean isDepot(int node) {
    return node > n;
  }

  /** The penalty of a route carrying {@code routeLoad}. */
  double excessPenalty(int routeLoad) {
    return routeLoad > capacity ? (routeLoad - capacity) * penalty : 0;
  }

  /** The lowest-numbered empty route, or -1 when every route has a customer. */
  int firstEmpty() {
    for (int w = 0; w < empty.length; w++) {
      if (empty[w] != 0) {
        return w * 64 + Long.numberOfTrailingZeros(empty[w]);
      }
    }
    return -1;
  }

  /** Loads the routes of {@code individual}; every route's stamp is 0. */
  void load(HgsIndividual individual) {
    moves = 0;
    int[] tour = individual.tour;
    for (int r = 0; r < fleet; r++) {
      int from = individual.routeStart[r];
      int to = individual.routeStart[r + 1];
      System.arraycopy(tour, from, bufferA, 0, to - from);
      relink(r, bufferA, to - from);
      next[end(r)] = start(r);
      prev[start(r)] = end(r);
      routeOf[start(r)] = r;
      routeOf[end(r)] = r;
      update(r);
    }
  }

  /** Links route r as start depot, {@code buffer[0..count)}, end depot. */
  private void relink(int r, int[] buffer, int count) {
    int p = start(r);
    for (int i = 0; i < count; i++) {
      int c = buffer[i];
      next[p] = c;
      prev[c] = p;
      routeOf[c] = r;
      p = c;
    }
    next[p] = end(r);
    prev[end(r)] = p;
  }

  /** Recomputes route r's data after a change, stamping it with the current move count. */
  void update(int r) {
    int node = start(r);
    int place = 0;
    int ld = 0;
    int dd = 0;
    boolean sectors = data.polar != null;
    int end = end(r);
    while (node != end) {
      int nx = next[node];
      place++;
      ld += demand[nx];
      dd += dist[node * stride + nx];
      position[nx] = place;
      cumLoad[nx] = ld;
      cumDist[nx] = dd;
      if (sectors && nx <= n) {
        extendSector(r, nx, place == 1);
      }
      node = nx;
    }
    load[r] = ld;
    length[r] = dd;
    penaltyOf[r] = excessPenalty(ld);
    size[r] = place - 1;
    lastModified[r] = moves;
    if (place == 1) {
      empty[r >> 6] |= 1L << r;
    } else {
      empty[r >> 6] &= ~(1L << r);
    }
  }

  private void extendSector(int r, int customer, boolean first) {
    int a = data.polar[customer];
    if (first) {
      sectorStart[r] = a;
      sectorEnd[r] = a;
    } else if (!HgsSector.encloses(sectorStart[r], sectorEnd[r], a)) {
      if (HgsSector.extendsEnd(sectorStart[r], sectorEnd[r], a)) {
        sectorEnd[r] = a;
      } else {
        sectorStart[r] = a;
      }
    }
  }

  /** Moves node u to just after node v. */
  void insert(int u, int v) {
    next[prev[u]] = next[u];
    prev[next[u]] = prev[u];
    int w = next[v];
    prev[w] = u;
    prev[u] = v;
    next[u] = w;
    next[v] = u;
    routeOf[u] = routeOf[v];
  }

  /** Exchanges the places of nodes u and v (not adjacent). */
  void swap(int u, int v) {
    int up = prev[u];
    int un = next[u];
    int vp = prev[v];
    int vn = next[v];
    int ru = routeOf[u];
    next[up] = v;
    prev[un] = v;
    next[vp] = u;
    prev[vn] = u;
    prev[u] = vp;
    next[u] = vn;
    prev[v] = up;
    next[v] = un;
    routeOf[u] = routeOf[v];
    routeOf[v] = ru;
  }

  /** Reverses the segment from x to v of one route, u before x and y after v. */
  void reverse(int u, int x, int v, int y) {
    int node = x;
    while (node != y) {
      int nx = next[node];
      next[node] = prev[node];
      prev[node] = nx;
      node = nx;
    }
    next[u] = v;
    prev[v] = u;
    next[x] = y;
    prev[y] = x;
  }

  /**
   * 2-opt* between routes ru and rv at u (in ru) and v (in rv, possibly its start depot), x and
   * y their successors. With {@code reversed}, ru becomes its head up to u followed by v..the
   * first of rv backwards, and rv becomes the last of ru..x backwards followed by y..; otherwise
   * the routes exchange their tails: ru becomes head..u, y.. and rv becomes head..v, x...
   */
  void exchangeTails(int ru, int u, int x, int rv, int v, int y, boolean reversed) {
    int a = forward(next[start(ru)], next[u], bufferA, 0);
    int b;
    if (reversed) {
      a = backward(v, start(rv), bufferA, a);
      b = backward(prev[end(ru)], u, bufferB, 0);
      b = forward(y, end(rv), bufferB, b);
    } else {
      a = forward(y, end(rv), bufferA, a);
      b = forward(next[start(rv)], y, bufferB, 0);
      b = forward(x, end(ru), bufferB, b);
    }
    relink(ru, bufferA, a);
    relink(rv, bufferB, b);
  }

  /** Appends the nodes from {@code first} up to {@code stop} (excluded) following next links. */
  private int forward(int first, int stop, int[] buffer, int count) {
    for (int c = first; c != stop; c = next[c]) {
      buffer[count++] = c;
    }
    return count;
  }

  /** Appends the nodes from {@code first} back to {@code stop} (excluded) following prev links. */
  private int backward(int first, int stop, int[] buffer, int count) {
    for (int c = first; c != stop; c = prev[c]) {
      buffer[count++] = c;
    }
    return count;
  }

  /**
   * Writes the routes into {@code individual}, ordered by the polar angle of their barycentre
   * around the depot (empty routes last), and evaluates it under {@code evaluationPenalty}.
   */
  void export(HgsIndividual individual, double evaluationPenalty) {
    for (int r = 0; r < fleet; r++) {
      order[r] = r;
      angle[r] = size[r] == 0 ? Double.POSITIVE_INFINITY : barycentreAngle(r);
    }
    for (int i = 1; i < fleet; i++) {
      int r = order[i];
      int j = i;
      while (j > 0 && angle[order[j - 1]] > angle[r]) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = r;
    }
    int pos = 0;
    for (int k = 0; k < fleet; k++) {
      individual.routeStart[k] = pos;
      for (int c = next[start(order[k])]; c <= n; c = next[c]) {
        individual.tour[pos++] = c;
      }
    }
    individual.routeStart[fleet] = pos;
    individual.evaluate(data, evaluationPenalty);
  }

  private double barycentreAngle(int r) {
    if (data.x == null) {
      return 0;
    }
    double sx = 0;
    double sy = 0;
    for (int c = next[start(r)]; c <= n; c = next[c]) {
      sx += data.x[c];
      sy += data.y[c];
    }
    return Math.atan2(sy / size[r] - data.y[0], sx / size[r] - data.x[0]);
  }
}
