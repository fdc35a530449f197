package org.allot.problem.jobshop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.allot.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Taillard's generator regenerates the published instances; the shared benchmark files (when
 * present) are the reference.
 */
class TaillardGeneratorTest {

  @Test
  void theFirstFiveDrawsOfTa01sTimeSeedArePublished() {
    JobShopInstance row = TaillardGenerator.generate("draws", 1, 5, 840612802, 1);
    assertArrayEquals(new int[] {94, 66, 10, 53, 26}, row.duration()[0]);
  }

  @Test
  void ta01StartsAsPrinted() {
    JobShopInstance ta01 = TaillardGenerator.benchmark("ta01");
    assertEquals("ta01", ta01.name());
    assertArrayEquals(new int[] {94, 66, 10, 53, 26, 15, 65, 82, 10, 27, 93, 92, 96, 70, 83},
        ta01.duration()[0]);
    assertArrayEquals(new int[] {74, 31, 88, 51, 57, 78, 8, 7, 91, 79, 18, 51, 18, 99, 33},
        ta01.duration()[1]);
    // Taillard prints machines from 1: 7 13 5 8 4 3 11 12 9 15 10 14 6 1 2.
    assertArrayEquals(new int[] {6, 12, 4, 7, 3, 2, 10, 11, 8, 14, 9, 13, 5, 0, 1},
        ta01.machine()[0]);
    assertArrayEquals(new int[] {4, 5, 7, 14, 13, 8, 11, 9, 6, 10, 0, 3, 12, 1, 2},
        ta01.machine()[1]);
  }

  @Test
  void everyBenchmarkHasItsGroupsSizeAndVisitsEveryMachineOnce() {
    int[][] sizes = {{15, 15}, {20, 15}, {20, 20}, {30, 15}, {30, 20}, {50, 15}, {50, 20},
        {100, 20}};
    assertEquals(80, TaillardGenerator.benchmarkCount());
    for (int k = 1; k <= 80; k++) {
      JobShopInstance ta = TaillardGenerator.benchmark(TaillardGenerator.benchmarkName(k));
      assertEquals(sizes[(k - 1) / 10][0], ta.jobs(), ta.name());
      assertEquals(sizes[(k - 1) / 10][1], ta.machines(), ta.name());
      assertTrue(ta.isRectangular(), ta.name());
      for (int[] row : ta.duration()) {
        for (int d : row) {
          assertTrue(d >= 1 && d <= 99, ta.name() + ": duration " + d);
        }
      }
    }
  }

  @Test
  void all80BenchmarksEqualTheSharedFiles() throws IOException {
    Path dir = JobShopFixtures.sharedJsspOrSkip();
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (int k = 1; k <= TaillardGenerator.benchmarkCount(); k++) {
      String name = TaillardGenerator.benchmarkName(k);
      Path file = dir.resolve(name + "js.txt");
      if (!Files.isRegularFile(file)) {
        mismatches.add(name + ": file missing");
        continue;
      }
      JobShopInstance fromFile = StandardFormat.INSTANCE.read(file);
      JobShopInstance generated = TaillardGenerator.benchmark(name);
      if (!java.util.Arrays.deepEquals(fromFile.machine(), generated.machine())
          || !java.util.Arrays.deepEquals(fromFile.duration(), generated.duration())) {
        mismatches.add(name);
      }
      compared++;
    }
    assertEquals(List.of(), mismatches, "generated instances differing from " + dir);
    assertEquals(80, compared);
  }

  @Test
  void everySharedInstanceFileParses() throws IOException {
    Path dir = JobShopFixtures.sharedJsspOrSkip();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no .txt instance in " + dir);
    for (Path f : files) {
      Problems.Loaded<?, ?> loaded = Problems.read(f);
      assertEquals(JobShop.ID, loaded.problem().id(), f.toString());
      assertEquals("standard", loaded.format().name(), f.toString());
      JobShopInstance i = (JobShopInstance) loaded.instance();
      assertTrue(i.isRectangular(), f + " should visit every machine once");
    }
  }

  @Test
  void acceptsShortAndUpperCaseNames() {
    assertEquals(1, TaillardGenerator.benchmarkIndex("ta1"));
    assertEquals(1, TaillardGenerator.benchmarkIndex("TA01"));
    assertEquals(80, TaillardGenerator.benchmarkIndex("ta80"));
    assertEquals("ta07", TaillardGenerator.benchmarkName(7));
    assertArrayEquals(new int[] {840612802, 398197754}, TaillardGenerator.seeds(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ta00", "ta81", "foo", "ta", "ta001", "dmu01", ""})
  void unknownNamesListTheValidRange(String name) {
    NoSuchElementException e = assertThrows(NoSuchElementException.class,
        () -> TaillardGenerator.benchmark(name));
    assertEquals("unknown Taillard instance '" + name + "'; expected ta01 .. ta80",
        e.getMessage());
  }

  @Test
  void seedsMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TaillardGenerator.generate("x", 2, 2, 0, 5));
    assertEquals("Taillard seeds must be positive, got 0 and 5", e.getMessage());
  }

  @Test
  void theSameSeedsGiveTheSameInstance() {
    assertEquals(TaillardGenerator.generate("a", 7, 4, 12345, 678),
        TaillardGenerator.generate("a", 7, 4, 12345, 678));
  }
}
