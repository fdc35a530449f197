package org.allot.problem.cvrp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.allot.problem.InstanceFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CVRPLIB {@code .sol} files: reading the variants, writing, and locating errors. */
class SolutionFileTest {
  @TempDir Path temp;
  private final CvrpInstance tiny = CvrpFixtures.tiny();

  @Test
  void readsRoutesAndTheStatedCost() throws IOException {
    SolutionFile s = read("Route #1: 1 2\nRoute #2: 3 4\nCost 39\n");
    assertArrayEquals(CvrpFixtures.TINY_ROUTES, s.solution().routes());
    assertEquals(OptionalLong.of(39), s.cost());
    assertEquals(39, Cvrp.costOf(tiny, s.solution()));
  }

  @Test
  void acceptsCostVariantsOtherLinesCrlfTabsAndAnyRouteNumbers() throws IOException {
    for (String cost : new String[] {"Cost: 39", "Cost : 39", "COST 39", "Cost\t39.0"}) {
      SolutionFile s = read("Route #4:\t1  2 \r\n\r\nRoute #9 : 3 4\r\nTime 0.25\r\n" + cost
          + "\r\nsolved by hand\r\n");
      assertArrayEquals(CvrpFixtures.TINY_ROUTES, s.solution().routes(), cost);
      assertEquals(OptionalLong.of(39), s.cost(), cost);
    }
  }

  @Test
  void theCostLineIsOptionalAndEmptyRoutesAreKept() throws IOException {
    SolutionFile s = read("Route #1: 1 2\nRoute #2:\nRoute #3: 3 4\n");
    assertEquals(OptionalLong.empty(), s.cost());
    assertArrayEquals(new int[][] {{1, 2}, {}, {3, 4}}, s.solution().routes());
  }

  @Test
  void writesConsecutiveNonEmptyRoutesThenTheCost() throws IOException {
    StringWriter w = new StringWriter();
    SolutionFile.of(tiny, new CvrpSolution(new int[][] {{}, {1, 2}, {}, {3, 4}})).write(w);
    assertEquals("Route #1: 1 2\nRoute #2: 3 4\nCost 39\n", w.toString());
    StringWriter noCost = new StringWriter();
    new SolutionFile(new CvrpSolution(new int[][] {{4}}), OptionalLong.empty()).write(noCost);
    assertEquals("Route #1: 4\n", noCost.toString());
    SolutionFile back = read(w.toString());
    assertArrayEquals(CvrpFixtures.TINY_ROUTES, back.solution().routes());
    assertEquals(OptionalLong.of(39), back.cost());
  }

  @Test
  void detection() throws IOException {
    Path sol = Files.writeString(temp.resolve("a.sol"), "x");
    assertTrue(SolutionFile.accepts(sol, "x"));
    Path txt = Files.writeString(temp.resolve("a.txt"), "x");
    assertTrue(SolutionFile.accepts(txt, "\n  route #1: 3\nCost 5\n"));
    assertFalse(SolutionFile.accepts(txt, "NAME : a\n"));
    assertFalse(SolutionFile.accepts(txt, ""));
  }

  @Test
  void aRouteToAnUnknownCustomer() throws IOException {
    assertFails("Route #1: 1 2\nRoute #2: 3 5 4\nCost 39\n", 2, 13,
        "unknown customer 5; customers run 1..4 (the depot is not written)");
    assertFails("Route #1: 0 1 2\n", 1, 11,
        "unknown customer 0; customers run 1..4 (the depot is not written)");
    assertFails("Route #1: 1 -2\n", 1, 13,
        "unknown customer -2; customers run 1..4 (the depot is not written)");
  }

  @Test
  void nonNumericCustomerOrCost() throws IOException {
    assertFails("Route #1: 1 two\n", 1, 13, "expected an integer customer, found 'two'");
    assertFails("Route #1: 1 2 3 4\nCost 39.5\n", 2, 6,
        "expected an integer cost (CVRPLIB rounds distances), found '39.5'");
    assertFails("Route #1: 1 2 3 4\nCost lots\n", 2, 6, "expected a number cost, found 'lots'");
    assertFails("Route #1: 1 2 3 4\nCost 39 40\n", 2, 9,
        "expected 'Cost N' with one number, found 2 values");
  }

  @Test
  void structuralErrors() throws IOException {
    assertFails("Route #1 1 2\n", 1, 1, "expected 'Route #k: customers', found no colon");
    assertFails("Cost 39\n", 2, 1, "no route line; expected lines such as 'Route #1: 3 7 2'");
    assertFails("Route #1: 1\nCost 3\nCost 4\n", 3, 1,
        "a second Cost line; the first is on line 2");
  }

  private SolutionFile read(String text) throws IOException {
    return SolutionFile.read(Files.writeString(temp.resolve("s.sol"), text), tiny);
  }

  private void assertFails(String text, int line, int column, String reason) throws IOException {
    Path f = Files.writeString(temp.resolve("bad.sol"), text);
    InstanceFormatException e = assertThrows(InstanceFormatException.class,
        () -> SolutionFile.read(f, tiny));
    assertEquals(reason, e.reason());
    assertEquals(f + ":" + line + ":" + column + ": " + reason, e.getMessage());
  }
}
