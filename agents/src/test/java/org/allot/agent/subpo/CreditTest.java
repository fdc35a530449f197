package org.allot.agent.subpo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The three credit rules on a hand-computed walk. */
class CreditTest {
  private static final double[] GAINS = {3, 0, 2, 1};
  private static final double[] MODULAR = {4, 4, 2, 4};

  private static double[] credits(Credit c) {
    double[] into = new double[4];
    c.credits(GAINS, MODULAR, 4, into);
    return into;
  }

  @Test
  void subpoCreditsTheRewardToGoOfMarginalGains() {
    assertArrayEquals(new double[] {6, 3, 3, 1}, credits(Credit.SUBPO), 1e-12);
  }

  @Test
  void modpoCreditsTheRewardToGoOfModularRewardsRepeatsIncluded() {
    assertArrayEquals(new double[] {14, 10, 6, 4}, credits(Credit.MODPO), 1e-12);
  }

  @Test
  void immediateCreditsEachActionWithItsOwnGainOnly() {
    assertArrayEquals(GAINS, credits(Credit.IMMEDIATE), 1e-12);
  }

  @Test
  void namesParseCaseInsensitivelyAndUnknownOnesListTheRules() {
    assertEquals(Credit.MODPO, Credit.of(" ModPO "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Credit.of("greedy"));
    assertTrue(e.getMessage().contains("subpo, modpo or immediate"), e.getMessage());
  }
}
