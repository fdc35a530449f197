package org.allot.problem.cvrp;

import static org.allot.problem.cvrp.VrpFormatTest.TINY;
import static org.allot.problem.cvrp.VrpFormatTest.explicit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allot.problem.InstanceFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad {@code .vrp} files: each error names the file, line and column, what was expected and
 * what was found. Lines of {@link VrpFormatTest#TINY}: 1 NAME, 2 COMMENT, 3 TYPE, 4 DIMENSION,
 * 5 EDGE_WEIGHT_TYPE, 6 CAPACITY, 7 NODE_COORD_SECTION, 8-12 nodes, 13 DEMAND_SECTION,
 * 14-18 demands, 19 DEPOT_SECTION, 20 {@code 1}, 21 {@code -1}, 22 EOF.
 */
class VrpErrorTest {
  private static final String DEMANDS = "DEMAND_SECTION\n1 0\n2 4\n3 5\n4 3\n5 6\n";
  private static final String FULL =
      "0 5 10 5 5\n5 0 5 3 10\n10 5 0 7 15\n5 3 7 0 9\n5 10 15 9 0";

  @TempDir Path temp;

  @Test
  void missingDemandSection() throws IOException {
    String reason = "the file has no DEMAND_SECTION; expected one line 'id demand' per node";
    assertFails(TINY.replace(DEMANDS, ""), 16, 1, reason);
    assertFails(TINY.replace(DEMANDS, "").replace("EOF\n", ""), 16, 1, reason);
  }

  @Test
  void missingNodeCoordSection() throws IOException {
    assertFails(TINY.replace("NODE_COORD_SECTION\n1 0 0\n2 3 4\n3 6 8\n4 0 5\n5 -4 -3\n", ""),
        16, 1, "the file has no NODE_COORD_SECTION; EDGE_WEIGHT_TYPE EUC_2D needs one line"
            + " 'id x y' per node");
  }

  @Test
  void missingDepotSection() throws IOException {
    assertFails(TINY.replace("DEPOT_SECTION\n1\n-1\n", ""), 19, 1,
        "the file has no DEPOT_SECTION; expected the depot's node id, then -1");
  }

  @Test
  void missingCapacity() throws IOException {
    assertFails(TINY.replace("CAPACITY : 10\n", ""), 6, 1,
        "the header has no CAPACITY; expected 'CAPACITY : n' with a positive vehicle capacity");
  }

  @Test
  void emptyFile() throws IOException {
    assertFails("", 1, 1, "the header has no DIMENSION; expected 'DIMENSION : n' with the depot"
        + " and at least one customer");
  }

  @Test
  void dimensionAboveTheNodeLines() throws IOException {
    assertFails(TINY.replace("DIMENSION : 5", "DIMENSION : 6"), 13, 1,
        "NODE_COORD_SECTION has 5 node lines, expected 6 (DIMENSION)");
  }

  @Test
  void dimensionBelowTheNodeLines() throws IOException {
    assertFails(TINY.replace("DIMENSION : 5", "DIMENSION : 4"), 12, 1,
        "NODE_COORD_SECTION has more than 4 node lines; DIMENSION is 4");
  }

  @Test
  void demandAboveCapacity() throws IOException {
    assertFails(TINY.replace("\n3 5\n", "\n3 11\n"), 16, 3,
        "demand 11 of node 3 exceeds CAPACITY 10: no vehicle can serve it");
  }

  @Test
  void unknownEdgeWeightType() throws IOException {
    for (String type : new String[] {"GEO", "ATT", "CEIL_2D"}) {
      assertFails(TINY.replace("EUC_2D", type), 5, 20, "EDGE_WEIGHT_TYPE '" + type
          + "' is not supported; supported: EUC_2D, EXPLICIT (with EDGE_WEIGHT_FORMAT"
          + " FULL_MATRIX, LOWER_ROW, LOWER_DIAG_ROW, UPPER_ROW, UPPER_DIAG_ROW, LOWER_COL,"
          + " LOWER_DIAG_COL, UPPER_COL, UPPER_DIAG_COL). Maybe convert the distances to an"
          + " explicit matrix");
    }
  }

  @Test
  void missingEdgeWeightType() throws IOException {
    assertFails(TINY.replace("EDGE_WEIGHT_TYPE : EUC_2D\n", ""), 6, 1, "the header has no"
        + " EDGE_WEIGHT_TYPE; supported: EUC_2D, EXPLICIT. Maybe add 'EDGE_WEIGHT_TYPE : EUC_2D'");
  }

  @Test
  void unknownEdgeWeightFormat() throws IOException {
    assertFails(explicit("FUNCTION", FULL), 5, 22, "EDGE_WEIGHT_FORMAT 'FUNCTION' is not"
        + " supported; supported: FULL_MATRIX, LOWER_ROW, LOWER_DIAG_ROW, UPPER_ROW,"
        + " UPPER_DIAG_ROW, LOWER_COL, LOWER_DIAG_COL, UPPER_COL, UPPER_DIAG_COL");
  }

  @Test
  void anotherType() throws IOException {
    assertFails(TINY.replace("TYPE : CVRP", "TYPE : TSP"), 3, 8, "TYPE 'TSP' is not supported;"
        + " this reader reads capacitated vehicle routing files (TYPE : CVRP)");
  }

  @Test
  void duplicateNodeId() throws IOException {
    assertFails(TINY.replace("3 6 8", "2 6 8"), 10, 1,
        "node id 2 appears twice in NODE_COORD_SECTION, first on line 9");
  }

  @Test
  void unknownNodeId() throws IOException {
    assertFails(TINY.replace("\n5 6\n", "\n6 6\n"), 18, 1,
        "unknown node id 6 in DEMAND_SECTION; node ids run 1..5 (DIMENSION)");
    assertFails(TINY.replace("DEPOT_SECTION\n1\n", "DEPOT_SECTION\n0\n"), 20, 1,
        "unknown depot node id 0; node ids run 1..5 (DIMENSION)");
  }

  @Test
  void nonNumericTokens() throws IOException {
    assertFails(TINY.replace("2 3 4", "2 x3 4"), 9, 3,
        "expected a number as x of node 2, found 'x3'");
    assertFails(TINY.replace("\n4 3\n", "\n4 three\n"), 17, 3,
        "expected an integer demand of node 4, found 'three'");
    assertFails(TINY.replace("CAPACITY : 10", "CAPACITY : ten"), 6, 12,
        "expected an integer CAPACITY, found 'ten'");
    assertFails(TINY.replace("DIMENSION : 5", "DIMENSION:5.0"), 4, 11,
        "expected an integer DIMENSION, found '5.0'");
  }

  @Test
  void wrongTokenCountOnANodeLine() throws IOException {
    assertFails(TINY.replace("2 3 4", "2 3 4 7"), 9, 7,
        "expected 'id x y' (3 numbers) in NODE_COORD_SECTION, found 4");
  }

  @Test
  void depotWithDemand() throws IOException {
    assertFails(TINY.replace("\n1 0\n", "\n1 2\n"), 14, 3,
        "the depot (node 1) has demand 2; expected 0");
  }

  @Test
  void twoDepotsOrNone() throws IOException {
    assertFails(TINY.replace("DEPOT_SECTION\n1\n", "DEPOT_SECTION\n1\n2\n"), 21, 1,
        "a second depot 2; only single-depot CVRP is supported");
    assertFails(TINY.replace("DEPOT_SECTION\n1\n", "DEPOT_SECTION\n"), 21, 1,
        "DEPOT_SECTION names no depot; expected the depot's node id (for example 1), then -1");
  }

  @Test
  void numbersOutsideASectionOrAKeyWithoutColon() throws IOException {
    assertFails(TINY.replace("CAPACITY : 10\n", "CAPACITY : 10\n  7 7\n"), 7, 3,
        "expected 'KEY : value' or a section name such as NODE_COORD_SECTION, found '7'");
    assertFails(TINY.replace("CAPACITY : 10", "CAPACITY 10"), 6, 1,
        "expected 'KEY : value' or a section name, found 'CAPACITY' without a colon");
  }

  @Test
  void repeatedKeyOrSection() throws IOException {
    assertFails(TINY.replace("CAPACITY : 10\n", "CAPACITY : 10\nDIMENSION : 5\n"), 7, 1,
        "DIMENSION appears twice, first on line 4");
    assertFails(TINY.replace("EOF\n", "DEPOT_SECTION\n1\n-1\n"), 22, 1,
        "DEPOT_SECTION appears twice, first on line 19");
  }

  @Test
  void explicitMatrixTooShort() throws IOException {
    assertFails(explicit("FULL_MATRIX", FULL.substring(0, FULL.length() - 2)), 13, 1,
        "EDGE_WEIGHT_SECTION ends early: a FULL_MATRIX matrix of DIMENSION 5 has 25 entries,"
            + " found 24");
  }

  @Test
  void explicitMatrixTooLong() throws IOException {
    assertFails(explicit("LOWER_ROW", "5\n10 5\n5 3 7\n5 10 15 9 4"), 11, 11,
        "EDGE_WEIGHT_SECTION has more than the 10 entries of a LOWER_ROW matrix of DIMENSION 5,"
            + " found '4'");
  }

  @Test
  void explicitMatrixNotSymmetricOrWithADiagonalOrNegative() throws IOException {
    assertFails(explicit("FULL_MATRIX", FULL.replace("\n5 0 5 3 10", "\n6 0 5 3 10")), 9, 1,
        "the FULL_MATRIX is not symmetric: distance 2-1 is 6 but 1-2 is 5; CVRP distances must"
            + " be symmetric");
    assertFails(explicit("LOWER_DIAG_ROW", "0\n5 1\n10 5 0\n5 3 7 0\n5 10 15 9 0"), 9, 3,
        "distance 1 from node 2 to itself; expected 0");
    assertFails(explicit("UPPER_ROW", "5 10 5 5\n5 -3 10\n7 15\n9"), 9, 3,
        "distance -3 between nodes 2 and 4 is negative; expected >= 0");
  }

  @Test
  void explicitWithoutFormatOrSection() throws IOException {
    assertFails(explicit("LOWER_ROW", "5 10 5 5 3 7 5 10 15 9").replace(
        "EDGE_WEIGHT_FORMAT : LOWER_ROW\n", ""), 6, 1, "EDGE_WEIGHT_TYPE EXPLICIT needs an"
            + " EDGE_WEIGHT_FORMAT; supported: FULL_MATRIX, LOWER_ROW, LOWER_DIAG_ROW, UPPER_ROW,"
            + " UPPER_DIAG_ROW, LOWER_COL, LOWER_DIAG_COL, UPPER_COL, UPPER_DIAG_COL");
    assertFails(explicit("LOWER_ROW", "").replace("EDGE_WEIGHT_SECTION\n\n", ""), 16, 1,
        "the file has no EDGE_WEIGHT_SECTION; EDGE_WEIGHT_TYPE EXPLICIT needs the LOWER_ROW"
            + " distances");
  }

  @Test
  void notUtf8() throws IOException {
    Path f = temp.resolve("bin.vrp");
    Files.write(f, new byte[] {'N', 'A', 'M', 'E', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
    InstanceFormatException e = assertThrows(InstanceFormatException.class,
        () -> VrpFormat.INSTANCE.read(f));
    assertEquals(f + ": not a UTF-8 text file", e.getMessage());
  }

  /** Reads {@code text} from a file and checks the exact {@code file:line:column: reason}. */
  private void assertFails(String text, int line, int column, String reason) throws IOException {
    Path f = Files.writeString(temp.resolve("bad.vrp"), text);
    InstanceFormatException e = assertThrows(InstanceFormatException.class,
        () -> VrpFormat.INSTANCE.read(f));
    assertEquals(reason, e.reason());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertEquals(f + ":" + line + ":" + column + ": " + reason, e.getMessage());
    assertTrue(e.getMessage().startsWith(f.toString()));
  }
}
