package org.allot.problem.cvrp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Coordinates in the unit box, in proportion, whatever the instance's units. */
class NormalisedCoordinatesTest {
  @Test
  void theLongerSideBecomesOne() {
    CvrpInstance i = CvrpInstance.euclidean("t", 10, new int[] {0, 1, 1},
        new double[] {100, 300, 200}, new double[] {50, 50, 150});
    NormalisedCoordinates c = NormalisedCoordinates.of(i);
    assertArrayEquals(new double[] {0, 1, 0.5}, c.x(), 1e-12);
    assertArrayEquals(new double[] {0, 0, 0.5}, c.y(), 1e-12);
    assertEquals(200, c.side(), 0);
  }

  @Test
  void coincidentNodesStayAtTheCorner() {
    CvrpInstance i = CvrpInstance.euclidean("t", 10, new int[] {0, 1},
        new double[] {5, 5}, new double[] {7, 7});
    assertArrayEquals(new double[] {0, 0}, NormalisedCoordinates.of(i).x(), 0);
  }

  @Test
  void anExplicitMatrixHasNone() {
    CvrpInstance i = new CvrpInstance("m", 10, new int[] {0, 1}, null, null,
        EdgeWeightType.EXPLICIT, DistanceMatrix.explicit(new int[][] {{0, 3}, {3, 0}}), 0);
    assertThrows(IllegalArgumentException.class, () -> NormalisedCoordinates.of(i));
  }
}
