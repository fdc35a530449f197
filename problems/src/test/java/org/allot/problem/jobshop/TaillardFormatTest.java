package org.allot.problem.jobshop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allot.problem.InstanceFormatException;
import org.allot.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taillard's format, full and compact: parsing, writing, detection and error locations. */
class TaillardFormatTest {
  /** Job 0 runs (m1, 5) then (m2, 6); job 1 runs (m2, 7) then (m1, 8); machines 1-based. */
  static final String FULL_2X2 = """
      Nb of jobs, Nb of Machines, Time seed, Machine seed, Upper bound, Lower bound
               2           2   840612802   398197754          20          15
      Times
        5  6
        7  8
      Machines
        1  2
        2  1
      """;

  /** The same instance in the compact variant (JSSEnv, Wheatley): no text, no keywords. */
  static final String COMPACT_2X2 = "2 2\n5 6\n7 8\n1 2\n2 1\n";

  /** The same instance, 0-based, as the API sees it. */
  static final JobShopInstance EXPECTED = new JobShopInstance("t", 2,
      new int[][] {{0, 1}, {1, 0}}, new int[][] {{5, 6}, {7, 8}});

  @TempDir Path temp;
  private final TaillardFormat format = TaillardFormat.INSTANCE;

  @Test
  void readsTheFullVariantWithMachinesFromOne() throws IOException {
    assertEquals(EXPECTED, format.read(write("t.txt", FULL_2X2)));
  }

  @Test
  void readsTheCompactVariant() throws IOException {
    assertEquals(EXPECTED, format.read(write("t.txt", COMPACT_2X2)));
  }

  @Test
  void readsKeywordsWithoutTheTextHeaderInAnyCase() throws IOException {
    assertEquals(EXPECTED, format.read(write("t.txt", "2 2\nTIMES\n5 6\n7 8\nmachines\n1 2\n2 1")));
  }

  @Test
  void toleratesTabsCrlfCommentsAndTrailingBlanks() throws IOException {
    String messy = "# Wheatley-style copy\r\n2\t2\r\n5\t6 \r\n\r\n7\t8\t\r\n1\t2   # job 0\r\n2\t1";
    assertEquals(EXPECTED, format.read(write("t.txt", messy)));
  }

  @Test
  void readsTheTa01HeaderAndRows() throws IOException {
    JobShopInstance ta01 = TaillardGenerator.benchmark("ta01");
    StringBuilder b = new StringBuilder("Nb of jobs, Nb of Machines, Time seed, Machine seed,"
        + " Upper bound, Lower bound\n  15  15  840612802  398197754  1231  1005\nTimes\n");
    appendRows(b, ta01.duration(), 0);
    b.append("Machines\n");
    appendRows(b, ta01.machine(), 1);
    JobShopInstance read = format.read(write("ta01.txt", b.toString()));
    assertEquals(ta01, read);
    assertEquals(6, read.machineOf(0, 0), "ta01's job 1 starts on machine 7 (1-based)");
    assertEquals(94, read.durationOf(0, 0));
  }

  @Test
  void writesTheFullVariantAndReadsItBack() throws IOException {
    StringWriter out = new StringWriter();
    format.write(EXPECTED, out);
    String text = out.toString();
    assertTrue(text.startsWith("Nb of jobs, Nb of Machines\n"), text);
    assertTrue(text.lines().anyMatch(l -> l.equals("Times")), text);
    assertTrue(text.lines().anyMatch(l -> l.equals("Machines")), text);
    assertEquals(List.of("1", "2"), List.of(text.lines().toList().get(6).trim().split("\\s+")),
        "machines are written 1-based");
    assertEquals(EXPECTED, format.read(write("t.txt", text)));
  }

