package org.allot.agent.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Greedy decoding: wait only when waiting is more likely than starting any job. */
class DispatchPolicyTest {
  @Test
  void greedyStartsAJobWhenNoOpIsOnlyTheSingleMostLikelyAction() {
    // Ten jobs of probability 0.08 each and No-Op of 0.2: a plain argmax would wait.
    float[] logits = new float[11];
    Arrays.fill(logits, 0, 10, (float) Math.log(0.08));
    logits[10] = (float) Math.log(0.2);
    logits[3] += 1e-3f;
    boolean[] mask = new boolean[11];
    Arrays.fill(mask, true);
    assertEquals(3, DispatchPolicy.greedy(logits, mask));
  }

  @Test
  void greedyWaitsWhenNoOpIsMoreLikelyThanAllJobsTogether() {
    float[] logits = {(float) Math.log(0.2), (float) Math.log(0.2), (float) Math.log(0.6)};
    assertEquals(2, DispatchPolicy.greedy(logits, new boolean[] {true, true, true}));
    // One legal job of 0.2 against No-Op of 0.6 (renormalised: 0.25 against 0.75): wait.
    assertEquals(2, DispatchPolicy.greedy(logits, new boolean[] {false, true, true}));
    // No-Op masked: the best job.
    assertEquals(0, DispatchPolicy.greedy(logits, new boolean[] {true, true, false}));
  }

  @Test
  void greedyIgnoresMaskedActionsAndBreaksTiesToTheLowestJob() {
    float[] logits = {5, 1, 1, 9};
    assertEquals(1, DispatchPolicy.greedy(logits, new boolean[] {false, true, true, false}));
    assertEquals(3, DispatchPolicy.greedy(logits, new boolean[] {false, false, false, true}));
  }
}
