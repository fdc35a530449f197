package org.allot.problem.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.allot.problem.Evaluation;
import org.allot.problem.Violation;
import org.allot.problem.contract.SeededProperty;
import org.junit.jupiter.api.Test;

/** The memory evaluator: one test per violation, the objectives, and the sweep's oracle. */
class MemoryEvaluatorTest {
  private final Memory memory = new Memory();

  @Test
  void aFeasiblePackingScoresItsPeakAddress() {
    Evaluation e = memory.evaluate(MemoryFixtures.input12(), MemoryFixtures.input12Layout());
    assertTrue(e.feasible(), e.violations()::toString);
    assertEquals(12, e.objective());
    assertEquals(32, Memory.objectiveOf(MemoryFixtures.aligned(), MemoryFixtures.alignedLayout()));
  }

  @Test
  void anEmptyPackingScoresZero() {
    MemoryInstance empty = MemoryInstance.packing("empty", 8, new String[0], new int[0],
        new int[0], new long[0]);
    assertEquals(new Evaluation.Feasible(0), memory.evaluate(empty, new MemoryLayout(new long[0])));
  }

  @Test
  void aMappingScoresItsExecutionTime() {
    MemoryInstance tiny = MemoryFixtures.tinyMapping();
    assertEquals(60, Memory.objectiveOf(tiny, slow(3)));
    assertEquals(6 + 25 + 20, Memory.objectiveOf(tiny, layout(0, -1, -1)));
    assertEquals(10.5 + 4 + 2, Memory.objectiveOf(tiny, layout(-1, 0, 5)));
    assertEquals(10.5 + 4 + 2, Memory.objectiveOf(tiny, layout(-1, 20, 0)));
    assertEquals(1.5 + 20.5 + 20, Memory.objectiveOf(tiny, layout(0, 10, -1)));
  }

  @Test
  void overlapNamesBothBuffersWithTheirRanges() {
    List<Violation> v = violations(MemoryFixtures.input12(), layout(8, 8, 4, 4, 2));
    assertEquals("overlap at buffers b3 (time [0, 9), address [4, 8)) and b5 (time [0, 21),"
        + " address [2, 6)) (by 2)", v.get(0).toString());
    assertEquals(2, v.size(), v::toString);
    assertEquals("overlap at buffers b5 (time [0, 21), address [2, 6)) and b4 (time [9, 21),"
        + " address [4, 8)) (by 2)", v.get(1).toString());
  }

  @Test
  void buffersThatMeetInTimeOrAddressDoNotOverlap() {
    // b1 [0, 3) and b2 [3, 9) share offset 8: they meet in time only.
    assertTrue(memory.evaluate(MemoryFixtures.input12(), MemoryFixtures.input12Layout())
        .feasible());
    MemoryInstance two = MemoryInstance.packing("two", 8, new String[] {"x", "y"},
        new int[] {0, 0}, new int[] {5, 5}, new long[] {4, 4});
    assertTrue(memory.evaluate(two, layout(0, 4)).feasible());
    assertEquals("overlap", violations(two, layout(0, 3)).getFirst().constraint());
  }

  @Test
  void zeroSizeBuffersOccupyNoAddress() {
    MemoryInstance z = MemoryInstance.packing("z", 8, new String[] {"x", "y"}, new int[] {0, 0},
        new int[] {5, 5}, new long[] {8, 0});
    assertTrue(memory.evaluate(z, layout(0, 3)).feasible());
    assertTrue(memory.evaluate(z, layout(0, 8)).feasible());
  }

  @Test
  void capacity() {
    assertEquals(List.of(new Violation("capacity", "buffer b5 at [9, 13) ends above the capacity"
        + " 12", 1)), violations(MemoryFixtures.input12(), layout(0, 4, 4, 0, 9))
        .stream().filter(v -> v.constraint().equals("capacity")).toList());
  }

  @Test
  void alignment() {
    List<Violation> v = violations(MemoryFixtures.aligned(), layout(0, 6, 16, 4));
    assertEquals(List.of(new Violation("alignment", "buffer b at offset 6 is not a multiple of"
        + " its alignment 4", 2)), v);
  }

  @Test
  void negativeOffset() {
    List<Violation> v = violations(MemoryFixtures.input12(), layout(8, 8, 4, 4, -4));
    assertEquals(new Violation("negative-offset", "buffer b5 at offset -4", 4), v.getFirst());
    assertEquals(1, v.size(), v::toString);
  }

