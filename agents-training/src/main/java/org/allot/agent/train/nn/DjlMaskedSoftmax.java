package org.allot.agent.train.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.allot.agent.nn.MaskedSoftmax;

/**
 * {@link MaskedSoftmax}'s distribution in DJL, batched: the log-probabilities of a categorical
 * distribution over the legal actions (temperature 1), what policy-gradient losses differentiate.
 * Masked actions get a very negative value (about {@link DjlMultiHeadAttention#MASKED}): use only
 * the legal ones. Stateless and thread-safe.
 */
public final class DjlMaskedSoftmax {
  private DjlMaskedSoftmax() {}

  /**
   * The log-probabilities {@code [B, A]} of {@code logits} ({@code [B, A]}) over the actions
   * {@code masks} allow (one mask of length {@code A} per row, at least one action legal).
   */
  public static NDArray logProbabilities(NDManager manager, NDArray logits,
      List<boolean[]> masks) {
    return logits.add(mask(manager, masks)).logSoftmax(1);
  }

  /**
   * The additive mask {@code [B, A]}: 0 for a legal action, {@link DjlMultiHeadAttention#MASKED}
   * for the others.
   *
   * @throws IllegalArgumentException when a row allows no action, or the rows differ in length
   */
  public static NDArray mask(NDManager manager, List<boolean[]> masks) {
    int actions = masks.getFirst().length;
    float[] additive = new float[masks.size() * actions];
    for (int b = 0; b < masks.size(); b++) {
      boolean[] mask = masks.get(b);
      if (mask.length != actions) {
        throw new IllegalArgumentException("mask " + b + " has " + mask.length + " actions, the"
            + " first " + actions + "; batch states with the same number of actions");
      }
      boolean any = false;
      for (int a = 0; a < actions; a++) {
        additive[b * actions + a] = mask[a] ? 0 : DjlMultiHeadAttention.MASKED;
        any |= mask[a];
      }
      if (!any) {
        throw new IllegalArgumentException("mask " + b + " allows no action");
      }
    }
    return manager.create(additive, new Shape(masks.size(), actions));
  }
}
