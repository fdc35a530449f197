package org.allot.problem.cvrp;

/** How a CVRP instance's distances are defined (TSPLIB's EDGE_WEIGHT_TYPE). */
public enum EdgeWeightType {
  /** Euclidean distance between coordinates, rounded to the nearest integer (CVRPLIB's rule). */
  EUC_2D,
  /** An explicit integer matrix given in the file. */
  EXPLICIT
}
