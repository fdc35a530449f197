package org.allot.agent.train.nn;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;
import org.allot.agent.nn.TransformerEncoderBlock;
import org.allot.agent.nn.TransformerEncoderBlock.Norm;

/** {@link TransformerEncoderBlock} (2 heads, masked) and its DJL twin under the contract. */
abstract class EncoderBlockContract extends NetworkContract<RowSet> {
  private static final int ROWS = 5;
  private static final int D = 8;
  private static final int HEADS = 2;
  private static final int HIDDEN = 12;

  /** Where the layer norms sit. */
  protected abstract Norm norm();

  @Override
  protected Weights initial(RandomGenerator random) {
    return new Weights(TransformerEncoderBlock.initial("enc", D, HEADS, HIDDEN, random));
  }

  @Override
  protected Map<String, int[]> declaredShapes() {
    Map<String, int[]> s = new LinkedHashMap<>();
    s.put("enc.ln1.g", new int[] {D});
    s.put("enc.ln1.b", new int[] {D});
    for (String m : List.of("q", "k", "v", "o")) {
      s.put("enc." + m + ".w", new int[] {D, D});
      s.put("enc." + m + ".b", new int[] {D});
    }
    s.put("enc.ln2.g", new int[] {D});
    s.put("enc.ln2.b", new int[] {D});
    s.put("enc.ff1.w", new int[] {D, HIDDEN});
    s.put("enc.ff1.b", new int[] {HIDDEN});
    s.put("enc.ff2.w", new int[] {HIDDEN, D});
    s.put("enc.ff2.b", new int[] {D});
    return s;
  }

  @Override
  protected List<RowSet> batch(SplittableRandom random) {
    return RowSet.batch(random, ROWS, D);
  }

  @Override
  protected PlainForward<RowSet> plain(Weights weights) {
    TransformerEncoderBlock block =
        new TransformerEncoderBlock(weights, "enc", D, HEADS, HIDDEN, norm());
    TransformerEncoderBlock.Scratch scratch = new TransformerEncoderBlock.Scratch(block, ROWS);
    float[] rows = new float[ROWS * D];
    return in -> {
      System.arraycopy(in.x(), 0, rows, 0, rows.length);
      block.forward(rows, ROWS, in.keys(), in.groups(), scratch);
      return rows;
    };
  }

  @Override
  protected NDArray djl(DjlParameters parameters, List<RowSet> batch) {
    return new DjlTransformerEncoderBlock("enc", D, HEADS, HIDDEN, norm()).forward(parameters,
        RowSet.stack(parameters.manager(), batch, ROWS, D),
        RowSet.mask(parameters.manager(), batch, ROWS)).reshape(batch.size(), ROWS * D);
  }
}
