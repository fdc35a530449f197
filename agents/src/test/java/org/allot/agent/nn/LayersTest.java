package org.allot.agent.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.allot.agent.Weights;
import org.allot.agent.nn.TransformerEncoderBlock.Norm;
import org.junit.jupiter.api.Test;

/**
 * What the plain-Java layers promise beyond agreeing with their DJL twins (that is the network
 * contract in allot-agents-training): batching, masks, padding and the errors.
 */
class LayersTest {
  private static final int D = 8;

  @Test
  void denseOnRowsIsDenseOnEachRow() {
    SplittableRandom random = new SplittableRandom(1);
    Dense dense = new Dense(perturbed(Dense.initial("fc", 5, 3, random), random), "fc", 5, 3,
        Activation.RELU);
    float[] rows = gaussian(4 * 5, random);
    rows[7] = 0f;
    float[] all = new float[4 * 3];
    dense.forward(rows, 4, all);
    for (int r = 0; r < 4; r++) {
      float[] one = new float[3];
      dense.forward(Arrays.copyOfRange(rows, r * 5, r * 5 + 5), one);
      assertArrayEquals(one, Arrays.copyOfRange(all, r * 3, r * 3 + 3), 0f, "row " + r);
    }
  }

  @Test
  void initialValuesFollowPyTorch() {
    SplittableRandom random = new SplittableRandom(2);
    Map<String, Weights.Tensor> t = TransformerEncoderBlock.initial("enc", D, 2, 16, random);
    assertArrayEquals(filled(D, 1f), t.get("enc.ln1.g").data());
    assertArrayEquals(filled(D, 0f), t.get("enc.q.b").data());
    assertTrue(max(t.get("enc.q.w").data()) <= Math.sqrt(6.0 / (4 * D)));
    assertTrue(max(t.get("enc.ff2.w").data()) <= 1 / Math.sqrt(16));
    assertTrue(max(t.get("enc.ff2.w").data()) > 0.8 / Math.sqrt(16), "uses the whole range");
  }

  @Test
  void layerNormGivesRowsOfMeanZeroAndVarianceOne() {
    SplittableRandom random = new SplittableRandom(3);
    LayerNorm norm = new LayerNorm(new Weights(LayerNorm.initial("n", D, random)), "n", D);
    float[] x = gaussian(2 * D, random);
    float[] y = new float[2 * D];
    norm.forward(x, 2, y);
    norm.forward(x, 2, x);
    assertArrayEquals(y, x, 0f, "in place as out of place");
    for (int r = 0; r < 2; r++) {
      double mean = 0;
      double square = 0;
      for (int i = 0; i < D; i++) {
        mean += y[r * D + i] / D;
        square += y[r * D + i] * y[r * D + i] / D;
      }
      assertEquals(0, mean, 1e-6);
      assertEquals(1, square, 1e-3);
    }
  }

  @Test
  void attentionSeesOnlyVisibleKeysOfItsGroup() {
    SplittableRandom random = new SplittableRandom(4);
    Weights w = perturbed(MultiHeadAttention.initial("a", D, 2, random), random);
    MultiHeadAttention attention = new MultiHeadAttention(w, "a", D, 2);
    MultiHeadAttention.Scratch s = new MultiHeadAttention.Scratch(attention, 4);
    float[] x = gaussian(4 * D, random);
    int[] groups = {0, 1, 0, 2};
    boolean[] keys = {true, true, false, false};
    float[] out = new float[4 * D];
    attention.forward(x, 4, keys, groups, s, out);
    // Row 2 sees only row 0; its output is then o(v(x_0)), the same as row 0 alone would get.
    float[] alone = new float[D];
    attention.forward(Arrays.copyOf(x, D), 1, null, null, s, alone);
    assertArrayEquals(alone, Arrays.copyOfRange(out, 2 * D, 3 * D), 1e-6f);
    // Row 3 sees no key: a zero attention vector, so the output bias.
    assertArrayEquals(w.tensor("a.o.b").data(), Arrays.copyOfRange(out, 3 * D, 4 * D), 0f);
    // Row 1 is alone in its group: changing the other rows changes nothing of it.
    float[] changed = x.clone();
    Arrays.fill(changed, 0, D, 5f);
    float[] again = new float[4 * D];
    attention.forward(changed, 4, keys, groups, s, again);
    assertArrayEquals(Arrays.copyOfRange(out, D, 2 * D), Arrays.copyOfRange(again, D, 2 * D), 0f);
  }

  @Test
  void paddingRowsThatAreNoKeysLeaveTheOtherRowsBitForBit() {
    SplittableRandom random = new SplittableRandom(5);
    for (Norm norm : Norm.values()) {
      Weights w = perturbed(TransformerEncoderBlock.initial("e", D, 2, 12, random), random);
      TransformerEncoderBlock block = new TransformerEncoderBlock(w, "e", D, 2, 12, norm);
      TransformerEncoderBlock.Scratch s = new TransformerEncoderBlock.Scratch(block, 6);
      float[] rows = gaussian(3 * D, random);
      float[] padded = Arrays.copyOf(rows, 6 * D);
      Arrays.fill(padded, 3 * D, 6 * D, 9f);
      block.forward(rows, 3, null, null, s);
      block.forward(padded, 6, new boolean[] {true, true, true, false, false, false}, null, s);
      assertArrayEquals(rows, Arrays.copyOf(padded, 3 * D), 0f, norm.toString());
    }
  }

  @Test
  void errorsNameTheProblemAndTheFix() {
    SplittableRandom random = new SplittableRandom(6);
    Weights w = new Weights(TransformerEncoderBlock.initial("e", D, 2, 12, random));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> MultiHeadAttention.initial("a", D, 3, random)).getMessage()
        .contains("3 heads do not divide the width 8"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new TransformerEncoderBlock(w, "e", D, 2, 16, Norm.PRE)).getMessage()
        .contains("tensor 'e.ff1.w' has shape [8, 12], expected [8, 16]"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new Dense(w, "x", D, D, Activation.RELU)).getMessage()
        .contains("no tensor 'x.w'"));
    TransformerEncoderBlock block = new TransformerEncoderBlock(w, "e", D, 2, 12, Norm.POST);
    TransformerEncoderBlock.Scratch small = new TransformerEncoderBlock.Scratch(block, 2);
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> block.forward(new float[3 * D], 3, null, null, small)).getMessage()
        .contains("make a Scratch for this block and at least 3 rows"));
  }

  static Weights perturbed(Map<String, Weights.Tensor> tensors, SplittableRandom random) {
    Map<String, Weights.Tensor> t = new LinkedHashMap<>();
    tensors.forEach((name, tensor) -> {
      float[] v = tensor.data();
      for (int i = 0; i < v.length; i++) {
        v[i] += (float) (random.nextGaussian() * 0.3);
      }
      t.put(name, new Weights.Tensor(tensor.shape(), v));
    });
    return new Weights(t);
  }

  private static float[] gaussian(int size, SplittableRandom random) {
    float[] v = new float[size];
    for (int i = 0; i < size; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }

  private static float[] filled(int size, float value) {
    float[] v = new float[size];
    Arrays.fill(v, value);
    return v;
  }

  private static double max(float[] v) {
    double max = 0;
    for (float f : v) {
      max = Math.max(max, Math.abs(f));
    }
    return max;
  }
}
