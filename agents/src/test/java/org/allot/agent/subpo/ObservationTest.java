package org.allot.agent.subpo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.allot.problem.coverage.CoverageInstance;
import org.allot.problem.coverage.CoverageState;
import org.allot.problem.coverage.CoverageVariant;
import org.allot.problem.coverage.Footprints;
import org.junit.jupiter.api.Test;

/** The history and Markov observations, entry by entry on generated maps. */
class ObservationTest {
  private static final int WINDOW = Observation.SIDE * Observation.SIDE;

  @Test
  void historyWindowHoldsEachCellsMarginalGainPerFootprintCellAndBlockedFlags() {
    CoverageInstance rooms = CoverageVariant.ROOMS.generate(3);
    CoverageState state = CoverageState.atStart(rooms, new Footprints(rooms));
    float[] o = new float[Observation.HISTORY.size()];
    int cell = rooms.start();
    Observation.HISTORY.encoder(rooms).encode(state, cell, 10, o);
    int k = 0;
    for (int dy = -Observation.RADIUS; dy <= Observation.RADIUS; dy++) {
      for (int dx = -Observation.RADIUS; dx <= Observation.RADIUS; dx++, k++) {
        int c = rooms.cellAt(rooms.xOf(cell) + dx, rooms.yOf(cell) + dy);
        boolean blocked = c < 0 || rooms.isObstacle(c);
        assertEquals(blocked ? 1f : 0f, o[WINDOW + k], "blocked flag at " + dx + "," + dy);
        assertEquals(blocked ? 0 : state.gain(c) / 4, o[k], 1e-6, "gain at " + dx + "," + dy);
      }
    }
    assertEquals(30f / 40, o[o.length - 1], 1e-6, "fraction of the horizon left");
  }

  @Test
  void coarseMapSumsTheValueLeftAndDropsWhatIsCovered() {
    CoverageInstance nests = CoverageVariant.NESTS.generate(2);
    CoverageState state = CoverageState.atStart(nests, new Footprints(nests));
    Observation.Encoder encoder = Observation.HISTORY.encoder(nests);
    float[] before = new float[encoder.size()];
    encoder.encode(state, nests.start(), 0, before);
    int centre = 2 * WINDOW + Observation.COARSE * Observation.COARSE / 2;
    float[] after = new float[encoder.size()];
    int next = nests.cellAt(nests.xOf(nests.start()) + 1, nests.yOf(nests.start()));
    double gain = state.add(next);
    encoder.encode(state, nests.start(), 1, after);
    assertEquals(before[centre] - gain / 36, after[centre], 1e-5);
    for (int i = 2 * WINDOW; i < 2 * WINDOW + 25; i++) {
      assertTrue(after[i] >= 0 && after[i] <= 1, "coarse entry " + i + " = " + after[i]);
    }
  }

  @Test
  void markovIsPositionAndTime() {
    CoverageInstance items = CoverageVariant.ITEMS.generate(1);
    float[] o = new float[3];
    Observation.MARKOV.encoder(items).encode(
        CoverageState.atStart(items, new Footprints(items)), items.cellAt(14, 3), 20, o);
    assertEquals(1f, o[0]);
    assertEquals(0.5f, o[1]);
    assertEquals(0.5f, o[2]);
  }

  @Test
  void unknownNamesListTheObservations() {
    assertThrows(IllegalArgumentException.class, () -> Observation.of("window"));
    assertEquals(Observation.MARKOV, Observation.of("Markov"));
  }
}
