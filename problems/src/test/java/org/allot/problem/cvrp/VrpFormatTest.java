package org.allot.problem.cvrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allot.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, writing and detecting CVRPLIB {@code .vrp} files (errors: {@link VrpErrorTest}). */
class VrpFormatTest {
  /** {@link CvrpFixtures#tiny()} in the plain style of the A, B, E and P sets. */
  static final String TINY = """
      NAME : tiny
      COMMENT : (hand-made, No of trucks: 2)
      TYPE : CVRP
      DIMENSION : 5
      EDGE_WEIGHT_TYPE : EUC_2D
      CAPACITY : 10
      NODE_COORD_SECTION
      1 0 0
      2 3 4
      3 6 8
      4 0 5
      5 -4 -3
      DEMAND_SECTION
      1 0
      2 4
      3 5
      4 3
      5 6
      DEPOT_SECTION
      1
      -1
      EOF
      """;

  @TempDir Path temp;
  private final VrpFormat format = VrpFormat.INSTANCE;

  @Test
  void readsThePlainStyle() throws IOException {
    CvrpInstance i = format.read(write("tiny.vrp", TINY));
    assertEquals(CvrpFixtures.tiny(), i);
    assertEquals("tiny", i.name());
    assertEquals(4, i.customers());
    assertEquals(EdgeWeightType.EUC_2D, i.edgeWeightType());
    assertEquals(0, i.vehicles());
    assertTrue(i.hasCoordinates());
    assertDistances(i);
  }

  @Test
  void readsTheXStyleWithTabsAndCrlf() throws IOException {
    String x = TINY.lines().map(l -> l.contains(":") ? l.replace(": ", ": \t") + "\t"
        : l.replace(' ', '\t') + (l.endsWith("SECTION") ? "\t\t" : ""))
        .map(l -> l.equals("1") || l.equals("-1") ? "\t" + l + "\t" : l)
        .reduce("", (a, l) -> a + l + "\r\n");
    assertTrue(x.contains("NAME : \ttiny\t\r\n") && x.contains("\t-1\t\r\n"), x);
    assertEquals(CvrpFixtures.tiny(), format.read(write("tiny.vrp", x)));
  }

  @Test
  void toleratesColonVariantsUnknownKeysExtraSpacesAByteOrderMarkAndNoEof() throws IOException {
    String messy = "\uFEFFNAME: tiny\nDIMENSION:5\n  EDGE_WEIGHT_TYPE :EUC_2D  \n"
        + "NODE_COORD_TYPE : TWOD_COORDS\nDISTANCE : 99\nSERVICE_TIME : 0\ncapacity : 10\n"
        + TINY.substring(TINY.indexOf("NODE_COORD_SECTION"), TINY.indexOf("EOF"))
            .replace("\n", "   \n").replace("\n2 ", "\n  2    ");
    assertEquals(CvrpFixtures.tiny(), format.read(write("tiny.vrp", messy)));
  }

  @Test
  void theNameFallsBackToTheFileStemAndVehiclesAreRead() throws IOException {
    CvrpInstance i = format.read(write("stem-only.vrp",
        TINY.replace("NAME : tiny\n", "").replace("TYPE : CVRP\n", "VEHICLES : 2\n")));
    assertEquals(CvrpFixtures.tinyTwoVehicles().withName("stem-only"), i);
    assertEquals(2, i.vehicles());
  }

  @Test
  void decimalAndNegativeCoordinatesAreKeptExactly() throws IOException {
    CvrpInstance d = CvrpFixtures.decimals();
    assertEquals(d, format.read(write("decimals.vrp", text(d))));
    assertTrue(text(d).contains("\n2 -12.25 8\n"), text(d));
  }

  @Test
  void theDepotMayBeAnyNodeAndTheOthersKeepTheirFileOrder() throws IOException {
    String shuffled = TINY.replace("""
        1 0 0
        2 3 4
        3 6 8
        4 0 5
        5 -4 -3
        """, """
        2 3 4
        3 0 0
        1 6 8
        5 0 5
        4 -4 -3
        """).replace("""
        1 0
        2 4
        3 5
        4 3
        5 6
        """, """
        1 5
        2 4
        3 0
        4 6
        5 3
        """).replace("DEPOT_SECTION\n1\n", "DEPOT_SECTION\n3\n");
    assertEquals(CvrpFixtures.tiny(), format.read(write("tiny.vrp", shuffled)));
  }

  @Test
  void readsEveryExplicitLayoutWithWrappedLines() throws IOException {
    List<String[]> layouts = List.of(
        new String[] {"FULL_MATRIX", "0 5 10 5 5\n5 0 5 3 10\n10 5 0 7 15\n5 3 7 0 9\n5 10 15 9 0"},
        new String[] {"LOWER_ROW", "5 10 5\n5 3 7 5\n10 15 9"},
        new String[] {"LOWER_DIAG_ROW", "0\n5 0\n10 5 0\n5 3 7 0\n5 10 15 9 0"},
        new String[] {"UPPER_ROW", "5 10 5 5\n5 3 10\n7 15\n9"},
        new String[] {"UPPER_DIAG_ROW", "0 5 10 5 5 0 5 3 10 0 7 15 0 9 0"},
        new String[] {"LOWER_COL", "5 10 5 5\n5 3 10\n7 15\n9"},
        new String[] {"UPPER_DIAG_COL", "0\n5 0\n10 5 0\n5 3 7 0\n5 10 15 9 0"});
    for (String[] layout : layouts) {
      CvrpInstance i = format.read(write("e.vrp", explicit(layout[0], layout[1])));
      assertEquals(CvrpFixtures.tinyExplicit(), i, layout[0]);
      assertFalse(i.hasCoordinates());
      assertDistances(i);
    }
  }