  @Test
  void refusesToWriteANonRectangularInstance() {
    JobShopInstance revisit = new JobShopInstance("revisit", 2, new int[][] {{0, 0}, {1, 0}},
        new int[][] {{1, 2}, {3, 4}});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> format.write(revisit, new StringWriter()));
    assertEquals("Taillard's format needs every job to visit every machine once; revisit does"
        + " not", e.getMessage());
  }

  @Test
  void claimsBothVariantsByContent() throws IOException {
    for (String name : List.of("t.txt", "t", "t.tai", "t.jss", "T.TAI")) {
      for (String text : List.of(FULL_2X2, COMPACT_2X2)) {
        Path f = write(name, text);
        assertTrue(format.accepts(f, Problems.head(f)), name);
        assertFalse(StandardFormat.INSTANCE.accepts(f, Problems.head(f)), name);
      }
    }
  }

  @Test
  void doesNotClaimStandardContentOrOtherExtensions() throws IOException {
    Path standard = write("ft06.txt", StandardFormatTest.FT06);
    assertFalse(format.accepts(standard, Problems.head(standard)));
    for (String name : List.of("t.vrp", "t.jsp", "t.json")) {
      Path f = write(name, FULL_2X2);
      assertFalse(format.accepts(f, Problems.head(f)), name);
    }
    Path vrp = write("t.vrp", "NAME : t\nTYPE : CVRP\nDIMENSION : 3\n");
    assertFalse(format.accepts(vrp, Problems.head(vrp)));
    assertFalse(StandardFormat.INSTANCE.accepts(vrp, Problems.head(vrp)));
  }

  @Test
  void detectionNeverThrowsOnGarbage() throws IOException {
    for (String text : List.of("", "\n\n", "x y\n", "2\n1 2\n", "2 99999999999\n1 2\n", "2 -1\n")) {
      Path f = write("g.txt", text);
      format.accepts(f, Problems.head(f));
      StandardFormat.INSTANCE.accepts(f, Problems.head(f));
    }
  }

  @Test
  void registryReadsBothVariantsAsJobShop() throws IOException {
    for (String text : List.of(FULL_2X2, COMPACT_2X2)) {
      Problems.Loaded<?, ?> loaded = Problems.read(write("t.txt", text));
      assertEquals(JobShop.ID, loaded.problem().id());
      assertEquals("taillard", loaded.format().name());
      assertEquals(EXPECTED, loaded.instance());
    }
  }

  @Test
  void emptyFile() throws IOException {
    assertFails("", 1, 1, "empty file; expected Taillard's header line 'jobs machines'");
  }

  @Test
  void textHeaderWithoutNumbers() throws IOException {
    assertFails("Nb of jobs, Nb of Machines\n", 2, 1,
        "expected the line 'jobs machines [time seed, machine seed, ...]'");
  }

  @Test
  void headerWithOneNumber() throws IOException {
    assertFails("2\n5 6\n", 1, 2,
        "expected a header line 'jobs machines' with 2 numbers, found 1 token(s)");
  }

  @Test
  void nonNumericSeedInTheHeader() throws IOException {
    assertFails("2 2 seed\n5 6\n7 8\n1 2\n2 1\n", 1, 5,
        "expected a number in the header, found 'seed'");
  }

  @Test
  void machineZeroIsOutOfRange() throws IOException {
    assertFails(COMPACT_2X2.replace("2 1\n", "0 1\n"), 5, 1, "machine 0 of job 1, op 0 is out"
        + " of range 1..2 (Taillard's format numbers machines from 1)");
  }

  @Test
  void machineAboveTheCountIsOutOfRange() throws IOException {
    assertFails(FULL_2X2.replace("  1  2\n", "  1  3\n"), 7, 6, "machine 3 of job 0, op 1 is"
        + " out of range 1..2 (Taillard's format numbers machines from 1)");
  }

  @Test
  void negativeDuration() throws IOException {
    assertFails("2 2\n5 -6\n7 8\n1 2\n2 1\n", 2, 3,
        "duration -6 of job 0, op 1 is negative; expected >= 0");
  }

  @Test
  void wrongCountOnARow() throws IOException {
    assertFails("2 2\nTimes\n5 6 9\n7 8\nMachines\n1 2\n2 1\n", 3, 5,
        "expected 2 durations on row 1 of the Times block, found 3");
  }

  @Test
  void nonNumericToken() throws IOException {
    assertFails("2 2\n5 6\n7 8\n1 2\n2 b\n", 5, 3,
        "expected an integer machine of job 1, op 1, found 'b'");
  }

  @Test
  void truncatedMachinesBlock() throws IOException {
    assertFails("2 2\n5 6\n7 8\n1 2\n", 5, 1,
        "expected 2 rows in the Machines block, found 1 (the file ends early)");
  }

  @Test
  void extraTrailingLine() throws IOException {
    assertFails(COMPACT_2X2 + "3 3\n", 6, 1,
        "expected the end of the file after the Machines block, found '3'");
  }

  private void assertFails(String text, int line, int column, String reason) throws IOException {
    Path f = write("bad.txt", text);
    InstanceFormatException e = assertThrows(InstanceFormatException.class, () -> format.read(f));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertEquals(reason, e.reason());
    assertEquals(f + ":" + line + ":" + column + ": " + reason, e.getMessage());
  }

  private static void appendRows(StringBuilder b, int[][] rows, int offset) {
    for (int[] row : rows) {
      for (int v : row) {
        b.append(' ').append(v + offset);
      }
      b.append('\n');
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text);
  }
}
