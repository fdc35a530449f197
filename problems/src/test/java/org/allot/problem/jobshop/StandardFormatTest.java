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

/** The standard (OR-Library / JSPLIB) format: parsing, writing, detection and error locations. */
class StandardFormatTest {
  static final String FT06 = """
      6 6
      2  1  0  3  1  6  3  7  5  3  4  6
      1  8  2  5  4 10  5 10  0 10  3  4
      2  5  3  4  5  8  0  9  1  1  4  7
      1  5  0  5  2  5  3  3  4  8  5  9
      2  9  1  3  4  5  5  4  0  3  3  1
      1  3  3  3  5  9  0 10  4  4  2  1
      """;

  @TempDir Path temp;
  private final StandardFormat format = StandardFormat.INSTANCE;

  @Test
  void readsFt06() throws IOException {
    JobShopInstance ft06 = format.read(write("ft06.txt", FT06));
    assertEquals("ft06", ft06.name());
    assertEquals(6, ft06.jobs());
    assertEquals(6, ft06.machines());
    assertTrue(ft06.isRectangular());
    assertArrayEquals(new int[] {2, 0, 1, 3, 5, 4}, ft06.machine()[0]);
    assertArrayEquals(new int[] {1, 3, 6, 7, 3, 6}, ft06.duration()[0]);
    assertArrayEquals(new int[] {3, 3, 9, 10, 4, 1}, ft06.duration()[5]);
    assertEquals(197, ft06.totalDuration());
    assertEquals(JobShopFixtures.ft06(), ft06, "the bundled ft06 differs from the reference");
  }

  @Test
  void toleratesCommentsCrlfTabsTrailingBlanksAndBlankLines() throws IOException {
    String messy = "\uFEFF# ft06, messy\r\n\r\n6\t6   # jobs machines\r\n"
        + FT06.lines().skip(1).map(l -> l.replace("  ", "\t") + " \t ").reduce("",
            (a, l) -> a + l + "\r\n\r\n")
        + "# the end\r\n";
    assertEquals(format.read(write("ft06.txt", FT06)), format.read(write("ft06.txt", messy)));
  }

  @Test
  void readsZeroDurations() throws IOException {
    JobShopInstance i = format.read(write("z.txt", "2 2\n0 0 1 5\n1 0 0 0\n"));
    assertArrayEquals(new int[][] {{0, 5}, {0, 0}}, i.duration());
  }

  @Test
  void writesWhatItReadsWithCommentsFirst() throws IOException {
    JobShopInstance ft06 = JobShopFixtures.ft06();
    StringWriter out = new StringWriter();
    format.write(ft06, out, List.of("ft06", "optimum 55"));
    assertTrue(out.toString().startsWith("# ft06\n# optimum 55\n6 6\n"), out.toString());
    assertEquals(ft06, format.read(write("ft06.txt", out.toString())));
  }

