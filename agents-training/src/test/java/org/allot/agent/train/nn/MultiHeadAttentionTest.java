package org.allot.agent.train.nn;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.allot.agent.Weights;
import org.allot.agent.djl.DjlRuntime;
import org.allot.agent.nn.MultiHeadAttention;
import org.junit.jupiter.api.Test;

/** {@link MultiHeadAttention} (2 heads, masked) and its DJL twin pass the network contract. */
class MultiHeadAttentionTest extends NetworkContract<RowSet> {
  private static final int ROWS = 6;
  private static final int D = 8;
  private static final int HEADS = 2;

  @Override
  protected Weights initial(RandomGenerator random) {
    return new Weights(MultiHeadAttention.initial("att", D, HEADS, random));
  }

  @Override
  protected Map<String, int[]> declaredShapes() {
    Map<String, int[]> s = new LinkedHashMap<>();
    for (String m : List.of("q", "k", "v", "o")) {
      s.put("att." + m + ".w", new int[] {D, D});
      s.put("att." + m + ".b", new int[] {D});
    }
    return s;
  }

  @Override
  protected List<RowSet> batch(SplittableRandom random) {
    return RowSet.batch(random, ROWS, D);
  }

  @Override
  protected PlainForward<RowSet> plain(Weights weights) {
    MultiHeadAttention attention = new MultiHeadAttention(weights, "att", D, HEADS);
    MultiHeadAttention.Scratch scratch = new MultiHeadAttention.Scratch(attention, ROWS);
    float[] out = new float[ROWS * D];
    return in -> {
      attention.forward(in.x(), ROWS, in.keys(), in.groups(), scratch, out);
      return out;
    };
  }

  @Override
  protected NDArray djl(DjlParameters parameters, List<RowSet> batch) {
    return new DjlMultiHeadAttention("att", D, HEADS).forward(parameters,
        RowSet.stack(parameters.manager(), batch, ROWS, D),
        RowSet.mask(parameters.manager(), batch, ROWS)).reshape(batch.size(), ROWS * D);
  }

  /** The fixture exercises rows that see no key (zero attention in both twins). */
  @Test
  void someRowsSeeNoKey() {
    org.junit.jupiter.api.Assumptions.assumeTrue(DjlRuntime.available());
    try (var m = DjlRuntime.newManager()) {
      assertNotNull(RowSet.mask(m, batch(new SplittableRandom(11)), ROWS).seen(),
          "a row without keys in the first trial's batch");
    }
  }
}
