package org.allot.agent.earli;

import java.util.Arrays;
import org.allot.problem.cvrp.CvrpInstance;

/**
 * One instance as the decoder sees it after {@link EarliNetwork#encode}: the graph part of the
 * context query and, per node, the glimpse keys and values, the score keys and the current-node
 * part of the context (each row-major {@code [nodes, WIDTH]}); and, built on first use, each
 * node's customers sorted by distance (the k-nearest-neighbour candidates). Read-only after
 * construction except for that lazily built list, which is safe to build from several threads
 * (each builds the same list).
 */
public final class Encoding {
  final CvrpInstance instance;
  final NodeFeatures features;
  final float[] context;
  final float[] glimpseKeys;
  final float[] glimpseValues;
  final float[] scoreKeys;
  final float[] nodeContext;
  private volatile int[][] neighbours;

  Encoding(CvrpInstance instance, NodeFeatures features, float[] context, float[] glimpseKeys,
      float[] glimpseValues, float[] scoreKeys, float[] nodeContext) {
    this.instance = instance;
    this.features = features;
    this.context = context;
    this.glimpseKeys = glimpseKeys;
    this.glimpseValues = glimpseValues;
    this.scoreKeys = scoreKeys;
    this.nodeContext = nodeContext;
  }

  /** The encoded instance. */
  public CvrpInstance instance() {
    return instance;
  }

  /** The node features it was encoded from. */
  public NodeFeatures features() {
    return features;
  }

  /** Per node, the customers other than itself from nearest to farthest (ties by number). */
  int[][] neighbours() {
    int[][] lists = neighbours;
    if (lists == null) {
      lists = sortedNeighbours();
      neighbours = lists;
    }
    return lists;
  }

  private int[][] sortedNeighbours() {
    int n = instance.nodes();
    int[][] lists = new int[n][];
    long[] keys = new long[n - 1];
    for (int i = 0; i < n; i++) {
      int m = 0;
      for (int j = 1; j < n; j++) {
        if (j != i) {
          double d = Math.hypot(features.x()[i] - features.x()[j],
              features.y()[i] - features.y()[j]);
          keys[m++] = ((long) Float.floatToRawIntBits((float) d) << 20) | j;
        }
      }
      Arrays.sort(keys, 0, m);
      lists[i] = new int[m];
      for (int k = 0; k < m; k++) {
        lists[i][k] = (int) (keys[k] & 0xFFFFF);
      }
    }
    return lists;
  }
}
