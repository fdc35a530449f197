package org.allot.problem.cvrp;

import java.util.Arrays;
import java.util.Objects;
import org.allot.problem.Instance;

/**
 * A capacitated vehicle routing instance. Node 0 is the depot; nodes {@code 1..customers()} are
 * the customers, numbered as in CVRPLIB's {@code .sol} files (the {@code .vrp} node id minus one
 * when the depot is node 1). Every route starts and ends at the depot and carries at most
 * {@link #capacity()}; the fleet is unlimited unless {@link #vehicles()} is positive.
 *
 * @param name the instance's name (for example {@code X-n101-k25})
 * @param capacity the vehicle capacity Q, positive
 * @param demand per node, non-negative, at most Q; the depot's is 0
 * @param x per node, the x coordinate, or {@code null} when the file has none (EXPLICIT)
 * @param y per node, the y coordinate, or {@code null}
 * @param edgeWeightType how distances are defined
 * @param distances the integer distances between nodes
 * @param vehicles the number of vehicles, or 0 for an unlimited fleet
 */
public record CvrpInstance(String name, int capacity, int[] demand, double[] x, double[] y,
    EdgeWeightType edgeWeightType, DistanceMatrix distances, int vehicles) implements Instance {

  public CvrpInstance {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(edgeWeightType, "edgeWeightType");
    Objects.requireNonNull(distances, "distances");
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    if (demand.length < 2) {
      throw new IllegalArgumentException("need a depot and at least one customer, got "
          + demand.length + " node(s)");
    }
    if ((x == null) != (y == null) || x != null && (x.length != demand.length
        || y.length != demand.length)) {
      throw new IllegalArgumentException("coordinates must be given for all " + demand.length
          + " nodes or for none");
    }
    if (distances.size() != demand.length) {
      throw new IllegalArgumentException("distance matrix has " + distances.size()
          + " nodes, demands " + demand.length);
    }
    if (vehicles < 0) {
      throw new IllegalArgumentException("vehicles must be >= 0 (0 = unlimited), got " + vehicles);
    }
    demand = demand.clone();
    x = x == null ? null : x.clone();
    y = y == null ? null : y.clone();
    if (demand[0] != 0) {
      throw new IllegalArgumentException("the depot's demand must be 0, got " + demand[0]);
    }
    for (int i = 1; i < demand.length; i++) {
      if (demand[i] < 0 || demand[i] > capacity) {
        throw new IllegalArgumentException("customer " + i + " has demand " + demand[i]
            + ", expected 0.." + capacity + " (the capacity)");
      }
    }
  }

  /** An EUC_2D instance with an unlimited fleet; distances computed from the coordinates. */
  public static CvrpInstance euclidean(String name, int capacity, int[] demand, double[] x,
      double[] y) {
    return new CvrpInstance(name, capacity, demand, x, y, EdgeWeightType.EUC_2D,
        DistanceMatrix.euclidean(x, y), 0);
  }

  /** The number of customers n (nodes are 0..n). */
  public int customers() {
    return demand.length - 1;
  }

  /** The number of nodes, customers plus the depot. */
  public int nodes() {
    return demand.length;
  }

  public int demandOf(int node) {
    return demand[node];
  }

  public int distance(int i, int j) {
    return distances.distance(i, j);
  }

  /** True when coordinates are known (needed for plots and polar sectors). */
  public boolean hasCoordinates() {
    return x != null;
  }

  public double xOf(int node) {
    return x[node];
  }

  public double yOf(int node) {
    return y[node];
  }

  /** The total demand of all customers. */
  public long totalDemand() {
    long s = 0;
    for (int d : demand) {
      s += d;
    }
    return s;
  }

  /** {@code ceil(total demand / capacity)}: a lower bound on the number of routes. */
  public int minimumRoutes() {
    return (int) ((totalDemand() + capacity - 1) / capacity);
  }

  /** A copy of the demands, per node. */
  @Override
  public int[] demand() {
    return demand.clone();
  }

  @Override
  public double[] x() {
    return x == null ? null : x.clone();
  }

  @Override
  public double[] y() {
    return y == null ? null : y.clone();
  }

  /** The same instance under another name. */
  public CvrpInstance withName(String newName) {
    return new CvrpInstance(newName, capacity, demand, x, y, edgeWeightType, distances, vehicles);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CvrpInstance other && name.equals(other.name)
        && capacity == other.capacity && vehicles == other.vehicles
        && edgeWeightType == other.edgeWeightType && Arrays.equals(demand, other.demand)
        && Arrays.equals(x, other.x) && Arrays.equals(y, other.y)
        && distances.equals(other.distances);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, capacity, vehicles, Arrays.hashCode(demand), Arrays.hashCode(x));
  }

  @Override
  public String toString() {
    return "CvrpInstance[" + name + ", " + customers() + " customers, Q=" + capacity + "]";
  }
}