  @Test
  void slowInPacking() {
    List<Violation> v = violations(MemoryFixtures.input12(), layout(8, 8, -1, 4, 0));
    assertEquals(List.of(new Violation("slow-in-packing", "buffer b3 is SLOW but a packing"
        + " instance must place every buffer", 4)), v);
    assertTrue(memory.evaluate(MemoryFixtures.tinyMapping(), slow(3)).feasible());
  }

  @Test
  void bufferCountChecksTheCommonPrefix() {
    List<Violation> v = violations(MemoryFixtures.input12(), layout(8, 8, 8, 0));
    assertEquals(new Violation("buffer-count", "layout has 4 offsets, instance 5 buffers", 1),
        v.getFirst());
    assertEquals("overlap", v.get(1).constraint(), v::toString);
    Evaluation longer = memory.evaluate(MemoryFixtures.tinyMapping(), layout(-1, -1, -1, 0));
    assertEquals(60, longer.objective());
    assertEquals("buffer-count", longer.violations().getFirst().constraint());
  }

  @Test
  void absurdOffsetsGiveViolationsNotExceptions() {
    MemoryInstance in = MemoryFixtures.input12();
    for (long o : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 2, -2}) {
      Evaluation e = memory.evaluate(in, layout(o, o, o, o, o));
      assertFalse(e.feasible());
    }
    assertFalse(memory.evaluate(MemoryFixtures.tinyMapping(), layout(Long.MIN_VALUE, 0, 0))
        .feasible());
  }

  @Test
  void manyOverlapsAreCountedButListedUpToALimit() {
    int n = 60;
    String[] ids = new String[n];
    int[] lower = new int[n];
    int[] upper = new int[n];
    long[] size = new long[n];
    for (int i = 0; i < n; i++) {
      ids[i] = "b" + i;
      upper[i] = 1;
      size[i] = 1;
    }
    MemoryInstance all = MemoryInstance.packing("all", 1, ids, lower, upper, size);
    List<Violation> v = violations(all, new MemoryLayout(new long[n]));
    long pairs = (long) n * (n - 1) / 2;
    assertEquals(AddressOverlaps.LISTED + 1, v.size());
    assertEquals(new Violation("overlap", (pairs - AddressOverlaps.LISTED)
        + " more overlapping pairs not listed", pairs - AddressOverlaps.LISTED), v.getLast());
  }

  @Test
  void theSweepFindsExactlyThePairsOfTheQuadraticCheck() {
    SeededProperty.check("sweep = O(n^2) validator", 200, random -> {
      RandomMemoryGenerator.Planted p = MemoryFixtures.randomPacking(random.nextLong(),
          random.nextInt(2, 40));
      MemoryInstance in = p.instance();
      long[] o = p.layout().offsets();
      for (int k = random.nextInt(4); k >= 0; k--) {
        o[random.nextInt(o.length)] = 8L * random.nextInt(0, 128);
      }
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < o.length; i++) {
        for (int j = 0; j < o.length; j++) {
          if (i < j && in.overlapInTime(i, j) && o[i] < o[j] + in.sizeOf(j)
              && o[j] < o[i] + in.sizeOf(i)) {
            expected.add(Math.min(i, j) + "-" + Math.max(i, j));
          }
        }
      }
      List<String> found = violations(in, new MemoryLayout(o)).stream()
          .filter(v -> v.constraint().equals("overlap")).map(v -> pair(in, v)).sorted().toList();
      assertEquals(expected.stream().sorted().toList(), found);
    });
  }

  @Test
  void aLayoutForTheWrongInstanceIsNotAnException() {
    assertThrows(IllegalArgumentException.class,
        () -> Memory.objectiveOf(MemoryFixtures.input12(), slow(5)));
  }

  private static String pair(MemoryInstance in, Violation v) {
    String[] words = v.where().split(" ");
    int a = java.util.Arrays.asList(in.ids()).indexOf(words[1]);
    int b = java.util.Arrays.asList(in.ids()).indexOf(words[9]);
    return Math.min(a, b) + "-" + Math.max(a, b);
  }

  private List<Violation> violations(MemoryInstance in, MemoryLayout layout) {
    return memory.evaluate(in, layout).violations();
  }

  static MemoryLayout layout(long... offsets) {
    return new MemoryLayout(offsets);
  }

  static MemoryLayout slow(int n) {
    long[] o = new long[n];
    java.util.Arrays.fill(o, MemoryLayout.SLOW);
    return new MemoryLayout(o);
  }
}
