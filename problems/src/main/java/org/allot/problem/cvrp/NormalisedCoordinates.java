package org.allot.problem.cvrp;

/**
 * An instance's node coordinates shifted to its bounding box's corner and divided by the box's
 * longer side (1 when all nodes coincide): in [0, 1], distances in proportion. What learned
 * policies see of the coordinates, invariant to translation and scale; shared by the
 * construction MDP's observation and the agents' features.
 *
 * @param x per node, the normalised x
 * @param y per node, the normalised y
 * @param side the longer side of the bounding box, in the instance's units (1 when 0)
 */
public record NormalisedCoordinates(double[] x, double[] y, double side) {
  /**
   * The normalised coordinates of {@code instance}.
   *
   * @throws IllegalArgumentException when it has no coordinates
   */
  public static NormalisedCoordinates of(CvrpInstance instance) {
    if (!instance.hasCoordinates()) {
      throw new IllegalArgumentException("instance " + instance.name() + " has no node"
          + " coordinates");
    }
    int nodes = instance.nodes();
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < nodes; i++) {
      minX = Math.min(minX, instance.xOf(i));
      maxX = Math.max(maxX, instance.xOf(i));
      minY = Math.min(minY, instance.yOf(i));
      maxY = Math.max(maxY, instance.yOf(i));
    }
    double side = Math.max(maxX - minX, maxY - minY);
    double scale = side > 0 ? side : 1;
    double[] x = new double[nodes];
    double[] y = new double[nodes];
    for (int i = 0; i < nodes; i++) {
      x[i] = (instance.xOf(i) - minX) / scale;
      y[i] = (instance.yOf(i) - minY) / scale;
    }
    return new NormalisedCoordinates(x, y, scale);
  }
}
