package org.allot.problem.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The three generated variants: SubPO's shapes, and the same seed giving the same file. */
class CoverageGeneratorTest {
  private static String json(CoverageInstance i) throws IOException {
    StringWriter w = new StringWriter();
    CoverageJsonFormat.INSTANCE.write(i, w);
    return w.toString();
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherInstance() throws IOException {
    for (CoverageVariant v : CoverageVariant.values()) {
      assertEquals(json(v.generate(5)), json(v.generate(5)), v.id());
      assertNotEquals(v.generate(5), v.generate(6).withName(v.id() + "-5"), v.id());
      assertEquals(v.id() + "-5", v.generate(5).name());
    }
  }

  @Test
  void nestsIsSubposGrid() {
    CoverageInstance i = CoverageVariant.NESTS.generate(1);
    assertEquals(30, i.width());
    assertEquals(30, i.height());
    assertEquals(34, i.start());
    assertEquals(40, i.horizon());
    assertEquals(new Footprint.Square(2), i.footprint());
    double max = 0;
    for (int c = 0; c < i.cells(); c++) {
      max = Math.max(max, ((CoverageObjective.WeightedCoverage) i.objective()).weightOf(c));
    }
    assertEquals(1.0, max);
  }

  @Test
  void itemsHaveSubposCountsAndRequirements() {
    CoverageInstance i = CoverageVariant.ITEMS.generate(1);
    CoverageObjective.ItemCollection items = (CoverageObjective.ItemCollection) i.objective();
    int[] count = new int[items.types()];
    for (int c = 0; c < i.cells(); c++) {
      if (items.typeOf(c) >= 0) {
        count[items.typeOf(c)]++;
      }
    }
    assertEquals(java.util.Arrays.toString(new int[] {18, 14, 13, 16, 18, 14}),
        java.util.Arrays.toString(count));
    assertEquals(21, items.maximum());
    assertEquals(105, i.cells());
  }

  @Test
  void roomsAreJoinedByOneCorridorAndStartInTheWestRoom() {
    for (long seed = 1; seed <= 20; seed++) {
      CoverageInstance i = CoverageVariant.ROOMS.generate(seed);
      assertEquals(7, i.height());
      assertTrue(i.width() >= 14);
      assertTrue(i.xOf(i.start()) <= 5);
      int walls = 0;
      for (int c = 0; c < i.cells(); c++) {
        walls += i.isObstacle(c) ? 1 : 0;
      }
      int corridor = i.width() >= 0 ? walls / 6 : 0;
      assertEquals(corridor * 6, walls, "6 wall cells per corridor column");
      assertTrue(corridor == 3 || corridor == 4);
    }
  }
}
