package org.allot.problem.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.allot.problem.contract.SeededProperty;
import org.junit.jupiter.api.Test;

/** The placement core against brute force: canonical offsets, fits, best fit, live peak. */
class CanonicalOffsetsTest {

  @Test
  void input12ByHand() {
    CanonicalOffsets c = new CanonicalOffsets(MemoryFixtures.input12());
    long[] o = {-1, -1, 4, -1, 0};
    long[] into = new long[4];
    long[] room = new long[4];
    // b1 [0, 3) meets b3 at [4, 8) and b5 at [0, 4): only the top 8 is free, 4 bytes.
    assertEquals(1, c.fitting(o, 0, into, room));
    assertEquals(8, into[0]);
    assertEquals(4, room[0]);
    assertEquals(8, c.lowestFit(o, 0));
    assertEquals(8, c.floor(o, 0));
    assertEquals(8, c.livePeak(o, 0));
    // b4 [9, 21) meets only b5: offsets 4 (room 8) are free.
    assertEquals(1, c.fitting(o, 3, into, room));
    assertEquals(4, into[0]);
    assertEquals(8, room[0]);
    assertTrue(c.fits(o, 3, 6));
    assertFalse(c.fits(o, 3, 2));
    assertFalse(c.fits(o, 3, 10));
    assertArrayEquals(new int[] {0, 1, 2, 3}, sorted(c.conflicts(4)));
  }

  @Test
  void gapsOfferEveryFreeCanonicalOffsetAndTheBestFitTakesTheSmallestGap() {
    // Three buffers live together; a at [0, 4), b at [10, 12): the gaps are [4, 10) and [12, 20).
    MemoryInstance in = MemoryInstance.packing("gaps", 20, new String[] {"a", "b", "x", "y"},
        new int[] {0, 0, 0, 0}, new int[] {5, 5, 5, 5}, new long[] {4, 2, 5, 7});
    CanonicalOffsets c = new CanonicalOffsets(in);
    long[] o = {0, 10, -1, -1};
    long[] into = new long[2];
    assertEquals(2, c.fitting(o, 2, into, null));
    assertArrayEquals(new long[] {4, 12}, into);
    assertEquals(4, c.bestFit(o, 2));
    assertEquals(12, c.bestFit(o, 3), "y (7 bytes) fits only above b");
    long[] one = new long[1];
    assertEquals(2, c.fitting(o, 2, one, null), "the count exceeds the array");
  }

  @Test
  void alignmentAndZeroSize() {
    CanonicalOffsets c = new CanonicalOffsets(MemoryFixtures.aligned());
    long[] o = {0, -1, -1, -1};
    assertEquals(8, c.lowestFit(o, 1), "b (alignment 4) above a's top 5");
    assertEquals(0, c.lowestFit(o, 3), "a zero-size buffer has the single candidate 0");
    assertTrue(c.fits(o, 3, 2));
    assertFalse(c.fits(o, 3, 3), "misaligned");
    assertFalse(c.fits(o, 1, 6));
  }

  @Test
  void agreesWithBruteForceOnRandomPlacements() {
    SeededProperty.check("canonical offsets = brute force", 150, random -> {
      int n = random.nextInt(2, 40);
      MemoryInstance in = switch (random.nextInt(3)) {
        case 0 -> MemoryFixtures.randomPacking(random.nextLong(), n).instance();
        case 1 -> MemoryFixtures.randomMapping(random.nextLong(), n);
        // Offsets too large to pack with an index into one sort key: the two-sort sweep.
        default -> new RandomMemoryGenerator(n, 32, 1L << 60, 1L << 52, 1, 1, false)
            .generate(random);
      };
      long[] o = placements(in, random);
      CanonicalOffsets fast = new CanonicalOffsets(in);
      CanonicalOffsets scan = new CanonicalOffsets(in, 0);
      for (int b = 0; b < in.buffers(); b++) {
        check(in, o, b, fast, random);
        check(in, o, b, scan, random);
        assertArrayEquals(sorted(fast.conflicts(b)), sorted(scan.conflicts(b)));
      }
    });
  }