  @Test
  void anExplicitMatrixFollowsTheDepotToNodeZero() throws IOException {
    String depot3 = explicit("LOWER_ROW", "5\n10 5\n5 3 7\n5 10 15 9")
        .replace("1 0\n2 4\n3 5\n", "1 4\n2 5\n3 0\n").replace("DEPOT_SECTION\n1\n",
            "DEPOT_SECTION\n3\n");
    CvrpInstance i = format.read(write("e3.vrp", depot3));
    // Nodes in index order: ids 3 (depot), 1, 2, 4, 5 = tiny's nodes 2, 0, 1, 3, 4.
    int[] tinyNode = {2, 0, 1, 3, 4};
    for (int a = 0; a < 5; a++) {
      for (int b = 0; b < 5; b++) {
        assertEquals(CvrpFixtures.TINY_DISTANCES[tinyNode[a]][tinyNode[b]], i.distance(a, b));
      }
    }
    assertEquals(List.of(0, 4, 5, 3, 6), java.util.Arrays.stream(i.demand()).boxed().toList());
  }

  @Test
  void explicitFilesMayCarryDisplayCoordinates() throws IOException {
    CvrpInstance t = CvrpFixtures.tiny();
    CvrpInstance withCoordinates = new CvrpInstance("shown", 10, t.demand(), t.x(), t.y(),
        EdgeWeightType.EXPLICIT, DistanceMatrix.explicit(CvrpFixtures.TINY_DISTANCES), 0);
    String text = text(withCoordinates);
    assertTrue(text.contains("DISPLAY_DATA_SECTION\n1 0 0\n2 3 4\n"), text);
    assertEquals(withCoordinates, format.read(write("shown.vrp", text)));
    assertEquals(withCoordinates, format.read(write("shown.vrp",
        text.replace("DISPLAY_DATA_SECTION", "NODE_COORD_SECTION"))));
  }

  @Test
  void writesIntegralCoordinatesWithoutDecimals() throws IOException {
    assertEquals(TINY.replace("COMMENT : (hand-made, No of trucks: 2)\n", ""),
        text(CvrpFixtures.tiny()));
  }

  @Test
  void writesExplicitInstancesAsAFullMatrix() throws IOException {
    String text = text(CvrpFixtures.tinyExplicit());
    assertEquals(explicit("FULL_MATRIX",
        "0 5 10 5 5\n5 0 5 3 10\n10 5 0 7 15\n5 3 7 0 9\n5 10 15 9 0"), text);
  }

  @Test
  void otherSectionsAndWhatFollowsEofAreIgnored() throws IOException {
    String extra = TINY.replace("DEMAND_SECTION", "DISPLAY_DATA_SECTION\n1 0 0\n2 1 1\n"
        + "DEMAND_SECTION") + "anything at all\n";
    assertEquals(CvrpFixtures.tiny(), format.read(write("tiny.vrp", extra)));
  }

  @Test
  void claimsVrpFilesAndHeadsWithNameAndDimension() throws IOException {
    for (String name : List.of("tiny.vrp", "TINY.VRP", "tiny.txt", "tiny")) {
      Path f = write(name, TINY);
      assertTrue(format.accepts(f, Problems.head(f)), name);
    }
    Path jobShop = write("ft06.txt", "6 6\n2 1 0 3 1 6 3 7 5 3 4 6\n");
    assertFalse(format.accepts(jobShop, Problems.head(jobShop)));
    Path noDimension = write("x.txt", "NAME : x\nTYPE : CVRP\n");
    assertFalse(format.accepts(noDimension, Problems.head(noDimension)));
  }

  @Test
  void theRegistryReadsVrpFilesAsCvrp() throws IOException {
    Problems.Loaded<?, ?> loaded = Problems.read(write("tiny.vrp", TINY));
    assertEquals(Cvrp.ID, loaded.problem().id());
    assertEquals("vrp", loaded.format().name());
    assertEquals(CvrpFixtures.tiny(), loaded.instance());
  }

  @Test
  void numbersAreWrittenExactly() {
    assertEquals("12", VrpFormat.number(12.0));
    assertEquals("-3", VrpFormat.number(-3.0));
    assertEquals("-0", VrpFormat.number(-0.0));
    assertEquals("2.5", VrpFormat.number(2.5));
    assertEquals("0.1", VrpFormat.number(0.1));
  }

  /** {@link #TINY}'s demands and depot with an explicit matrix in {@code layout}. */
  static String explicit(String layout, String weights) {
    return "NAME : tiny-explicit\nTYPE : CVRP\nDIMENSION : 5\nEDGE_WEIGHT_TYPE : EXPLICIT\n"
        + "EDGE_WEIGHT_FORMAT : " + layout + "\nCAPACITY : 10\nEDGE_WEIGHT_SECTION\n" + weights
        + "\n" + TINY.substring(TINY.indexOf("DEMAND_SECTION"));
  }

  private static void assertDistances(CvrpInstance i) {
    for (int a = 0; a < 5; a++) {
      for (int b = 0; b < 5; b++) {
        assertEquals(CvrpFixtures.TINY_DISTANCES[a][b], i.distance(a, b), a + "-" + b);
      }
    }
  }

  private String text(CvrpInstance instance) throws IOException {
    StringWriter w = new StringWriter();
    format.write(instance, w);
    return w.toString();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text);
  }
}
