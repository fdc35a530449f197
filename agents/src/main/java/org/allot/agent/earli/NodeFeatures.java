package org.allot.agent.earli;

import org.allot.problem.cvrp.CvrpInstance;
import org.allot.problem.cvrp.NormalisedCoordinates;

/**
 * What the policy sees of each node, invariant to the instance's translation and scale: {@code
 * x} and {@code y} shifted to the bounding box's corner and divided by its longer side (the
 * {@code span}), the demand as a fraction of the capacity, the distance to the depot in span
 * units, and 1 for the depot (0 for customers). Row-major {@code [nodes, COUNT]}, node 0 the
 * depot.
 *
 * @param values the features, {@code nodes * COUNT}
 * @param x the normalised x of each node
 * @param y the normalised y of each node
 * @param distanceScale what a normalised distance is multiplied by for the decoder's distance
 *     term: {@code sqrt(customers)}, so that a nearest neighbour is about 0.5 at every size
 */
public record NodeFeatures(float[] values, double[] x, double[] y, double distanceScale) {
  /** Features per node. */
  public static final int COUNT = 5;

  /**
   * The features of {@code instance}.
   *
   * @throws IllegalArgumentException when it has no coordinates (an explicit distance matrix)
   */
  public static NodeFeatures of(CvrpInstance instance) {
    if (!instance.hasCoordinates()) {
      throw new IllegalArgumentException("instance " + instance.name() + " has no node"
          + " coordinates (an explicit distance matrix); the attention policy reads coordinates."
          + " Use hgs or ortools for it");
    }
    int n = instance.nodes();
    NormalisedCoordinates c = NormalisedCoordinates.of(instance);
    double[] x = c.x();
    double[] y = c.y();
    float[] f = new float[n * COUNT];
    for (int i = 0; i < n; i++) {
      int o = i * COUNT;
      f[o] = (float) x[i];
      f[o + 1] = (float) y[i];
      f[o + 2] = (float) ((double) instance.demandOf(i) / instance.capacity());
      f[o + 3] = (float) Math.hypot(x[i] - x[0], y[i] - y[0]);
      f[o + 4] = i == 0 ? 1f : 0f;
    }
    return new NodeFeatures(f, x, y, Math.sqrt(Math.max(1, instance.customers())));
  }

  /** The number of nodes. */
  public int nodes() {
    return x.length;
  }

  /** The decoder's distance feature from node {@code i} to node {@code j}. */
  public float distance(int i, int j) {
    return (float) (Math.hypot(x[i] - x[j], y[i] - y[j]) * distanceScale);
  }
}