  private static void check(MemoryInstance in, long[] o, int b, CanonicalOffsets c,
      SplittableRandom random) {
    long[] expected = bruteFitting(in, o, b);
    long[] into = new long[in.buffers() + 2];
    long[] room = new long[in.buffers() + 2];
    int count = c.fitting(o, b, into, room);
    assertArrayEquals(expected, Arrays.copyOf(into, count), "buffer " + b);
    long best = MemoryLayout.SLOW;
    for (int k = 0; k < count; k++) {
      assertEquals(bruteRoom(in, o, b, into[k]), room[k], "room of " + into[k]);
      if (best == MemoryLayout.SLOW || room[k] < bruteRoom(in, o, b, best)) {
        best = into[k];
      }
    }
    assertEquals(count == 0 ? MemoryLayout.SLOW : expected[0], c.lowestFit(o, b));
    assertEquals(best, c.bestFit(o, b));
    assertEquals(bruteLivePeak(in, o, b), c.livePeak(o, b));
    assertEquals(bruteFloor(in, o, b), c.floor(o, b));
    for (int t = 0; t < 5; t++) {
      long at = random.nextLong(-2, in.capacity() + 2);
      assertEquals(bruteFits(in, o, b, at), c.fits(o, b, at), "fits at " + at);
    }
  }

  /** Random placements: half by lowest fit (valid), half anywhere (possibly overlapping). */
  private static long[] placements(MemoryInstance in, SplittableRandom random) {
    long[] o = new long[in.buffers()];
    Arrays.fill(o, MemoryLayout.SLOW);
    CanonicalOffsets c = new CanonicalOffsets(in);
    for (int i = 0; i < o.length; i++) {
      int roll = random.nextInt(4);
      if (roll == 0) {
        o[i] = c.lowestFit(o, i);
      } else if (roll == 1) {
        long a = in.alignmentOf(i);
        o[i] = a * random.nextLong(0, (in.capacity() - in.sizeOf(i)) / a + 1);
      }
    }
    return o;
  }

  private static long[] bruteFitting(MemoryInstance in, long[] o, int b) {
    TreeSet<Long> canonical = new TreeSet<>();
    canonical.add(0L);
    if (in.sizeOf(b) > 0) {
      for (int j = 0; j < o.length; j++) {
        if (placedNeighbour(in, o, b, j)) {
          canonical.add(alignUp(o[j] + in.sizeOf(j), in.alignmentOf(b)));
        }
      }
    }
    return canonical.stream().filter(x -> bruteFits(in, o, b, x)).mapToLong(Long::longValue)
        .toArray();
  }

  private static boolean placedNeighbour(MemoryInstance in, long[] o, int b, int j) {
    return j != b && o[j] >= 0 && in.sizeOf(j) > 0 && in.overlapInTime(b, j);
  }

  private static boolean bruteFits(MemoryInstance in, long[] o, int b, long at) {
    if (at < 0 || at % in.alignmentOf(b) != 0 || at + in.sizeOf(b) > in.capacity()) {
      return false;
    }
    for (int j = 0; j < o.length; j++) {
      if (placedNeighbour(in, o, b, j) && in.sizeOf(b) > 0 && at < o[j] + in.sizeOf(j)
          && o[j] < at + in.sizeOf(b)) {
        return false;
      }
    }
    return true;
  }

  private static long bruteRoom(MemoryInstance in, long[] o, int b, long at) {
    long next = in.capacity();
    for (int j = 0; j < o.length; j++) {
      if (placedNeighbour(in, o, b, j) && o[j] >= at) {
        next = Math.min(next, o[j]);
      }
    }
    return in.sizeOf(b) == 0 ? in.capacity() : next - at;
  }

  private static long bruteLivePeak(MemoryInstance in, long[] o, int b) {
    long peak = 0;
    for (int t = in.lowerOf(b); t < in.upperOf(b); t++) {
      long live = 0;
      for (int j = 0; j < o.length; j++) {
        if (placedNeighbour(in, o, b, j) && in.lowerOf(j) <= t && t < in.upperOf(j)) {
          live += in.sizeOf(j);
        }
      }
      peak = Math.max(peak, live);
    }
    return peak;
  }

  private static long bruteFloor(MemoryInstance in, long[] o, int b) {
    long top = 0;
    for (int j = 0; j < o.length; j++) {
      if (placedNeighbour(in, o, b, j)) {
        top = Math.max(top, o[j] + in.sizeOf(j));
      }
    }
    return alignUp(top, in.alignmentOf(b));
  }

  private static long alignUp(long x, long a) {
    return (x + a - 1) / a * a;
  }

  private static int[] sorted(int[] a) {
    int[] c = a.clone();
    Arrays.sort(c);
    return c;
  }
}
