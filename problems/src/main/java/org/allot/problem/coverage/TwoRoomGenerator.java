package org.allot.problem.coverage;

import java.util.random.RandomGenerator;
import org.allot.problem.Generator;

/**
 * SubPO's building-exploration variant, shaped so that myopic marginal gain fails: two rooms,
 * 7 rows high, joined by a one-cell-wide corridor through a wall. Room 1 (the west room, where
 * the walk starts) is 5 or 6 columns wide, the corridor 3 or 4 cells long on a random row 1..5
 * (the other corridor-column cells are walls), room 2 7 or 8 columns wide, so the grid is 15 to
 * 18 columns wide. Every room cell weighs 1; the corridor weighs 0 (a hallway is not surveyed).
 * Start: a random cell of room 1; horizon 40; 2 x 2 footprint.
 *
 * <p>Why greedy gets stuck: a 2 x 2 footprint reaches one column east of the visited cell, so
 * from room 1 the first corridor cell shows a marginal gain of 0, and a greedy walk never leaves
 * room 1 (at most 42 cells) once it is covered, while 40 steps suffice to cover much of room 1,
 * cross the corridor and cover much of room 2 (49 or 56 cells). The same random state gives the
 * same instance.
 */
public record TwoRoomGenerator() implements Generator<CoverageInstance> {
  static final int HEIGHT = 7;

  @Override
  public CoverageInstance generate(RandomGenerator random) {
    int room1 = 5 + random.nextInt(2);
    int corridor = 3 + random.nextInt(2);
    int room2 = 7 + random.nextInt(2);
    int door = 1 + random.nextInt(HEIGHT - 2);
    int width = room1 + corridor + room2;
    int n = width * HEIGHT;
    boolean[] wall = new boolean[n];
    double[] w = new double[n];
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < width; x++) {
        int c = y * width + x;
        boolean inCorridor = x >= room1 && x < room1 + corridor;
        wall[c] = inCorridor && y != door;
        w[c] = inCorridor ? 0 : 1;
      }
    }
    int start = random.nextInt(HEIGHT) * width + random.nextInt(room1);
    return new CoverageInstance("rooms", width, HEIGHT, wall,
        new CoverageObjective.WeightedCoverage(w), start, 40, Footprint.SUBPO);
  }
}
