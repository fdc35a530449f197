package org.allot.agent.train.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One input of the attention layers: a set of rows (row-major) with an optional key mask and
 * optional groups.
 */
record RowSet(float[] x, boolean[] keys, int[] groups) {
  /**
   * Random row sets of one size: the first without masks, the second with a key mask only, the
   * third with groups only, the rest with both (so that some rows see no key at all).
   */
  static List<RowSet> batch(SplittableRandom random, int rows, int d) {
    List<RowSet> batch = new ArrayList<>();
    for (int b = 0; b < 8; b++) {
      boolean[] keys = b == 0 || b == 2 ? null : new boolean[rows];
      int[] groups = b < 2 ? null : new int[rows];
      for (int r = 0; r < rows; r++) {
        if (keys != null) {
          keys[r] = random.nextInt(4) > 0;
        }
        if (groups != null) {
          groups[r] = random.nextInt(3);
        }
      }
      batch.add(new RowSet(NetworkContract.gaussian(rows * d, random), keys, groups));
    }
    return batch;
  }

  /** The rows of {@code batch} as {@code [B, rows, d]}. */
  static NDArray stack(NDManager m, List<RowSet> batch, int rows, int d) {
    return m.create(NetworkContract.concat(batch.stream().map(RowSet::x).toList()),
        new Shape(batch.size(), rows, d));
  }

  /** The masks of {@code batch}. */
  static DjlMultiHeadAttention.Mask mask(NDManager m, List<RowSet> batch, int rows) {
    return DjlMultiHeadAttention.Mask.of(m, batch.size(), rows,
        batch.stream().map(RowSet::keys).toList(), batch.stream().map(RowSet::groups).toList());
  }
}
