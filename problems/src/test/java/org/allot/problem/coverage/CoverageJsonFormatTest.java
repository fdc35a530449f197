package org.allot.problem.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON and density-CSV formats: round trips, CSV references, and located errors. */
class CoverageJsonFormatTest {
  @TempDir
  Path dir;

  private static final String HEAD = "{\"problem\": \"coverage\", \"horizon\": 3, ";

  private static String json(CoverageInstance instance) throws IOException {
    StringWriter w = new StringWriter();
    CoverageJsonFormat.INSTANCE.write(instance, w);
    return w.toString();
  }

  private static InstanceFormatException jsonError(String text) {
    return assertThrows(InstanceFormatException.class,
        () -> CoverageJsonFormat.INSTANCE.read("bad.json", text));
  }

  private InstanceFormatException csvError(String text) throws IOException {
    Path f = Files.writeString(dir.resolve("bad.csv"), text);
    return assertThrows(InstanceFormatException.class, () -> DensityCsvFormat.INSTANCE.read(f));
  }

  @Test
  void itemCollectionRoundTrips() throws IOException {
    for (CoverageInstance i : new CoverageInstance[] {CoverageFixtures.items(),
        CoverageVariant.ITEMS.generate(4)}) {
      assertEquals(i, CoverageJsonFormat.INSTANCE.read(i.name(), json(i)));
    }
  }

  @Test
  void weightsMayComeFromADensityCsv() throws IOException {
    Files.writeString(dir.resolve("map.csv"), "% a comment\n1,2,#\n0.5, 0 ,3\n");
    Path file = Files.writeString(dir.resolve("m.json"), HEAD
        + "\"start\": [0, 1], \"weights\": \"map.csv\"}");
    CoverageInstance i = (CoverageInstance) Problems.read(file).instance();
    assertEquals("m", i.name());
    assertEquals(3, i.width());
    assertEquals(2, i.height());
    assertTrue(i.isObstacle(2));
    assertEquals(3, i.start());
    assertEquals(Footprint.SUBPO, i.footprint());
    assertEquals(3.0, ((CoverageObjective.WeightedCoverage) i.objective()).weightOf(5));
  }

  @Test
  void csvDefaultsAndSettings() throws IOException {
    Path f = Files.writeString(dir.resolve("d.csv"), "#,1\n2,3\n");
    CoverageInstance i = DensityCsvFormat.INSTANCE.read(f);
    assertEquals(1, i.start());
    assertEquals(40, i.horizon());
    Path g = Files.writeString(dir.resolve("e.csv"),
        "% start = 0 1\n% horizon = 7\n% footprint = disk 1.5\n#,1\n2,3\n");
    CoverageInstance j = DensityCsvFormat.INSTANCE.read(g);
    assertEquals(2, j.start());
    assertEquals(7, j.horizon());
    assertEquals(new Footprint.Disk(1.5), j.footprint());
  }

  @Test
  void negativeWeightIsLocated() {
    InstanceFormatException e = jsonError(HEAD + "\"start\": [0, 0],\n\"weights\": [[1, -2]]}");
    assertEquals("bad.json:2:17: weight -2 at x 1, y 0 is negative; weights must be >= 0 (null"
        + " marks an obstacle)", e.getMessage());
  }

  @Test
  void negativeWeightInCsvIsLocated() throws IOException {
    InstanceFormatException e = csvError("1,2\n3, -4\n");
    assertTrue(e.getMessage().endsWith("bad.csv:2:4: weight -4 at x 1, y 1 is negative;"
        + " weights must be finite numbers >= 0"), e.getMessage());
  }

  @Test
  void startOutsideTheGrid() {
    InstanceFormatException e = jsonError(HEAD + "\"start\": [2, 0], \"weights\": [[1, 2]]}");
    assertEquals("bad.json:1:48: start [2, 0] is outside the 2 x 1 grid (x in 0..1, y in 0..0)",
        e.getMessage());
  }

  @Test
  void startOnAnObstacle() {
    InstanceFormatException e = jsonError(HEAD + "\"start\": [1, 0], \"weights\": [[1, null]]}");
    assertTrue(e.getMessage().contains("start [1, 0] is an obstacle"), e.getMessage());
  }

  @Test
  void raggedRows() throws IOException {
    InstanceFormatException e = jsonError(HEAD
        + "\"start\": [0, 0], \"weights\": [[1, 2],\n [3]]}");
    assertEquals("bad.json:2:2: weights row 1 has 1 values, expected 2 as row 0; every row needs"
        + " one value per column", e.getMessage());
    InstanceFormatException c = csvError("1,2,3\n4,5\n");
    assertTrue(c.getMessage().endsWith("bad.csv:2: row 1 has 2 values, expected 3 as on the"
        + " first row (line 1); every row needs one value per column"), c.getMessage());
  }

  @Test
  void otherSchemaErrors() throws IOException {
    assertTrue(jsonError(HEAD + "\"start\": [0, 0], \"weight\": [[1]]}").getMessage()
        .contains("unknown key \"weight\""));
    assertTrue(jsonError(HEAD + "\"start\": [0, 0], \"items\": [[0, 5]], \"requirements\": [1]}")
        .getMessage().contains("item type 5 at x 1, y 0 must be -1 (none) or in 0..0"));
    assertTrue(jsonError(HEAD + "\"start\": [0, 0], \"weights\": [[1]], \"footprint\":"
        + " {\"square\": 0}}").getMessage().contains("square footprint size must be in 1..64"));
    assertTrue(csvError("1,x\n").getMessage().contains("bad.csv:1:3: expected a weight >= 0 or"
        + " '#' (obstacle) at x 1, y 0, found 'x'"));
    assertTrue(csvError("% start = 5 0\n1,2\n").getMessage().contains("bad.csv:1: start (5, 0)"
        + " is outside the 2 x 1 grid"));
    assertTrue(csvError("% speed = 3\n1\n").getMessage().contains("unknown setting 'speed'"));
  }

  @Test
  void memoryCsvIsNotClaimed() throws IOException {
    Path f = Files.writeString(dir.resolve("m.csv"), "id,lower,upper,size\n0,0,3,4\n");
    assertTrue(!DensityCsvFormat.INSTANCE.accepts(f, Files.readString(f)));
  }
}
