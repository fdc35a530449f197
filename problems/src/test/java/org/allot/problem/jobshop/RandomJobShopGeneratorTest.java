package org.allot.problem.jobshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The random rectangular generator: seeded, well formed, and validating its arguments. */
class RandomJobShopGeneratorTest {

  @Test
  void theSameSeedGivesTheSameInstance() {
    RandomJobShopGenerator g = RandomJobShopGenerator.taillardLike(8, 5);
    assertEquals(g.generate(new SplittableRandom(42)), g.generate(new SplittableRandom(42)));
    assertNotEquals(g.generate(new SplittableRandom(42)), g.generate(new SplittableRandom(43)));
  }

  @Test
  void theDefaultNameStatesTheSize() {
    assertEquals("rand-8x5",
        RandomJobShopGenerator.taillardLike(8, 5).generate(new SplittableRandom(1)).name());
    assertEquals("mine", RandomJobShopGenerator.taillardLike(2, 2)
        .generate(new SplittableRandom(1), "mine").name());
  }

  @Test
  void everyJobVisitsEveryMachineOnceWithDurationsInRange() {
    RandomJobShopGenerator g = new RandomJobShopGenerator(10, 7, 3, 9);
    SplittableRandom random = new SplittableRandom(7);
    for (int t = 0; t < 20; t++) {
      JobShopInstance i = g.generate(random);
      assertEquals(10, i.jobs());
      assertEquals(7, i.machines());
      assertTrue(i.isRectangular());
      for (int[] row : i.duration()) {
        for (int d : row) {
          assertTrue(d >= 3 && d <= 9, "duration " + d);
        }
      }
    }
  }

  @Test
  void bothEndsOfTheDurationRangeAreDrawn() {
    JobShopInstance i = new RandomJobShopGenerator(20, 10, 0, 2).generate(new SplittableRandom(3));
    boolean[] seen = new boolean[3];
    for (int[] row : i.duration()) {
      for (int d : row) {
        seen[d] = true;
      }
    }
    assertTrue(seen[0] && seen[1] && seen[2]);
  }

  @Test
  void machineOrdersVary() {
    JobShopInstance i = RandomJobShopGenerator.taillardLike(30, 6).generate(new SplittableRandom(9));
    int[][] m = i.machine();
    long distinct = java.util.Arrays.stream(m).map(java.util.Arrays::toString).distinct().count();
    assertTrue(distinct > 15, "only " + distinct + " distinct machine orders of 30");
  }

  @Test
  void aSingleValueRangeAndOneByOneWork() {
    JobShopInstance i = new RandomJobShopGenerator(1, 1, 5, 5).generate(new SplittableRandom(0));
    assertEquals(5, i.durationOf(0, 0));
    assertEquals(0, i.machineOf(0, 0));
  }

  @Test
  void badArgumentsAreNamed() {
    assertEquals("need at least one job and one machine, got 0 x 3",
        assertThrows(IllegalArgumentException.class, () -> new RandomJobShopGenerator(0, 3, 1, 2))
            .getMessage());
    assertEquals("duration range must satisfy 0 <= min <= max, got [5, 4]",
        assertThrows(IllegalArgumentException.class, () -> new RandomJobShopGenerator(2, 3, 5, 4))
            .getMessage());
    assertEquals("duration range must satisfy 0 <= min <= max, got [-1, 4]",
        assertThrows(IllegalArgumentException.class,
            () -> new RandomJobShopGenerator(2, 3, -1, 4)).getMessage());
  }
}
