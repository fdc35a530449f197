package org.allot.problem.coverage;

import java.util.random.RandomGenerator;
import org.allot.problem.Generator;

/**
 * SubPO's item-collection (group-Steiner) variant: a 15 x 7 grid (15 columns, 7 rows) whose
 * cells hold one of six item types with SubPO's location counts (18, 14, 13, 16, 18, 14: 93 of
 * the 105 cells) and requirements (3, 2, 3, 4, 6, 3, so F is at most 21), placed by a seeded
 * shuffle; start cell 34 (x 4, y 2), horizon 40, 2 x 2 footprint. The same random state gives
 * the same instance.
 */
public record ItemCollectionGenerator() implements Generator<CoverageInstance> {
  /** Cells per item type, SubPO's env_0 (watermelon, strawberries, apple, banana, oranges, pineapple). */
  static final int[] COUNTS = {18, 14, 13, 16, 18, 14};
  /** The requirement D_k per type. */
  static final int[] REQUIREMENTS = {3, 2, 3, 4, 6, 3};
  static final int WIDTH = 15;
  static final int HEIGHT = 7;

  @Override
  public CoverageInstance generate(RandomGenerator random) {
    int n = WIDTH * HEIGHT;
    int[] type = new int[n];
    java.util.Arrays.fill(type, -1);
    int k = 0;
    for (int t = 0; t < COUNTS.length; t++) {
      for (int j = 0; j < COUNTS[t]; j++) {
        type[k++] = t;
      }
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = type[i];
      type[i] = type[j];
      type[j] = tmp;
    }
    return new CoverageInstance("items", WIDTH, HEIGHT, new boolean[n],
        new CoverageObjective.ItemCollection(type, REQUIREMENTS), 34, 40, Footprint.SUBPO);
  }
}