  @Test
  void refusesToWriteJobsWithAnotherOperationCount() {
    JobShopInstance ragged = new JobShopInstance("ragged", 2, new int[][] {{0, 1}, {1}},
        new int[][] {{1, 2}, {3}});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> format.write(ragged, new StringWriter()));
    assertEquals("the standard format needs 2 operations per job; job 1 has 1", e.getMessage());
  }

  @Test
  void claimsStandardContentAndNotTaillards() throws IOException {
    for (String name : List.of("ft06.txt", "ft06", "ft06.jss", "ft06.jsp", "FT06.TXT")) {
      Path f = write(name, FT06);
      assertTrue(format.accepts(f, Problems.head(f)), name);
      assertFalse(TaillardFormat.INSTANCE.accepts(f, Problems.head(f)), name);
    }
    Path taillard = write("ta.txt", TaillardFormatTest.FULL_2X2);
    assertFalse(format.accepts(taillard, Problems.head(taillard)));
    Path compact = write("tc.txt", TaillardFormatTest.COMPACT_2X2);
    assertFalse(format.accepts(compact, Problems.head(compact)));
  }

  @Test
  void doesNotClaimOtherExtensions() throws IOException {
    for (String name : List.of("ft06.vrp", "ft06.json", "ft06.csv")) {
      Path f = write(name, FT06);
      assertFalse(format.accepts(f, Problems.head(f)), name);
      assertFalse(TaillardFormat.INSTANCE.accepts(f, Problems.head(f)), name);
    }
  }

  @Test
  void registryReadsStandardFilesAsJobShop() throws IOException {
    Problems.Loaded<?, ?> loaded = Problems.read(write("ft06.txt", FT06));
    assertEquals(JobShop.ID, loaded.problem().id());
    assertEquals("standard", loaded.format().name());
    assertEquals(JobShopFixtures.ft06(), loaded.instance());
  }

  @Test
  void emptyFile() throws IOException {
    assertFails("", 1, 1,
        "empty file; expected a header line 'jobs machines' such as '6 6'");
    assertFails("# only a comment\n\n", 1, 1,
        "empty file; expected a header line 'jobs machines' such as '6 6'");
  }

  @Test
  void headerWithOneNumber() throws IOException {
    assertFails("# c\n6\n0 1\n", 2, 2,
        "expected a header line 'jobs machines' with 2 numbers, found 1 token(s)");
  }

  @Test
  void headerWithThreeNumbers() throws IOException {
    assertFails("2 2 7\n0 1 1 1\n0 1 1 1\n", 1, 5,
        "expected a header line 'jobs machines' with 2 numbers, found 3 token(s)");
  }

  @Test
  void headerWithZeroJobs() throws IOException {
    assertFails("0 2\n", 1, 1, "number of jobs must be at least 1, found 0");
  }

  @Test
  void nonNumericToken() throws IOException {
    assertFails("2 2\n0 5\t1 x\n1 2 0 3\n", 2, 7,
        "expected an integer duration of job 0, op 1, found 'x'");
  }

  @Test
  void nonNumericHeader() throws IOException {
    assertFails("2 two\n", 1, 3, "expected an integer number of machines, found 'two'");
  }

  @Test
  void truncatedFile() throws IOException {
    assertFails("3 2\n0 5 1 3\n1 2 0 3\n", 4, 1,
        "expected 3 job lines after the header, found 2 (the file ends early)");
  }

  @Test
  void tooFewNumbersOnAJobLine() throws IOException {
    assertFails("2 2\n0 5 1 3\n1 2 0\n", 3, 6,
        "expected 4 numbers (2 machine-duration pairs) on job 1, found 3");
  }

  @Test
  void tooManyNumbersOnAJobLine() throws IOException {
    assertFails("2 2\n0 5 1 3 7\n1 2 0 3\n", 2, 9,
        "expected 4 numbers (2 machine-duration pairs) on job 0, found 5");
  }

  @Test
  void machineOutOfRange() throws IOException {
    assertFails("2 2\n0 5 1 3\n1 2 2 3\n", 3, 5, "machine 2 of job 1, op 1 is out of range"
        + " 0..1 (the standard format numbers machines from 0)");
  }

  @Test
  void negativeMachine() throws IOException {
    assertFails("2 2\n-1 5 1 3\n1 2 0 3\n", 2, 1, "machine -1 of job 0, op 0 is out of range"
        + " 0..1 (the standard format numbers machines from 0)");
  }

  @Test
  void negativeDuration() throws IOException {
    assertFails("2 2\n0 5 1 3\n1 -2 0 3\n", 3, 3,
        "duration -2 of job 1, op 0 is negative; expected a duration >= 0");
  }

  @Test
  void extraTrailingLine() throws IOException {
    assertFails("2 2\n0 5 1 3\n1 2 0 3\n  9 9\n", 4, 3,
        "expected the end of the file after 2 jobs, found '9'; is the header's job count 2"
            + " right?");
  }

  @Test
  void notUtf8() throws IOException {
    Path f = temp.resolve("bin.txt");
    Files.write(f, new byte[] {'2', ' ', '2', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
    InstanceFormatException e = assertThrows(InstanceFormatException.class, () -> format.read(f));
    assertEquals(f + ": not a UTF-8 text file", e.getMessage());
  }

  /** Reads {@code text} from a file and checks the exact {@code file:line:column: reason}. */
  private void assertFails(String text, int line, int column, String reason) throws IOException {
    Path f = write("bad.txt", text);
    InstanceFormatException e = assertThrows(InstanceFormatException.class, () -> format.read(f));
    assertEquals(f.toString(), e.file());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertEquals(reason, e.reason());
    assertEquals(f + ":" + line + ":" + column + ": " + reason, e.getMessage());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text);
  }
}
