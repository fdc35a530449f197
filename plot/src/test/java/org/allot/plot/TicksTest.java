package org.allot.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Ticks}: round steps and their labels. */
class TicksTest {
  @Test
  void wholeStepsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(1, Ticks.step(0.3, 8));
    assertEquals(20, Ticks.step(150, 8));
    assertEquals(500, Ticks.step(4000, 10));
  }

  @Test
  void decimalStepsGoBelowOne() {
    assertEquals(0.05, Ticks.decimalStep(0.3, 6), 1e-15);
    assertEquals(20, Ticks.decimalStep(120, 6), 1e-12);
    assertEquals(1, Ticks.decimalStep(6, 6), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Ticks.decimalStep(0, 6));
    assertThrows(IllegalArgumentException.class, () -> Ticks.decimalStep(Double.NaN, 6));
  }

  @Test
  void labelsHaveTheStepsDecimalsAndNoNegativeZero() {
    assertEquals("0.15", Ticks.label(0.15000000000000002, 0.05));
    assertEquals("1740", Ticks.label(1740, 20));
    assertEquals("0.0", Ticks.label(-1e-17, 0.1));
  }
}
